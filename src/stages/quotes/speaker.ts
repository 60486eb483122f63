// Who a speaker phrase stands for. An entity mention over the phrase wins (its entity's full name and id); else
// a pronoun refers back (to the last sentence's speaker, then the last person named), a surname is widened to the
// full name written earlier ("Kirby" → "John Kirby"), a role ("the spokesman") refers back to the speaker who had
// it, and a description that names an entity ("a spokesman for the army") stands for that entity.
import type { EntityMention } from "../../doc.ts";
import type { Quote } from "../../schema.ts";

type Speaker = NonNullable<Quote["speaker"]>;
import { key, pos, speakerPronoun, type Ctx, type SpeakerSpan } from "./grammar.ts";
import { FEMALE_WORDS, MALE_WORDS, PERSON_TITLES, ROLE_WORDS, SPEAKER_PRONOUNS, STATUS_WORDS } from "./lexicon.ts";
import { firstStartingAt } from "../../util/span-index.ts";

const ROLES = new Set(ROLE_WORDS);
const STATUS = new Set(STATUS_WORDS);
const TITLES = new Set(PERSON_TITLES);

/** A resolved speaker, remembered for later pronouns and roles. */
export interface Known {
  speaker: Speaker;
  /** token index where it was named, and its sentence */
  at: number;
  sentence: number;
  person: boolean;
  /** the role words it was given ("spokesman", "secretary") */
  roles: string[];
  /** "m" or "f" when a title or an earlier pronoun told */
  gender?: "m" | "f";
}

export class SpeakerResolver {
  private known: Known[] = [];
  private persons: Named[];

  constructor(private c: Ctx) {
    this.persons = personsNamed(c);
  }

  /** The speaker of the last quote before token `at`, if it was in sentence `sentence` or the one before. */
  recent(at: number, sentence: number): Known | undefined {
    for (let k = this.known.length - 1; k >= 0; k--) {
      const kn = this.known[k]!;
      if (kn.at < at && kn.sentence >= sentence - 1) return kn;
    }
    return undefined;
  }

  /** Remembers a speaker another quote gave (a continued quote, a participle's subject). */
  remember(speaker: Speaker, at: number, person: boolean): void {
    this.known.push({ speaker, at, sentence: this.c.toks[at]?.sentence ?? 0, person, roles: [] });
  }

  /** The speaker a phrase stands for; `remember` false leaves it out of what later pronouns and roles refer to. */
  resolve(span: SpeakerSpan, remember = true): Speaker | null {
    const size = this.known.length;
    const out = this.resolveSpan(span);
    if (!remember) this.known.length = size;
    return out;
  }

  private resolveSpan(span: SpeakerSpan): Speaker | null {
    if (span.members?.length) return this.resolveGroup(span, span.members);
    const { c } = this;
    const start = c.toks[span.from]!.start, end = c.toks[span.to - 1]!.end;
    const sentence = c.toks[span.from]!.sentence;
    let out: Speaker | null;
    let person = false;
    let ref: Known | undefined;
    const mention = bestMention(c, span);
    const roles = roleWords(c, span);
    if (span.kind === "pronoun") {
      // our own reference (the last speaker first) beats a general pronoun link; that link is the fallback
      const pronoun = speakerPronoun(key(c, span.from));
      ref = this.pronounReferent(pronoun, span.from, sentence);
      const ent = ref ? undefined : c.doc.entityById(c.doc.mentionsIn(start, end).find((m) => m.entity)?.entity);
      if (ref) {
        out = { ...ref.speaker, start, end };
        person = ref.person;
      } else if (ent) {
        out = { name: ent.name, entity: ent.id, start, end };
        person = ent.type === "PERSON";
      } else if (["group", "self"].includes(SPEAKER_PRONOUNS[pronoun] ?? "") && (ref = this.groupMentioned(span.from, sentence, SPEAKER_PRONOUNS[pronoun] === "self"))) {
        out = { ...ref.speaker, start, end };
      } else return null;
    } else if (span.kind === "nominal" && (ref = this.roleReferent(c, span, roles))) {
      out = { ...ref.speaker, start, end };
      person = ref.person;
    } else if (mention) {
      const ent = c.doc.entityById(mention.entity);
      const head = c.toks[span.to - 1]!;
      const overHead = mention.start <= head.start && mention.end >= head.end;
      // "a Salvadoran officer": the phrase is the speaker, the entity it names is what it speaks for
      const phrase = c.doc.slice(start, end).replace(/^the\s+/i, "");
      // a description the entity stage cut shorter ("ministry" of "the health ministry") keeps its full wording
      const shorter = mention.kind === "nominal" && fold(phrase).includes(fold(ent?.name ?? mention.text));
      const name = (overHead || span.kind === "name") && !shorter ? ent?.name ?? mention.text : phrase;
      out = { name, entity: mention.entity || null, start, end };
      person = overHead ? ent?.type === "PERSON" : span.kind === "name";
    } else if (span.kind === "name") {
      const name = this.fullName(personalName(c, span));
      out = { name, entity: null, start, end };
      person = c.doc.placesOverlapping(start, end).length === 0;
    } else {
      out = { name: c.doc.slice(start, end).replace(/^the\s+/i, ""), entity: null, start, end };
    }
    if (out.entity === undefined) out.entity = null;
    // (a possessor speaks without its ending: "the senator's decision" is the senator's)
    out.name = out.name.replace(/\s+/g, " ").trim().replace(/['’]s?$/, "");
    // a relative pronoun at the verb is where the text names the speaker for this quote, as a pronoun is
    if (span.written) {
      out.start = c.toks[span.written.from]!.start;
      out.end = c.toks[span.written.to - 1]!.end;
    }
    // every word of the phrase counts as a role too: "the ministry" refers back to "the interior ministry"
    if (span.kind !== "pronoun") for (let i = span.from; i < span.to; i++) roles.push(key(c, i));
    const gender = genderOfRoles(roles) ?? (ref ? this.genderOf(ref) : undefined);
    if (gender) this.learnGender(out.name, gender);
    this.known.push({ speaker: { name: out.name, entity: out.entity ?? null }, at: span.from, sentence, person, roles, gender });
    return out;
  }

  /**
   * Coordinated speakers ("Russia and China said"): the schema's one speaker per quote, named by the members'
   * names joined as written ("Russia and China"), with no single entity; remembered as a group for "they".
   */
  private resolveGroup(span: SpeakerSpan, members: SpeakerSpan[]): Speaker | null {
    const names: string[] = [];
    for (const m of members) {
      const r = this.resolveSpan({ from: m.from, to: m.to, kind: m.kind });
      if (r) names.push(r.name);
    }
    if (names.length === 0) return null;
    const { c } = this;
    const name = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    const out: Speaker = { name, entity: null, start: c.toks[span.from]!.start, end: c.toks[span.to - 1]!.end };
    this.known.push({ speaker: { name, entity: null }, at: span.from, sentence: c.toks[span.from]!.sentence, person: false, roles: [] });
    return out;
  }

  /** he/she: the last sentence's speaker if a person, else the last person named; they/it: the last speaker. */
  private pronounReferent(pronoun: string, at: number, sentence: number): Known | undefined {
    const kind = SPEAKER_PRONOUNS[pronoun];
    const recent = this.recent(at, sentence);
    if (kind === "person") {
      // "she" is not a man named "Mr ..." or called "he" before
      const gender = pronoun === "she" ? "f" : "m";
      const fits = (g: "m" | "f" | undefined) => !g || g === gender;
      let ref: Known | undefined;
      if (recent?.person && fits(this.genderOf(recent))) ref = recent;
      else {
        // the persons named before, read back from the last (this.persons is in text order), not filtered whole
        const fit = (p: Named) => p.at < at && fits(p.gender ?? this.genderOfName(p.speaker.name));
        let last = this.persons.length - 1;
        while (last >= 0 && !fit(this.persons[last]!)) last--;
        // the person a sentence is about comes first in it (its subject): prefer the first of the last sentence
        const lastSentence = last >= 0 ? this.c.toks[this.persons[last]!.at]!.sentence : -1;
        let person = last >= 0 ? this.persons[last] : undefined;
        if (lastSentence >= sentence - 1)
          for (let k = last - 1; k >= 0 && this.c.toks[this.persons[k]!.at]!.sentence === lastSentence; k--) if (fit(this.persons[k]!)) person = this.persons[k];
        const lastKnownPerson = this.known.findLast((k) => k.at < at && k.person && fits(this.genderOf(k)));
        ref = person && (!lastKnownPerson || person.at > lastKnownPerson.at)
          ? { speaker: person.speaker, at: person.at, sentence, person: true, roles: [], gender: person.gender }
          : lastKnownPerson;
      }
      if (ref) this.learnGender(ref.speaker.name, gender);
      return ref;
    }
    if (kind === "group" || kind === "thing" || kind === "self") return recent && !recent.person ? recent : undefined;
    return undefined;
  }

  /**
   * they/we with no group speaking just before: the last group or organisation mentioned (this sentence or the
   * two before), the first of its sentence (its subject: "Police arrested protesters. They said ..." → police);
   * for "we" only a named organisation.
   */
  private groupMentioned(at: number, sentence: number, self: boolean): Known | undefined {
    const { doc } = this.c;
    const before = this.c.toks[at]!.start;
    // only mentions from two sentences back up to the pronoun can qualify: read those (doc.mentions is sorted by
    // start), not every mention of the document for each pronoun; the test below is unchanged
    const from = doc.sentences[sentence - 2]?.tokenStart ?? 0;
    const first = from > 0 ? firstStartingAt(doc.mentions, this.c.toks[from - 1]!.start + 1) : 0;
    const window: typeof doc.mentions = [];
    for (let k = first; k < doc.mentions.length && doc.mentions[k]!.start < before; k++) window.push(doc.mentions[k]!);
    const groups = window.filter((m) => {
      if (m.start >= before || m.kind === "pronoun") return false;
      const s = this.c.toks[doc.tokenIndexAt(m.start)]?.sentence ?? -1;
      const ent = doc.entityById(m.entity);
      if (s < sentence - 2 || !ent || !["ORG", "ARMED_GROUP", "NORP"].includes(ent.type)) return false;
      // "we" speaks for an organisation named as such; "they" may be a described body ("the police", "officials"),
      // but not people at large ("residents", "civilians"), who are talked about more than they speak
      if (self) return m.kind === "name" || m.kind === "alias";
      return m.kind !== "nominal" || (!!ent.sector && ent.sector !== "CVL");
    });
    const last = groups[groups.length - 1];
    if (!last) return undefined;
    const lastSentence = this.c.toks[doc.tokenIndexAt(last.start)]!.sentence;
    const m = groups.find((g) => this.c.toks[doc.tokenIndexAt(g.start)]!.sentence === lastSentence)!;
    const ent = doc.entityById(m.entity)!;
    return { speaker: { name: ent.name, entity: ent.id }, at: doc.tokenIndexAt(m.start), sentence: lastSentence, person: false, roles: [] };
  }

  private genders = new Map<string, "m" | "f">();
  private learnGender(name: string, g: "m" | "f"): void {
    if (!this.genders.has(name)) this.genders.set(name, g);
  }
  private genderOfName(name: string): "m" | "f" | undefined {
    return this.genders.get(name);
  }
  private genderOf(k: Known): "m" | "f" | undefined {
    return k.gender ?? this.genderOfName(k.speaker.name);
  }

  /** "the spokesman said" after "Saeed Khatibzadeh, spokesman for ...": the speaker who held the role. */
  private roleReferent(c: Ctx, span: SpeakerSpan, roles: string[]): Known | undefined {
    const head = key(c, span.to - 1);
    // only a definite description refers back ("the minister", "the ministry"); "a minister" is someone new
    if (key(c, span.from) !== "the" || span.to - span.from > 3) return undefined;
    // "the foreign ministry" is not "the defence ministry": every word must have been said of the speaker
    const words: string[] = [];
    for (let i = span.from + 1; i < span.to; i++) words.push(key(c, i));
    const known = this.known.findLast((k) => k.at < span.from && k.roles.includes(head) && words.every((w) => k.roles.includes(w) || STATUS.has(w)));
    if (known || span.to - span.from !== 2) return known;
    // "the minister" after "Government Minister Roberto Valle": the last person named with that title
    const named = this.persons.findLast((p) => p.at < span.from && p.title === head);
    return named ? { speaker: named.speaker, at: named.at, sentence: this.c.toks[named.at]!.sentence, person: true, roles: [head], gender: named.gender } : undefined;
  }

  /** Widens a one-word name to the longest earlier name ending with it ("Kirby" → "John Kirby"). */
  private fullName(name: string): string {
    if (/\s/.test(name)) return name;
    const k = name.toLowerCase();
    const candidates = [...this.known.map((x) => x.speaker.name), ...this.persons.map((p) => p.speaker.name)];
    let best = name;
    for (const cand of candidates) {
      const words = cand.split(/\s+/);
      if (words.length > 1 && words[words.length - 1]!.toLowerCase() === k && cand.length > best.length) best = cand;
    }
    return best;
  }
}

/**
 * The entity mention that best covers a speaker phrase: the one over its head word, else the longest. Names,
 * aliases, metonyms and demonyms are taken as linked; a description only when its entity is named by it (a
 * description linked elsewhere by coreference is a guess this stage can make better from who spoke last).
 */
function bestMention(c: Ctx, span: SpeakerSpan): EntityMention | undefined {
  const start = c.toks[span.from]!.start, end = c.toks[span.to - 1]!.end;
  const phrase = fold(c.doc.slice(start, end));
  const ms = c.doc.mentionsIn(start, end).filter((m) => {
    // a mention running on past the phrase (into the verb) is not this speaker's
    if (!m.entity || m.kind === "pronoun" || m.end > end) return false;
    if (m.kind !== "nominal") return true;
    const name = fold(c.doc.entityById(m.entity)?.name ?? "");
    return !!name && (phrase.includes(name) || name.includes(fold(m.text)));
  });
  if (!ms.length) return undefined;
  const head = c.toks[span.to - 1]!;
  const overHead = ms.filter((m) => m.start <= head.start && m.end >= head.end);
  // away from the head only a name counts ("a spokesman for the Pentagon"), not another description
  const pool = overHead.length ? overHead : ms.filter((m) => m.kind !== "nominal");
  if (!pool.length) return undefined;
  return pool.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
}

const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/^the\s+/, "").trim();

const MALE = new Set(MALE_WORDS);
const FEMALE = new Set(FEMALE_WORDS);
function genderOfRoles(roles: string[]): "m" | "f" | undefined {
  if (roles.some((r) => FEMALE.has(r))) return "f";
  if (roles.some((r) => MALE.has(r))) return "m";
  return undefined;
}

/** The role words of a speaker: in the phrase itself and in its appositive ("Pentagon press secretary"). */
function roleWords(c: Ctx, span: SpeakerSpan): string[] {
  const out: string[] = [];
  const telling = (k: string) => TITLES.has(k) || MALE.has(k) || FEMALE.has(k);
  for (let i = span.from; i < span.to; i++) if (telling(key(c, i))) out.push(key(c, i));
  if (span.role) for (let i = span.role.from; i < span.role.to; i++) if (telling(key(c, i))) out.push(key(c, i));
  return out;
}

/** The name in a titled phrase: "Pentagon press secretary John Kirby" → "John Kirby"; no title, the phrase. */
function personalName(c: Ctx, span: SpeakerSpan): string {
  let from = span.from;
  let lastTitle = -1;
  for (let i = span.from; i < span.to - 1; i++) if (TITLES.has(key(c, i))) lastTitle = i;
  if (lastTitle >= 0) {
    from = lastTitle + 1;
    while (from < span.to - 1 && (ROLES.has(key(c, from)) || /^[.]$/.test(c.doc.norm[c.toks[from]!.start]!) || key(c, from) === "of")) from++;
  } else if (pos(c, from) === "DET") from++;
  return c.doc.slice(c.toks[from]!.start, c.toks[span.to - 1]!.end);
}

/** People named in the text with a title before them ("President Joe Biden"), or found as PERSON entities. */
/** A person named in the text, with the title written before the name ("minister" of "Minister X"). */
interface Named {
  at: number;
  speaker: Speaker;
  gender?: "m" | "f";
  title?: string;
}

function personsNamed(c: Ctx): Named[] {
  const out: Named[] = [];
  for (const m of c.doc.mentions) {
    const ent = c.doc.entityById(m.entity);
    if (ent?.type === "PERSON") out.push({ at: c.doc.tokenIndexAt(m.start), speaker: { name: ent.name, entity: ent.id } });
  }
  for (let i = 0; i < c.toks.length - 1; i++) {
    if (!TITLES.has(key(c, i))) continue;
    let j = i + 1;
    while (j < c.toks.length && (c.doc.norm[c.toks[j]!.start] === "." || (ROLES.has(key(c, j)) && isNameToken(c, j)))) j++;
    const from = j;
    let possessive = false;
    while (j < c.toks.length && !possessive && isNameToken(c, j) && !ROLES.has(key(c, j))) possessive = /'s$/.test(c.toks[j++]!.key);
    // "Minister Rodriguez Porth's death": the name ends at its possessive
    if (j === from) continue;
    const name = c.doc.slice(c.toks[from]!.start, c.toks[j - 1]!.end).replace(/['’]s$/i, "");
    const title = [...Array(from - i).keys()].map((k) => key(c, i + k)).filter((k) => TITLES.has(k)).pop();
    out.push({ at: from, speaker: { name, entity: null }, gender: genderOfRoles([key(c, i)]), title });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A token that can be part of a personal name: a proper noun, or capitalised in mixed-case text. */
function isNameToken(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t) return false;
  if (t.text === "-") return i > 0 && c.toks[i - 1]!.end === t.start && c.toks[i + 1]?.start === t.end && isNameToken(c, i + 1);
  // all-caps text is tagged from lower case, where a name after a title is as often a "noun"
  return c.doc.upperCase ? ["PROPN", "NOUN", "X"].includes(t.pos) && !ROLES.has(t.key) : t.cap && (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "X" || t.pos === "ADJ");
}
