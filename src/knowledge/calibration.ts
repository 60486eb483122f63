// The calibration of event confidence (data/confidence.json, written by `npm run train:confidence`): a logistic
// model over named features of an event mention, fitted to development events judged right or wrong, and the
// default threshold every view applies. Validated when loaded; a model naming features the events stage does not
// compute is refused there.
import { z } from "zod";

const CalibrationData = z.object({
  /** how the model was made: sets, halves, counts, figures */
  trainedOn: z.record(z.string(), z.unknown()),
  bias: z.number(),
  /** weight of each feature by name */
  weights: z.record(z.string(), z.number()),
  /** the lowest confidence shown by default: at or above it, at least the aimed share of events were right */
  threshold: z.number().min(0).max(1),
});

export class Calibration {
  private constructor(
    readonly bias: number,
    readonly weights: ReadonlyMap<string, number>,
    readonly threshold: number,
  ) {}

  static fromData(raw: unknown): Calibration {
    const parsed = CalibrationData.safeParse(raw);
    if (!parsed.success) throw new Error(`data/confidence.json is not a calibration model: ${parsed.error.issues[0]?.message ?? "invalid"} (npm run train:confidence writes it)`);
    const d = parsed.data;
    return new Calibration(d.bias, new Map(Object.entries(d.weights)), d.threshold);
  }

  /** The probability that an event with these feature values is right. */
  probability(features: ReadonlyMap<string, number>): number {
    let z = this.bias;
    for (const [name, w] of this.weights) z += w * (features.get(name) ?? 0);
    return 1 / (1 + Math.exp(-z));
  }

  /** Names of the model's features that `known` lacks (a model from another version of the events stage). */
  unknownFeatures(known: ReadonlySet<string>): string[] {
    return [...this.weights.keys()].filter((n) => !known.has(n));
  }
}
