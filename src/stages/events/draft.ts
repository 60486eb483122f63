// The working record of one event mention before it becomes a schema Event: where it is, how it was found and
// what coreference needs to know (definite nominal, explicit date, clause).
import type { Actor, Modality } from "../../schema.ts";
import type { Clause } from "./clauses.ts";
import type { EventDateValue } from "./dating.ts";
import type { EventLocationValue } from "./location.ts";

export interface Draft {
  sentence: number;
  clause: Clause;
  /** the clause with its coordinated and participial continuations (token range) */
  run: { from: number; to: number };
  /** trigger head token and token range */
  head: number;
  from: number;
  to: number;
  kind: "verb" | "noun";
  /** lemma of the trigger head ("strike", "attack", "hold") */
  lemma: string;
  code: string;
  /** the weapon named near the trigger and its mode; `arms`: weapons in general named in the clause of a seizure;
   * `base`: a base named in the clause of a force posture */
  cue: { mode?: string | null; weapon?: string | null; arms?: boolean; base?: boolean };
  source: Actor | null;
  target: Actor | null;
  modality: Modality;
  /** a nominal with the/these/such: may name an event told before */
  definite: boolean;
  /** found by a specific pattern or nominal lexicon entry (vs. a bare verb's default) */
  specific: boolean;
  reportedBy: { name: string; entity?: string | null } | null;
  fatalities: number | null;
  injuries: number | null;
  victims: string | null;
  date: EventDateValue | null;
  location: EventLocationValue | null;
  confidence: number;
  /** merged into another draft */
  mergedInto?: Draft;
}
