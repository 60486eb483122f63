// The event ontology (data/ontology.json): CAMEO code → name, Goldstein score, QuadClass, PLOVER type and mode;
// PLOVER types with their modes; ACLED event/sub-event types derived from PLOVER type + mode + argument kinds.
import type { PloverType } from "../schema.ts";

export interface CameoEntry {
  name: string;
  goldstein: number | null;
  quadClass: number;
  type: string;
  mode: string | null;
}

interface AcledRule {
  type: string;
  modes?: string[];
  cameo?: string[];
  weapons?: string[];
  /** the mode of a weapon named near the trigger (what a coercion seized or defused) */
  cues?: string[];
  targets?: string[];
  sources?: string[];
  acled: [string, string];
}

interface OntologyData {
  cameo: Record<string, CameoEntry>;
  ploverTypes: Record<string, { modes: string[]; quadClass: number }>;
  acledTypes: Record<string, string[]>;
  acledRules: AcledRule[];
}

/** What an ACLED rule may look at besides type and mode. */
export interface AcledContext {
  cameo?: string | null;
  weapon?: string | null;
  /** the mode of a weapon named near the trigger */
  cueMode?: string | null;
  /** "civilian" | "armed" | "protester" */
  targetKind?: string | null;
  /** "state" | "nonstate" */
  sourceKind?: string | null;
}

export class Ontology {
  private constructor(private readonly data: OntologyData) {}

  static fromData(json: unknown): Ontology {
    const d = (json ?? {}) as Partial<OntologyData>;
    return new Ontology({ cameo: d.cameo ?? {}, ploverTypes: d.ploverTypes ?? {}, acledTypes: d.acledTypes ?? {}, acledRules: d.acledRules ?? [] });
  }

  /** The entry of a CAMEO code, or of its nearest listed ancestor ("1954" → "195"). */
  cameo(code: string | null | undefined): (CameoEntry & { code: string }) | null {
    for (let c = code ?? ""; c.length >= 2; c = c.slice(0, -1)) {
      const e = this.data.cameo[c];
      if (e) return { ...e, code: c };
    }
    return null;
  }

  /** The PLOVER type of a code (OTHER when unknown). */
  ploverType(code: string | null | undefined): PloverType {
    return (this.cameo(code)?.type ?? "OTHER") as PloverType;
  }

  /** True when `mode` is one of the manual's modes for `type`. */
  isMode(type: string, mode: string | null | undefined): boolean {
    return !!mode && (this.data.ploverTypes[type]?.modes ?? []).includes(mode);
  }

  quadClassOfType(type: string): number | null {
    return this.data.ploverTypes[type]?.quadClass ?? null;
  }

  /** ACLED's event type and sub-event type, when a rule applies. */
  acled(type: string, mode: string | null | undefined, ctx: AcledContext = {}): { eventType: string; subEventType: string } | null {
    for (const r of this.data.acledRules) {
      if (r.type !== type) continue;
      if (r.modes && !(mode && r.modes.includes(mode))) continue;
      if (r.cameo && !(ctx.cameo && r.cameo.some((c) => ctx.cameo!.startsWith(c)))) continue;
      if (r.weapons && !(ctx.weapon && r.weapons.includes(ctx.weapon))) continue;
      if (r.cues && !(ctx.cueMode && r.cues.includes(ctx.cueMode))) continue;
      if (r.targets && !(ctx.targetKind && r.targets.includes(ctx.targetKind))) continue;
      if (r.sources && !(ctx.sourceKind && r.sources.includes(ctx.sourceKind))) continue;
      return { eventType: r.acled[0], subEventType: r.acled[1] };
    }
    return null;
  }

  acledTypes(): Record<string, string[]> {
    return this.data.acledTypes;
  }
}
