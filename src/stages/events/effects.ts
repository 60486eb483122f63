// Casualties: fatalities and injuries where the text gives or plainly implies a number ("killed a civilian
// contractor" = 1, "killing 6 civilians, including 2 women" = 6, "two people were wounded" = 2, "a dozen" = 12,
// "several", "dozens", "hundreds" = unknown), and the kind of victims (civilians, soldiers, police, militants ...).
// Read from the event's clause run and from a casualty clause coordinated right after it ("killing 12 and
// wounding 20 others", "3 were killed, and 5 people, including a mayor, were wounded").
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import { nounPhraseLeft, nounPhraseRight, type Span } from "./phrases.ts";

/** Every inflected form of a verb, so that a mis-tagged form ("wounding" as a noun) still counts. */
function forms(...bases: string[]): string[] {
  return bases.flatMap((b) => {
    const stem = b.endsWith("e") ? b.slice(0, -1) : b;
    return [b, b + "s", stem + "ed", stem + "ing"];
  });
}
const KILL_WORDS = new Set([...forms("kill", "murder", "assassinate", "execute", "behead", "massacre", "slaughter"), "slay", "slew", "slain", "slaying", "died", "dies", "die", "dying", "dead"]);
const INJURE_WORDS = new Set([...forms("injure", "maim"), "wound", "wounded", "wounding", "hurt", "hurting"]);
/** Event nouns whose "of"-phrase counts the dead ("the murder of six priests", "the deaths of two people"). */
const DEATH_NOUNS = new Set(["murder", "murders", "killing", "killings", "massacre", "death", "deaths", "assassination", "assassinations", "execution", "executions", "slaying", "slayings"]);
/** Participles that state a body's condition before "dead" ("was found dead", "were shot dead"). */
const BEFORE_DEAD = new Set(["found", "shot", "left", "lying", "lay", "declared", "pronounced", "presumed", "feared", "confirmed", "reported", "beaten", "stabbed", "hacked", "burned", "burnt"]);
const AUX_WORDS = new Set(["was", "were", "been", "be", "being", "are", "is", "am", "have", "has", "had", "got", "get", "reportedly", "also", "all", "allegedly", "later", "seriously", "slightly", "critically", "badly", "fatally", "mortally", "gravely", "lightly", "apparently", "then", "both"]);
const BE_WORDS = new Set(["was", "were", "been", "be", "being", "are", "is", "am", "got", "get"]);
const VAGUE = new Set(["several", "many", "some", "dozens", "scores", "hundreds", "thousands", "numerous", "others", "few", "multiple", "tens", "number", "countless"]);
/** Words that multiply the count before them ("two dozen", "three hundred", "a dozen"). */
const MULTIPLIERS: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, score: 20 };
const PRONOUN_ONE = new Set(["he", "she", "him", "her"]);

export interface Effects {
  fatalities: number | null;
  injuries: number | null;
  victims: string | null;
}

// "at least nine", "more than 20", "some 30", "nearly 100": a bound or estimate still gives the count
const APPROXIMATORS = new Set(["at", "least", "most", "more", "than", "about", "nearly", "almost", "around", "roughly", "approximately", "over", "up", "to", "some", "an", "estimated", "as", "many"]);

/** A count at token k: its value and length, "vague" for an unknown count, or null when k holds none. */
function countAt(doc: Doc, kb: Knowledge, k: number): { n: number; len: number } | "vague" | null {
  const t = doc.tokens[k];
  if (!t) return null;
  // a number inside a date, time or duration counts no one ("at 1625", "in 1983", "on 3 March", "10 years")
  if (/^\d/.test(t.key) && doc.timexesOver(t.start, t.end).length) return null;
  const next = doc.tokens[k + 1];
  if (VAGUE.has(t.key) && !(next && countAt(doc, kb, k + 1) && typeof countAt(doc, kb, k + 1) === "object")) return "vague";
  let n: number | undefined;
  let len = 1;
  if (/^\d[\d,]*$/.test(t.key)) n = Number(t.key.replace(/,/g, ""));
  else if (t.key.includes("-")) {
    // "twenty-five" as one token
    const parts = t.key.split("-").map((p) => kb.lexicon.numbers.get(p));
    if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined && parts[0] >= 20 && parts[1] < 10) n = parts[0] + parts[1];
  } else n = t.key === "another" ? 1 : kb.lexicon.numbers.get(t.key);
  if (n === undefined) return null;
  // "his 2-year-old son", "a 20-year-old student": an age, not a count
  if (/^\d/.test(t.key) && next?.text === "-" && next.start === t.end && !kb.lexicon.numbers.has(doc.tokens[k + 2]?.key ?? "")) return null;
  // "twenty - five" as three tokens
  const after = doc.tokens[k + 2];
  if (next?.text === "-" && after && next.start === t.end && after.start === next.end) {
    const unit = kb.lexicon.numbers.get(after.key);
    if (unit !== undefined && n >= 20 && unit < 10) { n += unit; len = 3; }
  }
  // "a few", "a number of": no count
  if ((t.key === "a" || t.key === "an") && next && VAGUE.has(next.key)) return "vague";
  const m = doc.tokens[k + len];
  if (m && MULTIPLIERS[m.key] && t.key !== m.key) { n *= MULTIPLIERS[m.key]!; len++; }
  // "dozens", "hundreds" after a count word ("many hundreds") stay vague; a bare "dozen" is twelve
  return { n, len };
}

const isCount = (doc: Doc, kb: Knowledge, k: number) => {
  const t = doc.tokens[k];
  const c = countAt(doc, kb, k);
  return !!t && typeof c === "object" && c !== null && t.key !== "a" && t.key !== "an";
};

/** The token after an approximator run ("at least", "more than") that a number follows, else `k`. */
function skipApproximator(doc: Doc, kb: Knowledge, k: number, to: number): number {
  let j = k;
  while (j < to && j < k + 3 && APPROXIMATORS.has(doc.tokens[j]!.key)) j++;
  return j > k && isCount(doc, kb, j) ? j : k;
}

/** The count a phrase gives: "6 civilians", "a civilian contractor", "two dozen women", "at least 12 people"; null if vague. */
function countOf(doc: Doc, kb: Knowledge, s: Span): { n: number | null; victims: string | null } {
  let n: number | null = null;
  let victims: string | null = null;
  let sawCount = false;
  let countedVague = false;
  let end = s.to;
  for (let k = s.from; k < s.to; k++) {
    const t = doc.tokens[k]!;
    if (k > s.from && (t.key === "including" || t.key === "," || t.key === ";" || t.key === "among")) { end = k; break; }
    // the count leads its phrase: "Minister X 8 days ago" counts no one
    if (!sawCount && (t.pos === "NOUN" || t.pos === "PROPN") && !countAt(doc, kb, k)) sawCount = true;
    else if (!sawCount) {
      const c = countAt(doc, kb, k);
      if (c === "vague") { sawCount = true; countedVague = true; n = null; continue; }
      if (c) { n = c.n; sawCount = true; k += c.len - 1; continue; }
      if (PRONOUN_ONE.has(t.key) && s.to - s.from === 1) { n = 1; sawCount = true; continue; }
    }
    const v = kb.lexicon.victims.get(t.key);
    if (v) victims = v;
  }
  if (n === null && !countedVague) n = personsIn(doc, { from: s.from, to: end }) || null;
  return { n, victims };
}

/** Distinct people named in a span ("killing X and Y" = 2). */
function personsIn(doc: Doc, s: Span): number {
  const persons = doc.mentionsIn(doc.tokens[s.from]!.start, doc.tokens[s.to - 1]!.end).filter((m) => doc.entityById(m.entity)?.type === "PERSON");
  // "Senator and presidential candidate X": the titles before a name are that person, not others
  const named = persons.filter((m) => m.kind !== "nominal");
  return new Set((named.length ? named : persons).map((p) => p.entity)).size;
}

const SINGULAR_DETERMINERS = new Set(["the", "his", "her", "its", "their", "a", "an", "one"]);

/** A phrase naming people: a person, or a head noun for people ("soldiers", "his driver", "an army lieutenant"). */
function namesPeople(doc: Doc, kb: Knowledge, m: Span): boolean {
  const head = doc.tokens[m.to - 1]!.key;
  return personsIn(doc, m) > 0 || kb.lexicon.namesParty(head);
}

/** One list member's count: its own, else one for a singular definite description of a person ("the minister", "his driver"). */
function memberCount(doc: Doc, kb: Knowledge, m: Span): number | null {
  const n = countOf(doc, kb, m).n;
  if (n !== null) return n;
  const first = doc.tokens[m.from]!, last = doc.tokens[m.to - 1]!;
  const singular = m.to - m.from <= 4 && SINGULAR_DETERMINERS.has(first.key) && (last.pos === "NOUN" || last.pos === "PROPN") && !/s$/.test(last.key);
  return singular && namesPeople(doc, kb, m) ? 1 : null;
}

/**
 * The people listed before a victims' phrase, added to its count ("one lieutenant, four soldiers, and three
 * civilians were killed", "the minister and his two bodyguards died"); null when what precedes is no such list
 * (an object: "attacked two villages and 12 people were killed").
 */
function leftListCount(doc: Doc, kb: Knowledge, span: Span, from: number, last: number): number | null {
  const T = doc.tokens;
  let k = span.from - 1;
  // "his two bodyguards": the determiner before the count
  while (k >= from && k >= span.from - 2 && SINGULAR_DETERMINERS.has(T[k]!.key) && !["a", "an", "one"].includes(T[k]!.key)) k--;
  if (!["and", "or"].includes(T[k]?.key ?? "")) return null;
  k--;
  if (T[k]?.key === ",") k--;
  let total = last;
  let leftmost = span.from;
  for (let guard = 0; k >= from && guard < 8; guard++) {
    const np = phraseLeft(doc, kb, k, from);
    if (!np || !namesPeople(doc, kb, np)) return null;
    const n = memberCount(doc, kb, np);
    if (n === null) return null;
    total += n;
    leftmost = np.from;
    k = np.from - 1;
    if (T[k]?.key !== ",") break;
    k--;
  }
  const before = T[leftmost - 1];
  if (leftmost - 1 >= from && before && ["VERB", "AUX", "ADP", "NOUN", "PROPN", "ADJ"].includes(before.pos)) return null;
  return total === last ? null : total;
}

/** A member joined to the one before by "and"/"or". */
const joinedByAnd = (doc: Doc, m: Span) => ["and", "or"].includes(doc.tokens[m.from - 1]?.key ?? "");

/** A list of victims ("killed X, Y and Z", "two priests and a nun"): the sum, when every member gives a count. */
function listCount(doc: Doc, kb: Knowledge, members: Span[]): number | null {
  if (members.length < 2) return null;
  // a list ends with "and"/"or" before its last member; commas alone join a clause or an apposition
  if (!members.slice(1).some((m) => joinedByAnd(doc, m))) return null;
  let sum = 0;
  let prevNamed = false;
  const counts: number[] = [];
  for (const m of members) {
    const n = memberCount(doc, kb, m);
    // "X, Iran's top commander, and Y", "X, a senior leader", "X, 42,": a phrase after a named person and a comma
    // is an apposition, no one more
    const appositive = prevNamed && personsIn(doc, m) === 0 && !joinedByAnd(doc, m);
    if (appositive) { prevNamed = false; continue; }
    if (n === null) return null;
    prevNamed = personsIn(doc, m) > 0;
    counts.push(n);
    sum += n;
  }
  // "two reporters, X and Y": the names after a count list the ones counted
  if (counts.length > 2 && counts[0]! === sum - counts[0]! && personsIn(doc, members[0]!) === 0 && members.slice(1).every((m) => personsIn(doc, m) > 0)) return counts[0]!;
  return sum;
}

/** "..., as well as two peasants", "along with his driver": the people added after a victims' phrase. */
function alsoCount(doc: Doc, kb: Knowledge, k: number, end: number): number | null {
  const T = doc.tokens;
  if (T[k]?.key === ",") k++;
  const w = [T[k]?.key, T[k + 1]?.key, T[k + 2]?.key].join(" ");
  const skip = w === "as well as" ? 3 : /^(?:along|together) with/.test(w) ? 2 : 0;
  if (!skip) return null;
  const np = nounPhraseRight(doc, k + skip, end);
  return np && namesPeople(doc, kb, np) ? memberCount(doc, kb, { from: np.from, to: np.members[0]?.to ?? np.to }) : null;
}

type Kind = "kill" | "injure";

function kindOf(doc: Doc, k: number): Kind | null {
  const t = doc.tokens[k]!;
  if (KILL_WORDS.has(t.key) || t.lemma === "kill" || t.lemma === "die") return "kill";
  // "shot to death", "stabbed to death", "beaten to death"
  if ((t.key === "death" || t.key === "deaths") && doc.tokens[k - 1]?.key === "to") return "kill";
  if (INJURE_WORDS.has(t.key)) return "injure";
  return null;
}

/** The first token left of k that is not an auxiliary or adverb ("have been", "were reportedly", "was found"), and whether a "be" was among them. */
function skipAuxLeft(doc: Doc, k: number, from: number, dead: boolean): { j: number; be: boolean } {
  let j = k - 1, be = false;
  if (dead && j >= from && BEFORE_DEAD.has(doc.tokens[j]!.key)) j--;
  while (j >= from && (AUX_WORDS.has(doc.tokens[j]!.key) || doc.tokens[j]!.pos === "ADV" && j === k - 1)) {
    if (BE_WORDS.has(doc.tokens[j]!.key)) be = true;
    j--;
  }
  // "five people, including a mayor, were wounded", "X, a street vendor, was killed": the phrase before the
  // parenthetical or apposition (back to the clause's first comma)
  if (j >= from && doc.tokens[j]!.key === ",") {
    let first = -1;
    for (let c = j - 1; c >= from; c--) {
      const w = doc.tokens[c]!.key;
      // back no further than the previous clause (", and ...") or casualty word
      if (KILL_WORDS.has(w) || INJURE_WORDS.has(w) || (w === "and" || w === "but") && doc.tokens[c - 1]?.key === ",") break;
      if (w === ",") first = c;
    }
    if (first > from) j = first - 1;
  }
  return { j, be };
}

/** The victims' phrase ending at token j: counts and nominals back to a coordinator or another casualty word. */
function phraseLeft(doc: Doc, kb: Knowledge, j: number, from: number): Span | null {
  const np = nounPhraseLeft(doc, j, from);
  if (!np) return null;
  // "5 dead and 20 wounded": the phrase of the nearest member only; "the assassination attempt 7 people": from
  // the count nearest the head (with its approximators: "more than 50")
  let start = np.from;
  for (let k = j; k >= np.from; k--) {
    const t = doc.tokens[k]!;
    if (t.key === "and" || t.key === "," || t.key === "or" || KILL_WORDS.has(t.key) || INJURE_WORDS.has(t.key)) { start = k + 1; break; }
    if (countAt(doc, kb, k) && !(k > np.from && countAt(doc, kb, k - 1))) {
      start = k;
      while (start > np.from && APPROXIMATORS.has(doc.tokens[start - 1]!.key)) start--;
      break;
    }
  }
  return start <= j ? { from: start, to: j + 1 } : null;
}

/** "the death toll rose to 40", "the toll stood at 12": the number the toll reaches. */
function tollCount(doc: Doc, kb: Knowledge, k: number, to: number): number | null {
  for (let j = k + 1; j < Math.min(to, k + 9); j++) {
    const t = doc.tokens[j]!;
    if (t.key === "." || t.key === ";") break;
    const c = countAt(doc, kb, j);
    if (c && c !== "vague" && t.key !== "a" && t.key !== "an") {
      // "rose by 5 to 40": the total, not the increase
      if (doc.tokens[j - 1]?.key === "by") continue;
      return c.n;
    }
  }
  return null;
}

/** End of a casualty clause coordinated right after the run ("..., killing 12 and wounding 20 others"). */
function casualtyContinuation(doc: Doc, to: number): number {
  const s = doc.tokens[to] ? doc.sentences[doc.tokens[to]!.sentence] : undefined;
  if (!s) return to;
  const t = doc.tokens[to]!;
  if (t.key !== "and" && t.key !== "," && t.key !== ";") return to;
  for (let k = to + 1; k < Math.min(s.tokenEnd, to + 14); k++) {
    const w = doc.tokens[k]!;
    if (kindOf(doc, k)) return Math.min(s.tokenEnd, k + 6);
    if (w.key === "." || w.key === ";") break;
    // another act before any casualty word: a new event, not this one's toll
    if (w.pos === "VERB" && !["including"].includes(w.key) && !BE_WORDS.has(w.key)) break;
  }
  return to;
}

const LONG_UNITS = new Set(["years", "decades", "decade", "months"]);

/** A toll counted since a day this long before the report is a running total. */
const RUNNING_TOTAL_DAYS = 7;
/** Nouns of a campaign or a condition that lasts: what they "have left" or "have claimed" is a running total. */
const CAMPAIGNS = new Set(["offensive", "offensives", "war", "wars", "conflict", "insurgency", "violence", "campaign", "uprising", "epidemic", "outbreak", "crisis", "civil"]);

/** How many days before the publication the day after "since" lies (within the clause), or -1. */
function sinceDaysAgo(doc: Doc, k: number, to: number): number {
  const T = doc.tokens;
  if (!doc.published) return -1;
  const pub = Date.parse(doc.published);
  for (let j = k + 1; j < Math.min(to, k + 9); j++) {
    if ([",", ".", ";"].includes(T[j]!.key)) break;
    const day = doc.timexesOver(T[j]!.start, T[j]!.end).find((x) => x.type === "DATE" && /^\d{4}-\d\d-\d\d$/.test(x.value ?? ""));
    if (day) return Math.round((pub - Date.parse(day.value!)) / 86_400_000);
  }
  return -1;
}

/** "which has left", "that have claimed", "has killed": a perfect auxiliary soon after a campaign noun. */
function perfectAfter(doc: Doc, from: number, to: number): boolean {
  const T = doc.tokens;
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const w = T[j]!.key;
    if (w === "." || w === ";") return false;
    if ((w === "has" || w === "have") && ["left", "claimed", "killed", "yielded", "caused", "cost", "taken"].includes(T[j + 1]?.key ?? "")) return true;
  }
  return false;
}

/** The sentence up to the end of the event's clause run tells a span of years as a duration ("violence that has
 *  lasted 10 years and killed 70,000", "after decades of military rule"); not past a semicolon: "the murder took
 *  place in 1980; the inquiry has taken 9 years". */
function yearsLong(doc: Doc, from: number, to: number): boolean {
  const T = doc.tokens;
  if (!T[from] || !T[to - 1]) return false;
  // more than a year ("for the first time in a year" dates nothing), and not "the first time in two years"
  return doc.timexesIn(T[clauseGroupStart(doc, from)]!.start, T[to - 1]!.end).some((x) => x.type === "DURATION" && /^P(?:[\dX.]*(?:DE|CE)|X+Y|(?:[2-9]|\d\d+)Y)$/.test(x.value ?? "")
    && !/\btime in\s*$/i.test(doc.text.slice(Math.max(0, x.start - 12), x.start)));
}

/** Where the part of the sentence holding token k begins: the sentence start or the last semicolon before k
 *  ("Since 2014, 9,000 have been killed" is read from "Since"). */
function clauseGroupStart(doc: Doc, k: number): number {
  const T = doc.tokens;
  const s = T[k] ? doc.sentences[T[k]!.sentence] : undefined;
  if (!s) return k;
  let start = k;
  const lo = Math.max(s.tokenStart, k - MARKER_REACH);
  while (start > lo && T[start - 1]!.key !== ";") start--;
  return start;
}

/** How far around a clause the markers of a running total are looked for: a run-on "sentence" of thousands of
 *  words would otherwise be read whole for every trigger in it. */
const MARKER_REACH = 80;

/**
 * A toll over years, not an incident's: "13,000 people have been killed since 1980", "so far, over 1,000 have
 * died", "during 10 years of civil war", "in the past three years".
 */
export function cumulative(doc: Doc, from: number, to: number): boolean {
  const T = doc.tokens;
  for (let k = from; k < to; k++) {
    const w = T[k]!.key, n1 = T[k + 1]?.key ?? "", n2 = T[k + 2]?.key ?? "";
    if (w === "so" && n1 === "far" || w === "to" && n1 === "date" && T[k - 1]?.pos !== "VERB") return true;
    if (w === "since" && (/^(1[89]|20)\d\d$/.test(n1) || /^(1[89]|20)\d\d$/.test(n2))) return true;
    // "since 11 November" told a week or more later: the running total of a campaign, not an incident's toll
    if (w === "since" && sinceDaysAgo(doc, k, to) >= RUNNING_TOTAL_DAYS) return true;
    // "840 have been killed as of today"
    if (w === "as" && n1 === "of" && ["today", "now", "yesterday", "tonight"].includes(n2)) return true;
    // "the offensive, which has left more than 600 dead": what a campaign has cost so far
    if (CAMPAIGNS.has(w) && perfectAfter(doc, k + 1, to)) return true;
    // "since 1980", "since the 1970s": a date of a year or coarser ("since last July" may still count one campaign)
    if (w === "since" && T[k + 1] && doc.timexesOver(T[k + 1]!.start, T[k + 1]!.end).some((x) => x.type === "DATE" && /^\d{2,4}$/.test(x.value ?? ""))) return true;
    // "during 10 years of", "in the past three years", "over the last decade"
    if (["during", "in", "over", "for"].includes(w)) {
      let j = k + 1;
      if (T[j]?.key === "the") j++;
      if (["past", "last"].includes(T[j]?.key ?? "")) j++;
      if (T[j]?.pos === "NUM" || ["several", "many", "two", "three"].includes(T[j]?.key ?? "")) j++;
      if (j > k + 1 && LONG_UNITS.has(T[j]?.key ?? "")) return true;
    }
  }
  return false;
}

/** Casualties stated around a trigger in token range [from, to) of a sentence (the clause and what follows it). */
export function effectsIn(doc: Doc, kb: Knowledge, from: number, to: number): Effects {
  const out: Effects = { fatalities: null, injuries: null, victims: null };
  const end = casualtyContinuation(doc, to);
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k]!;
    if (t.key === "toll" && out.fatalities === null && doc.tokens[k - 1]?.key !== "injury") {
      out.fatalities = tollCount(doc, kb, k, end);
      continue;
    }
    // "the murder of six priests", "the deaths of two people"
    if (DEATH_NOUNS.has(t.key) && doc.tokens[k + 1]?.key === "of") {
      const np = nounPhraseRight(doc, skipApproximator(doc, kb, k + 2, end), end);
      if (np && out.fatalities === null) {
        const c = countOf(doc, kb, np.members.length > 1 ? { from: np.from, to: np.to } : np);
        out.fatalities = listCount(doc, kb, np.members) ?? c.n;
        out.victims ??= c.victims;
      }
      continue;
    }
    const kind = kindOf(doc, k);
    if (!kind) continue;
    let c: { n: number | null; victims: string | null } = { n: null, victims: null };
    const dead = t.key === "dead";
    const intransitive = dead || t.lemma === "die" || ["died", "dies", "die", "dying"].includes(t.key);
    const left = skipAuxLeft(doc, k, from, dead);
    // "3 killed", "and two others wounded", "and 30 people injured": a counted phrase right before, after a coordinator
    const leftNp = left.j >= from ? phraseLeft(doc, kb, left.j, from) : null;
    // (a verb with an object after it is active: "two villagers killed a soldier")
    const objectNext = ["DET", "NUM", "NOUN", "PROPN", "PRON"].includes(doc.tokens[k + 1]?.pos ?? "") && k + 1 < end;
    const coordinated = !!leftNp && !objectNext && ["and", ",", ";"].includes(doc.tokens[leftNp.from - 1]?.key ?? "") && isCount(doc, kb, leftNp.from);
    const leftCount = left.j >= from && doc.tokens[left.j]!.pos === "NUM" || coordinated;
    if (intransitive || left.be || leftCount) {
      // "6 civilians were killed", "12 people died", "left 5 dead", "3 killed", "he was found dead"
      const np = left.j >= from ? phraseLeft(doc, kb, left.j, from) : null;
      if (np) c = countOf(doc, kb, np);
      const n = np ? memberCount(doc, kb, np) : null;
      if (np && n !== null) c.n = leftListCount(doc, kb, np, from, n) ?? c.n;
    }
    if (c.n === null && !left.be && !intransitive && doc.tokens[k + 1]?.key !== "by") {
      const np = nounPhraseRight(doc, skipApproximator(doc, kb, k + 1, end), end);
      if (np) {
        // "killing 12 and wounding 20": the phrase ends at the next casualty word
        let npTo = np.to;
        for (let j = np.from; j < np.to; j++) if (kindOf(doc, j)) { npTo = j; break; }
        const span = { from: np.from, to: npTo };
        if (span.to > span.from) {
          const members = np.members.filter((m) => m.to <= npTo);
          c = countOf(doc, kb, span);
          c.n = listCount(doc, kb, members) ?? c.n;
          if (c.n !== null && npTo === np.to) c.n += alsoCount(doc, kb, np.to, end) ?? 0;
        }
      }
    }
    if (kind === "kill" && out.fatalities === null) out.fatalities = c.n;
    if (kind === "injure" && out.injuries === null) out.injuries = c.n;
    out.victims ??= c.victims;
  }
  // ("since" opens a clause of its own: look to the sentence's end)
  const sentence = doc.tokens[from] ? doc.sentences[doc.tokens[from]!.sentence] : undefined;
  const after = Math.min(sentence?.tokenEnd ?? end, end + MARKER_REACH);
  if (cumulative(doc, clauseGroupStart(doc, from), Math.max(end, after)) || yearsLong(doc, from, end)) { out.fatalities = null; out.injuries = null; }
  // a number past exact integers ("99999999999999999999 killed", "1e400") is no count a toll can carry
  if (out.fatalities !== null && !Number.isSafeInteger(out.fatalities)) out.fatalities = null;
  if (out.injuries !== null && !Number.isSafeInteger(out.injuries)) out.injuries = null;
  return out;
}
