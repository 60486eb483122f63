// The event trigger lexicon (data/lexicon.json): PETRARCH verbs and their patterns, nominal triggers, light and
// control verbs, reporting verbs, weapon cues and the small word lists the events stage reads (modality, numbers,
// victims). Pure index: no I/O.
import { PhraseMatcher } from "./phrase-matcher.ts";
import { regularForms } from "../lang/en/lemma.ts";

/** A pattern element: preposition keys and/or a noun sequence ("&NAME" items stand for a synset). */
export type PatternElement = [string[] | null, string[] | null];

export interface VerbPattern {
  pre: PatternElement[];
  post: PatternElement[];
  code: string | null;
  /** verbs the pattern was written for */
  v?: string[];
}

/** A verb of the PETRARCH dictionary (scripts/knowledge/lexicon.ts builds these). */
export interface VerbEntry {
  /** the verb word's lemma (lower case) */
  lemma: string;
  /** inflected forms given by the dictionary (irregular verbs) */
  forms?: string[];
  /** words that must precede / follow the verb word ("wire tap", "crack down") */
  before?: string[];
  after?: string[];
  block: string;
  /** the verb's own code, else its block's; null: the bare verb is no event */
  code: string | null;
  /** the code is the verb's own (given on its line, or the block is named after it), not a synonym block's */
  own?: boolean;
  /** a participle used as a predicate adjective ("is opposed to", "is committed to"): its subject acts, no passive */
  stative?: boolean;
}

export interface NominalEntry {
  keys: string[];
  code: string;
  mode?: string;
  weapon?: string;
  /** only an event when it has an argument of its own ("a strike on X") */
  needsArgument?: boolean;
}

export interface WeaponCue {
  keys: string[];
  mode: string;
  weapon?: string;
}

export type ControlKind = "commit" | "intend" | "refuse" | "agree" | "attempt" | "fail" | "deny" | "request" | "aspect";

/** What an event's sense needs from its sentence (see scripts/knowledge/lexicon.ts). */
export interface SenseConstraints {
  force: string[];
  armedSectors: string[];
  naming: string[];
  opinion: string[];
  deontic: string[];
  victimSubject: string[];
  twoParties: Record<string, "always" | "bare">;
  /** words that make an attack in their clause a cyber attack */
  cyber?: string[];
  /** verbs whose subject is no agent of the act their object names */
  experiencer?: string[];
  /** verbs of violence only when a weapon is named */
  weaponOnly?: string[];
  /** natural hazards and illness: no agent of an event */
  naturalForces?: string[];
  /** accidents: a casualty in their sentence with no weapon, armed party or doer is a misfortune */
  accidents?: string[];
  /** words of a sports report, and the verbs that report play in one */
  sportsCues?: string[];
  /** verbs of travel, and the sectors whose trips are visits */
  travel?: string[];
  /** verbs of gathering: a demonstration when protesters gather or the gathering demands */
  gathering?: string[];
  /** verbs of onset after a noun of fighting; words of meeting; ammunition */
  onset?: string[];
  /** verbs of charging: the act they name is alleged */
  charge?: string[];
  meeting?: string[];
  ammunition?: string[];
  /** assault modes: named outright (beat nearer cues), deciding over the verb's own, heavier than small arms */
  decisiveModes?: string[];
  /** weapons in general: what a seizure of takes out of use */
  arms?: string[];
  /** bases of armed forces: what a force posture sets up */
  bases?: string[];
  overridingModes?: string[];
  heavyModes?: string[];
  partySectors?: string[];
  /** labels that open a line of page furniture */
  furniture?: string[];
  sportsVerbs?: string[];
  /** experiencer verbs whose subject the act hit */
  patient?: string[];
  /** verbs whose subject receives what another gives */
  recipient?: string[];
  /** verbs of giving: a passive one's subject is what is given, not who receives it */
  giving?: string[];
  /** words of courts and rulings: an appeal in their sentence is a legal one */
  legal?: string[];
  /** verbs of looking into something: an investigation only with a party looked into */
  needsTarget?: string[];
}

interface LexiconData {
  synsets: Record<string, string[][]>;
  verbs: VerbEntry[];
  patterns: Record<string, VerbPattern[]>;
  nominals: NominalEntry[];
  lightVerbs: string[];
  /** verbs that stop or forbid the event their object names ("prevented the march"); optional in older data */
  preventVerbs?: string[];
  controlVerbs: Record<string, ControlKind>;
  reportingVerbs: Record<string, string | null>;
  senseConstraints?: SenseConstraints;
  disapproval: string[];
  weapons: WeaponCue[];
  modality: Record<string, string[]>;
  numbers: Record<string, number>;
  victims: Record<string, string>;
  actorNouns: string[];
  /** things an attack can hit: buildings, vehicles, infrastructure */
  propertyNouns?: string[];
}

/** The minimal token shape the lexicon matches against. */
export interface LexToken {
  key: string;
  lemma: string;
}

/** Particles that may stand after a short object ("drive US forces out", "roll it back"). */
const PARTICLES = new Set(["out", "back", "down", "up", "off", "over", "away", "aside", "in"]);

export class EventLexicon {
  private readonly byWord = new Map<string, VerbEntry[]>();
  readonly nominals = new PhraseMatcher<NominalEntry>();
  readonly weapons = new PhraseMatcher<WeaponCue>();
  readonly lightVerbs: Set<string>;
  readonly preventVerbs: Set<string>;
  readonly controlVerbs: Map<string, ControlKind>;
  readonly reportingVerbs: Map<string, string | null>;
  readonly disapproval: Set<string>;
  /** verbs whose violent or coercive sense needs force named in the sentence */
  readonly forceVerbs: Set<string>;
  readonly armedSectors: Set<string>;
  /** verbs that also name or characterise ("called X dangerous") */
  readonly namingVerbs: Set<string>;
  /** verbs of thought and opinion: no event from their bare default sense */
  readonly opinionVerbs: Set<string>;
  /** verbs asking for an act only with a clause of obligation */
  readonly deonticVerbs: Set<string>;
  /** verbs whose subject is the victim ("died") */
  readonly victimSubjectVerbs: Set<string>;
  readonly cyberWords: Set<string>;
  readonly experiencerVerbs: Set<string>;
  readonly weaponOnlyVerbs: Set<string>;
  readonly naturalForces: Set<string>;
  readonly accidents: Set<string>;
  readonly sportsCues: Set<string>;
  readonly travelVerbs: Set<string>;
  readonly gatheringVerbs: Set<string>;
  readonly onsetVerbs: Set<string>;
  readonly chargeVerbs: Set<string>;
  readonly meetingWords: Set<string>;
  readonly ammunition: Set<string>;
  readonly decisiveModes: Set<string>;
  readonly armsWords: Set<string>;
  readonly baseWords: Set<string>;
  readonly overridingModes: Set<string>;
  readonly heavyModes: Set<string>;
  readonly partySectors: Set<string>;
  readonly furniture: Set<string>;
  readonly sportsVerbs: Set<string>;
  readonly patientVerbs: Set<string>;
  readonly recipientVerbs: Set<string>;
  readonly givingVerbs: Set<string>;
  readonly legalWords: Set<string>;
  readonly needsTargetVerbs: Set<string>;
  /** PLOVER types that need a source and a target: always, or when a verb's bare default chose them */
  readonly twoParties: Map<string, "always" | "bare">;
  readonly numbers: Map<string, number>;
  readonly victims: Map<string, string>;
  readonly actorNouns: Set<string>;
  readonly propertyNouns: Set<string>;
  private readonly modality: Map<string, Set<string>>;

  private constructor(private readonly data: LexiconData) {
    for (const v of data.verbs) for (const w of [v.lemma, ...(v.forms ?? [])]) {
      const list = this.byWord.get(w) ?? [];
      list.push(v);
      this.byWord.set(w, list);
    }
    // a verb's regular forms find it as well, where the lemmatiser chose another stem ("raped" read as "rap" + ed)
    const explicit = new Set(this.byWord.keys());
    for (const v of data.verbs) for (const w of /^[a-z]+$/.test(v.lemma) && !v.forms ? regularForms(v.lemma) : []) {
      if (explicit.has(w)) continue;
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(v)) list.push(v);
      this.byWord.set(w, list);
    }
    for (const n of data.nominals) this.nominals.addKeys(n.keys, n);
    for (const w of data.weapons) this.weapons.addKeys(w.keys, w);
    this.lightVerbs = new Set(data.lightVerbs);
    this.preventVerbs = new Set(data.preventVerbs ?? []);
    this.controlVerbs = new Map(Object.entries(data.controlVerbs));
    this.reportingVerbs = new Map(Object.entries(data.reportingVerbs));
    this.disapproval = new Set(data.disapproval);
    this.forceVerbs = new Set(data.senseConstraints?.force ?? []);
    this.armedSectors = new Set(data.senseConstraints?.armedSectors ?? []);
    this.namingVerbs = new Set(data.senseConstraints?.naming ?? []);
    this.opinionVerbs = new Set(data.senseConstraints?.opinion ?? []);
    this.deonticVerbs = new Set(data.senseConstraints?.deontic ?? []);
    this.victimSubjectVerbs = new Set(data.senseConstraints?.victimSubject ?? []);
    this.cyberWords = new Set(data.senseConstraints?.cyber ?? []);
    this.experiencerVerbs = new Set(data.senseConstraints?.experiencer ?? []);
    this.weaponOnlyVerbs = new Set(data.senseConstraints?.weaponOnly ?? []);
    this.naturalForces = new Set(data.senseConstraints?.naturalForces ?? []);
    this.accidents = new Set(data.senseConstraints?.accidents ?? []);
    this.sportsCues = new Set(data.senseConstraints?.sportsCues ?? []);
    this.travelVerbs = new Set(data.senseConstraints?.travel ?? []);
    this.gatheringVerbs = new Set(data.senseConstraints?.gathering ?? []);
    this.onsetVerbs = new Set(data.senseConstraints?.onset ?? []);
    this.chargeVerbs = new Set(data.senseConstraints?.charge ?? []);
    this.meetingWords = new Set(data.senseConstraints?.meeting ?? []);
    this.ammunition = new Set(data.senseConstraints?.ammunition ?? []);
    this.decisiveModes = new Set(data.senseConstraints?.decisiveModes ?? []);
    this.armsWords = new Set(data.senseConstraints?.arms ?? []);
    this.baseWords = new Set(data.senseConstraints?.bases ?? []);
    this.overridingModes = new Set(data.senseConstraints?.overridingModes ?? []);
    this.heavyModes = new Set(data.senseConstraints?.heavyModes ?? []);
    this.partySectors = new Set(data.senseConstraints?.partySectors ?? []);
    this.furniture = new Set(data.senseConstraints?.furniture ?? []);
    this.sportsVerbs = new Set(data.senseConstraints?.sportsVerbs ?? []);
    this.patientVerbs = new Set(data.senseConstraints?.patient ?? []);
    this.recipientVerbs = new Set(data.senseConstraints?.recipient ?? []);
    this.givingVerbs = new Set(data.senseConstraints?.giving ?? []);
    this.legalWords = new Set(data.senseConstraints?.legal ?? []);
    this.needsTargetVerbs = new Set(data.senseConstraints?.needsTarget ?? []);
    this.twoParties = new Map(Object.entries(data.senseConstraints?.twoParties ?? {}));
    this.numbers = new Map(Object.entries(data.numbers));
    this.victims = new Map(Object.entries(data.victims));
    this.actorNouns = new Set(data.actorNouns);
    this.propertyNouns = new Set(data.propertyNouns ?? []);
    this.modality = new Map(Object.entries(data.modality).map(([k, v]) => [k, new Set(v)]));
  }

  static fromData(json: unknown): EventLexicon {
    const d = (json ?? {}) as Partial<LexiconData>;
    return new EventLexicon({
      synsets: d.synsets ?? {}, verbs: d.verbs ?? [], patterns: d.patterns ?? {}, nominals: d.nominals ?? [],
      lightVerbs: d.lightVerbs ?? [], preventVerbs: d.preventVerbs ?? [], controlVerbs: d.controlVerbs ?? {}, reportingVerbs: d.reportingVerbs ?? {},
      senseConstraints: d.senseConstraints ?? { force: [], armedSectors: [], naming: [], opinion: [], deontic: [], victimSubject: [], twoParties: {} },
      disapproval: d.disapproval ?? [], weapons: d.weapons ?? [], modality: d.modality ?? {}, numbers: d.numbers ?? {},
      victims: d.victims ?? {}, actorNouns: d.actorNouns ?? [], propertyNouns: d.propertyNouns ?? [],
    });
  }

  /**
   * Verb entries for the verb at tokens[i]: by lemma or listed form, with the entry's fixed words before/after
   * it present. Returns each entry with the token range it covers; multi-word entries first.
   */
  verbsAt(tokens: readonly LexToken[], i: number): Array<{ entry: VerbEntry; from: number; to: number }> {
    const t = tokens[i]!;
    const cands = [...(this.byWord.get(t.lemma) ?? []), ...(t.key !== t.lemma ? this.byWord.get(t.key) ?? [] : [])];
    const out: Array<{ entry: VerbEntry; from: number; to: number }> = [];
    for (const e of cands) {
      let from = i, to = i + 1;
      if (e.before) {
        const b = e.before;
        if (!b.every((w, k) => tokens[i - b.length + k]?.key === w)) continue;
        from = i - b.length;
      }
      if (e.after) {
        // particles may stand after a short object ("drive US forces out")
        const a = e.after;
        let j = i + 1;
        let found = -1;
        const maxGap = PARTICLES.has(a[0]!) ? 4 : 0;
        for (let gap = 0; gap <= maxGap && found < 0; gap++) if (a.every((w, k) => tokens[j + gap + k]?.key === w)) found = j + gap;
        if (found < 0) continue;
        to = found + a.length;
      }
      if (!out.some((o) => o.entry === e)) out.push({ entry: e, from, to });
    }
    return out.sort((x, y) => (y.entry.before?.length ?? 0) + (y.entry.after?.length ?? 0) - ((x.entry.before?.length ?? 0) + (x.entry.after?.length ?? 0)));
  }

  patterns(block: string): VerbPattern[] {
    return this.data.patterns[block] ?? [];
  }

  private readonly senses = new Map<string, number>();

  /** How many event families (CAMEO root codes) a verb can code by its entries and their patterns: a verb of
   *  many senses ("hit", "call", "take") is a less sure trigger than one of one ("abduct"). 0 for no verb entry. */
  senseCount(lemma: string): number {
    let n = this.senses.get(lemma);
    if (n === undefined) {
      const roots = new Set<string>();
      for (const e of this.byWord.get(lemma) ?? []) {
        if (e.code) roots.add(e.code.slice(0, 2));
        for (const p of this.patterns(e.block)) if (p.code) roots.add(p.code.slice(0, 2));
      }
      this.senses.set(lemma, (n = roots.size));
    }
    return n;
  }

  /** True when the word (lemma or key) is one of a modality cue list (negation, hypothetical, conditional ...). */
  /** Whether any of the words names people or a party (an agent noun or a victim word: "men", "troops", "police"). */
  namesParty(...words: string[]): boolean {
    return words.some((w) => this.actorNouns.has(w) || this.victims.has(w));
  }

  isCue(list: string, word: string): boolean {
    return this.modality.get(list)?.has(word) ?? false;
  }

  /**
   * Where a pattern noun sequence matches at tokens[j]: the index after the match, or -1. Words match a token's
   * key or lemma (so "attack" matches "attacks"); "&NAME" items match any phrase of that synset.
   */
  matchSeq(seq: readonly string[], tokens: readonly LexToken[], j: number, end: number): number {
    if (seq.length === 0) return j;
    const [first, ...rest] = seq;
    if (first!.startsWith("&")) {
      for (const phrase of this.data.synsets[first!.slice(1)] ?? []) {
        const k = this.matchSeq(phrase, tokens, j, end);
        if (k >= 0) {
          const r = this.matchSeq(rest, tokens, k, end);
          if (r >= 0) return r;
        }
      }
      return -1;
    }
    const t = tokens[j];
    if (!t || j >= end) return -1;
    if (t.key !== first && t.lemma !== first) return -1;
    return this.matchSeq(rest, tokens, j + 1, end);
  }
}
