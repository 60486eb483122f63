// The tense of the clause around a token, from the verb group that governs it: auxiliaries and modals
// (will, would, shall, is to, going to, has + participle) and the verb's own form (past when its form differs
// from its lemma and is not an -s or -ing form: "said", "launched", "took"). Relative dates ("on Sunday",
// "in August") are resolved by it; the events stage dates events by it.
import type { Doc, Token } from "../../doc.ts";

export type Tense = "past" | "present" | "future";

// Words that open a new clause: a verb beyond them governs another clause.
const CLAUSE_OPENERS = new Set([
  "which", "who", "whom", "whose", "where", "when", "whereas", "while", "whilst", "because", "although", "though",
  "if", "unless", "after", "before", "until", "till", "since", "as", "but", "so", "once",
]);
const CLAUSE_PUNCT = new Set([";", ":", "(", ")", '"']);

const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);
const PAST_BE = new Set(["was", "were"]);
const PERFECT_AUX = new Set(["has", "have", "'ve", "having"]);
const BE_PRESENT = new Set(["is", "are", "am", "'s", "'re", "'m"]);
// verbs whose infinitive complement lies ahead of them ("plans to visit", "is expected to announce")
const PROSPECTIVE = new Set([
  "plan", "intend", "expect", "aim", "hope", "want", "agree", "promise", "vow", "pledge", "threaten", "schedule",
  "set", "due", "prepare", "seek", "decide", "likely", "going", "about", "propose", "wish", "need", "mean", "poise",
  "consider", "offer", "undertake", "resolve", "commit", "able", "ready", "expected", "scheduled",
]);

const SCHEDULED = new Set(["scheduled", "slated", "planned", "set", "due", "expected", "timetabled", "programmed", "earmarked"]);

const PLANNED = new Set(["plan", "schedule", "reschedule", "slate"]);

const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";

// verbs whose past is their bare form: "the storm hit", "prices cut" are past when a third-person singular subject
// stands before them (the present would be "hits"); not "set", which schedules what is ahead ("set for Friday")
const SAME_PAST = new Set(["hit", "put", "cut", "let", "shut", "spread", "cost", "hurt", "quit", "bet", "burst", "cast", "split", "broadcast", "upset", "beat", "shed", "thrust"]);
const SINGULAR_PRONOUNS = new Set(["he", "she", "it", "this", "that", "who", "which"]);

/** A verb form is past when it differs from its lemma and is neither an -s nor an -ing form. */
function pastForm(doc: Doc, t: Token): boolean {
  if (t.key === t.lemma) {
    if (SAME_PAST.has(t.key)) {
      const subject = doc.tokens[t.i - 1];
      return !!subject && subject.sentence === t.sentence && (SINGULAR_PRONOUNS.has(subject.key) || subject.pos === "PROPN" || (subject.pos === "NOUN" && subject.key === subject.lemma));
    }
    return /ed$/.test(t.key) && t.key.length > 4 && !/eed$/.test(t.key);
  }
  return !/(?:s|ing)$/.test(t.key);
}

function isOpener(doc: Doc, i: number, anchor: number): boolean {
  const t = doc.tokens[i]!;
  if (CLAUSE_PUNCT.has(t.key)) return true;
  if (!CLAUSE_OPENERS.has(t.key)) return false;
  // a preposition right before the anchor is the anchor's own ("since February", "after Sunday")
  return !(i === anchor - 1 || (i === anchor - 2 && /^(?:DET|ADJ|NUM)$/.test(doc.tokens[i + 1]!.pos)));
}

/**
 * A clause's tense and whether a future is firm: "will meet", "plans to meet", "is to meet" are; "would
 * meet" and "agreed to meet" (a future seen from the past) are not, and may already have happened.
 */
export interface ClauseTense {
  tense: Tense;
  firm: boolean;
}

const FIRM_FUTURE_AUX = new Set(["will", "shall", "'ll", "wo", "may", "might", "could", "should", "must", "can", "ca"]);

/** Tense of a verb group ending at the verb token `v` (its auxiliaries lie to its left). */
function groupTense(doc: Doc, v: number, lo: number, depth = 0, fronted = false): ClauseTense {
  const toks = doc.tokens;
  // walk left over the auxiliaries, adverbs and particles of the group
  let i = v;
  const group: Token[] = [toks[v]!];
  while (i - 1 >= lo && /^(?:AUX|PART|ADV|VERB)$/.test(toks[i - 1]!.pos) && v - i < 5) {
    i--;
    group.unshift(toks[i]!);
  }
  const keys = group.map((t) => t.key);
  // "is to", "are to" + verb; "going to"; infinitives after prospective verbs take the head's tense ahead
  const toAt = keys.lastIndexOf("to");
  if (toAt >= 0 && depth < 3) {
    const head = group[toAt - 1] ?? toks[i - 1];
    if (head && BE_PRESENT.has(head.key)) return { tense: "future", firm: true };
    if (head && (PROSPECTIVE.has(head.lemma) || PROSPECTIVE.has(head.key))) {
      // "plans to" / "planned to"; "is about to" / "was about to" (the head is then an adjective or adverb)
      const pastHead = isVerb(head) ? groupTense(doc, head.i, lo, depth + 1).tense === "past" : PAST_BE.has(toks[head.i - 1]?.key ?? "");
      // "On Friday, the government planned to pay": a date told before the verbs is the planning's
      if (pastHead && fronted) return { tense: "past", firm: true };
      return { tense: "future", firm: !pastHead };
    }
    if (head && isVerb(head)) return groupTense(doc, head.i, lo, depth + 1);
    // an infinitive after a noun ("the meeting to be held on ...") lies ahead of something unsaid
    return { tense: "future", firm: false };
  }
  const modal = group.findIndex((t) => t.pos !== "VERB" && FIRM_FUTURE_AUX.has(t.key));
  if (modal >= 0) {
    // a modal perfect looks back ("may have been", "could have fled"); "could" is as often the past of "can"
    // ("could not be reached on Monday") as a future, so it points to the nearer day
    if (group.slice(modal + 1).some((t) => t.key === "have")) return { tense: "past", firm: true };
    return { tense: "future", firm: !/^(?:could|ca)$/.test(group[modal]!.key) };
  }
  if (keys.includes("would")) return { tense: "future", firm: false };
  const main = group[group.length - 1]!;
  // "was scheduled for", "is slated for", "had been planned for": a future, firm only from the present
  if (group.length > 1 && SCHEDULED.has(main.key)) return { tense: "future", firm: !group.some((t) => PAST_AUX.has(t.key)) };
  // "protesters planned a rally on Saturday": what was planned lies ahead of the planning, a future seen from the past
  if (depth === 0 && group.length === 1 && PLANNED.has(main.lemma) && pastForm(doc, main) && toks[v + 1]?.key !== "to") return { tense: "future", firm: false };
  for (const t of group) if (PAST_AUX.has(t.key)) return { tense: "past", firm: true };
  // present perfect reports past events
  if (group.some((t) => PERFECT_AUX.has(t.key)) && group.length > 1) return { tense: "past", firm: true };
  if (group.some((t) => BE_PRESENT.has(t.key))) {
    if (PROSPECTIVE.has(main.lemma) || PROSPECTIVE.has(main.key)) return { tense: "future", firm: true };
    return { tense: "present", firm: true };
  }
  return { tense: pastForm(doc, main) ? "past" : "present", firm: true };
}

/** The verb token governing a token: the nearest finite verb to its left in its clause, else to its right. */
export function governingVerb(doc: Doc, tokenIndex: number, endIndex = tokenIndex + 1): number | null {
  const t = doc.tokens[tokenIndex];
  if (!t) return null;
  const s = doc.sentences[t.sentence];
  const lo = s ? s.tokenStart : 0, hi = s ? s.tokenEnd : doc.tokens.length;
  for (let i = tokenIndex - 1; i >= lo; i--) {
    if (isOpener(doc, i, tokenIndex)) break;
    const v = doc.tokens[i]!;
    // a bare -ing form left of us is a participle or gerund, not the clause's finite verb
    if (isVerb(v) && !(v.pos === "VERB" && /ing$/.test(v.key) && !isVerb(doc.tokens[i - 1] ?? v))) return lastOfGroup(doc, i, hi);
  }
  for (let i = endIndex; i < hi; i++) {
    if (isOpener(doc, i, -1)) break;
    if (isVerb(doc.tokens[i]!)) return lastOfGroup(doc, i, hi);
  }
  return null;
}

// the main verb of a group is its last verb ("has been launched" → launched)
function lastOfGroup(doc: Doc, i: number, hi: number): number {
  let j = i;
  while (j + 1 < hi && /^(?:AUX|VERB|PART|ADV)$/.test(doc.tokens[j + 1]!.pos) && isVerbish(doc.tokens[j]!, doc.tokens[j + 1]!)) j++;
  while (j > i && !isVerb(doc.tokens[j]!)) j--;
  return j;
}

function isVerbish(cur: Token, next: Token): boolean {
  if (next.pos === "ADV") return cur.pos === "AUX";
  if (next.pos === "PART") return next.key === "not" || next.key === "n't" || next.key === "to";
  return cur.pos === "AUX" || cur.key === "to" || cur.pos === "ADV" || cur.pos === "PART";
}

/** The tense of the clause holding tokens [tokenIndex, endIndex), with how firm a future is; null without a verb. */
export function clauseTense(doc: Doc, tokenIndex: number, endIndex = tokenIndex + 1): ClauseTense | null {
  const v = governingVerb(doc, tokenIndex, endIndex);
  if (v === null) return null;
  const s = doc.sentences[doc.tokens[v]!.sentence];
  return groupTense(doc, v, s ? s.tokenStart : 0, 0, v >= endIndex);
}

/**
 * The tense of the clause holding a token (or the tokens [tokenIndex, endIndex)), or null when the clause has
 * no verb (headlines, fragments). Present perfect counts as past; modals, "is to" and "going to" as future.
 */
export function tenseOf(doc: Doc, tokenIndex: number, endIndex = tokenIndex + 1): Tense | null {
  return clauseTense(doc, tokenIndex, endIndex)?.tense ?? null;
}
