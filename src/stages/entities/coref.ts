// Linking mentions across the document into one entity per referent:
//   the same dictionary actor, the same country, the same generic actor ("US troops" ... "American troops");
//   full name first, then the surname ("John Doe" ... "Doe"), and a shorter form of a longer name;
//   pronouns he/she to the most recent person, preferring the subject (first person) of the sentence;
//   "the Islamic republic", "the kingdom", "the country" to the salient country, preferring one whose names
//   hold the words used.
import type { Token } from "../../doc.ts";
import { foldKey } from "../../text/normalize.ts";
import { phraseKeys } from "../../text/tokenize.ts";
import type { Candidate, EntityContext } from "./context.ts";
import { firstStartingAt } from "../../util/span-index.ts";

export interface Cluster {
  key: string;
  mentions: Candidate[];
}

/** Surname key of a person's name: its last word ("Abu Mahdi al-Muhandis" → "muhandis"). */
function surname(name: string): string {
  const keys = phraseKeys(name).filter((k) => /\p{L}/u.test(k) && !/^(?:jr|sr|ii|iii)$/.test(k));
  return keys[keys.length - 1] ?? "";
}

function clusterKey(c: Candidate, actorKeys: Map<object, string>): string {
  if (c.actor) {
    // two records of one person (an old dictionary's and a modern one) are one entity
    if (c.actor.type === "PERSON") return `A:${foldKey(c.actor.name)}`;
    let k = actorKeys.get(c.actor);
    if (!k) actorKeys.set(c.actor, (k = `A${actorKeys.size}`));
    return k;
  }
  if (c.type === "GPE" && c.country) return `C:${c.country}`;
  if (c.generic !== undefined) return `G:${c.generic}`;
  return `${c.type === "PERSON" ? "P" : "O"}:${foldKey(c.name).replace(/^the /, "")}`;
}

/** Groups independent mentions; attaches dependent ones (surnames, unsure runs) to a person or organisation. */
export function cluster(cands: Candidate[]): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  const actorKeys = new Map<object, string>();
  const add = (key: string, c: Candidate) => {
    const cl = clusters.get(key) ?? { key, mentions: [] };
    cl.mentions.push(c);
    clusters.set(key, cl);
  };
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  for (const c of sorted) if (!c.dependent) add(clusterKey(c, actorKeys), c);
  // a cluster's place in the map's order (no cluster is added after this): ties between equally near clusters go
  // to the earlier, as a scan would
  const rank = new Map<Cluster, number>();
  for (const cl of clusters.values()) rank.set(cl, rank.size);

  // "Sudan's army ... the army": an unanchored generic actor is the anchored one named before with the same noun
  for (const cl of [...clusters.values()]) {
    if (!cl.key.startsWith("G::")) continue;
    const first = cl.mentions[0]!;
    if (first.type === "PERSON") continue;
    const host = [...clusters.values()].find(
      (o) => o !== cl && o.key.startsWith("G:") && !o.key.startsWith("G::") && o.mentions.some((m) => m.agentPhrase === first.agentPhrase && m.start < first.start),
    );
    if (host) {
      host.mentions.push(...cl.mentions);
      clusters.delete(cl.key);
    }
  }

  // a pattern person whose name ends another person's longer name is that person ("Mahdi al-Muhandis"); a lone
  // word may also be a middle one of three or more (Spanish paternal surnames: "Meneses" of "Luis Meneses Benavides").
  // The host is the first person cluster (in the map's order) with a mention so ending or holding the name: found
  // through indexes of the word-boundary endings and the inner words of every person cluster's mentions, not by a
  // scan of every cluster for each name.
  const isPerson = (cl: Cluster) => cl.mentions.some((m) => m.type === "PERSON" && m.origin !== "agent");
  const personClusters = [...clusters.values()].filter(isPerson);
  const byEnding = new Map<string, Set<Cluster>>(), byInnerWord = new Map<string, Set<Cluster>>();
  const file = (index: Map<string, Set<Cluster>>, key: string, cl: Cluster) => {
    const set = index.get(key);
    if (set) set.add(cl);
    else index.set(key, new Set([cl]));
  };
  const fileNames = (mentions: readonly Candidate[], cl: Cluster) => {
    for (const m of mentions) {
      const full = foldKey(m.name);
      for (let p = full.indexOf(" "); p >= 0; p = full.indexOf(" ", p + 1)) file(byEnding, full.slice(p + 1), cl);
      const words = full.split(" ");
      if (words.length >= 3) for (let w = 1; w < words.length; w++) file(byInnerWord, words[w]!, cl);
    }
  };
  for (const cl of personClusters) fileNames(cl.mentions, cl);
  for (const cl of personClusters) {
    if (!cl.key.startsWith("P:")) continue;
    const n = cl.key.slice(2);
    let host: Cluster | undefined;
    for (const o of [...(byEnding.get(n) ?? []), ...(n.includes(" ") ? [] : byInnerWord.get(n) ?? [])])
      if (o !== cl && clusters.get(o.key) === o && (!host || rank.get(o)! < rank.get(host)!)) host = o;
    if (host) {
      host.mentions.push(...cl.mentions);
      fileNames(cl.mentions, host);
      clusters.delete(cl.key);
    }
  }

  // dependent mentions: a surname or a short form of a person or organisation already named. The clusters a
  // mention could join are found through indexes of their mentions' folded names, surnames and dictionary names
  // (a scan of every cluster's mentions for each dependent one is quadratic in a long document).
  const byFull = new Map<string, Set<Cluster>>(), bySurname = new Map<string, Set<Cluster>>(), byActorName = new Map<string, Set<Cluster>>();
  const folded = new Map<Candidate, string>();
  const put = (index: Map<string, Set<Cluster>>, key: string, cl: Cluster) => {
    const set = index.get(key) ?? new Set<Cluster>();
    set.add(cl);
    index.set(key, set);
  };
  const indexMention = (m: Candidate, cl: Cluster) => {
    if (m.origin === "agent" || m.type === "GPE") return;
    const full = foldKey(m.name).replace(/^the /, "");
    folded.set(m, full);
    put(byFull, full, cl);
    if (m.type === "PERSON") put(bySurname, surname(m.name), cl);
    else for (const n of m.actor?.names ?? []) put(byActorName, n, cl);
  };
  for (const cl of clusters.values()) for (const m of cl.mentions) indexMention(m, cl);
  for (const c of sorted.filter((c) => c.dependent)) {
    const key = foldKey(c.name).replace(/^the /, "");
    const sn = surname(c.name);
    const candidates = new Set<Cluster>([...(byFull.get(key) ?? []), ...(byActorName.get(key) ?? []), ...(sn.length > 1 && key.split(" ").length <= 2 ? bySurname.get(sn) ?? [] : [])]);
    let best: Cluster | undefined;
    let bestDist = Infinity;
    for (const cl of candidates) {
      const ok = cl.mentions.some((m) => {
        const full = folded.get(m);
        if (full === undefined) return false;
        if (full === key) return true;
        if (m.type === "PERSON") return surname(m.name) === sn && sn.length > 1 && key.split(" ").length <= 2 && full.endsWith(key);
        return m.actor?.names.includes(key) ?? false;
      });
      if (!ok) continue;
      // the nearest mention wins (preceding first)
      const dist = Math.min(...cl.mentions.map((m) => (m.start <= c.start ? c.start - m.start : 1e9 + m.start - c.start)));
      if (dist < bestDist || dist === bestDist && best && rank.get(cl)! < rank.get(best)!) [best, bestDist] = [cl, dist];
    }
    if (best) {
      const alias: Candidate = { ...c, kind: "alias", type: best.mentions[0]!.type, dependent: false };
      best.mentions.push(alias);
      indexMention(alias, best);
    }
  }
  for (const cl of clusters.values()) cl.mentions.sort((a, b) => a.start - b.start);
  return clusters;
}

const PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers", "himself", "herself"]);
const FEMININE = new Set(["she", "her", "hers", "herself"]);
type Gender = "female" | "male" | null;
const FEMALE_ROLE = /\b(?:\w+woman|\w+women|mrs|ms|madam|queen|princess|lady|dame|empress|duchess|sister|mother|widow|daughter|wife)\b/i;
const MALE_ROLE = /\b(?:\w*(?<!wo)man|mr|king|prince|sir|lord|emperor|duke|brother|father|son|husband)\b/i;

/** A person's gender from a role naming it ("spokeswoman", "Mr") or from the given name opening the name. */
function clusterGender(ctx: EntityContext, cl: Cluster, roles: { start: number; end: number; role: string }[]): Gender {
  for (const r of roles) {
    if (!cl.mentions.some((m) => m.start === r.start && m.end === r.end)) continue;
    if (FEMALE_ROLE.test(r.role)) return "female";
    if (MALE_ROLE.test(r.role)) return "male";
  }
  const named = cl.mentions.filter((m) => m.kind === "name" && m.origin !== "agent");
  for (const m of named) {
    const first = phraseKeys(m.actor?.name ?? m.name).find((k) => /\p{L}/u.test(k));
    const g = first ? ctx.kb.actors.genderOfGivenName(first) : null;
    if (g) return g;
  }
  // "the spokeswoman", "a policewoman": a described person's noun
  const described = cl.mentions.find((m) => m.origin === "agent");
  if (described && /(?:woman|women)$/.test(described.name)) return "female";
  return null;
}

/** he/she/his/her → the most recent person: in this sentence the first person before the pronoun, else the first
 * person (the subject, usually) of the nearest earlier sentence naming one, at most three sentences back. */
export function linkPronouns(ctx: EntityContext, clusters: Map<string, Cluster>, roles: { start: number; end: number; role: string }[] = []): void {
  const persons: { c: Candidate; cl: Cluster }[] = [];
  for (const cl of clusters.values()) for (const m of cl.mentions) if (m.type === "PERSON" && m.kind !== "pronoun") persons.push({ c: m, cl });
  persons.sort((a, b) => a.c.start - b.c.start);
  const starts = persons.map((p) => ({ start: p.c.start }));
  const genders = new Map<Cluster, Gender>();
  const genderOf = (cl: Cluster) => {
    if (!genders.has(cl)) genders.set(cl, clusterGender(ctx, cl, roles));
    return genders.get(cl)!;
  };
  const { tokens } = ctx;
  for (const t of tokens) {
    if (!PRONOUNS.has(t.key) || (!ctx.doc.upperCase && t.pos !== "PRON" && t.pos !== "DET")) continue;
    // "she" is not a man known by his given name or role, "he" not a woman
    const wanted: Gender = FEMININE.has(t.key) ? "female" : "male";
    // only people of this sentence and the three before can be meant: the window is found by binary search
    const windowStart = ctx.doc.sentences[Math.max(0, t.sentence - 3)]?.start ?? 0;
    const inWindow: typeof persons = [];
    for (let i = firstStartingAt(starts, windowStart); i < persons.length && persons[i]!.c.start < t.start; i++) inWindow.push(persons[i]!);
    let before = inWindow.filter((p) => p.c.end <= t.start && genderOf(p.cl) !== (wanted === "female" ? "male" : "female"));
    // a woman named before is the likelier "she" than a person of unknown gender
    if (wanted === "female" && before.some((p) => genderOf(p.cl) === "female")) before = before.filter((p) => genderOf(p.cl) === "female");
    // named people first; a described one ("the minister") only when no name precedes
    const namedBefore = before.filter((p) => p.c.origin !== "agent");
    if (namedBefore.length) before = namedBefore;
    if (before.length === 0) continue;
    const sameSentence = before.filter((p) => tokens[p.c.from]!.sentence === t.sentence);
    // in the pronoun's own sentence the nearest person; across sentences the first (the subject, usually)
    // "him" does not name its own clause's subject ("Biden spoke with him"): skip the sentence's first person
    const usable = t.key === "him" ? sameSentence.slice(1) : sameSentence;
    let pick: { c: Candidate; cl: Cluster } | undefined = usable[usable.length - 1];
    if (!pick) {
      const earlier = before.filter((p) => tokens[p.c.from]!.sentence < t.sentence);
      if (earlier.length === 0) continue;
      const last = earlier[earlier.length - 1]!;
      const s = tokens[last.c.from]!.sentence;
      if (t.sentence - s > 3) continue;
      pick = earlier.find((p) => tokens[p.c.from]!.sentence === s);
    }
    if (!pick) continue;
    pick.cl.mentions.push({ ...pick.c, start: t.start, end: t.end, from: t.i, to: t.i + 1, kind: "pronoun", name: t.text, origin: "pronoun", actor: undefined });
  }
}

const NOMINAL_HEADS = new Set(["republic", "kingdom", "country", "emirate", "state", "sultanate", "nation", "monarchy", "federation"]);
const NOMINAL_MODS = new Set(["islamic", "federal", "people's", "arab", "jewish", "gulf", "communist", "hermit", "north", "south", "whole", "entire", "war-torn", "oil-rich", "landlocked", "tiny"]);

/** "the Islamic republic", "the kingdom", "the country": the salient country. */
export function linkNominals(ctx: EntityContext, clusters: Map<string, Cluster>): void {
  const { tokens, kb } = ctx;
  const gpes = [...clusters.values()].filter((cl) => cl.key.startsWith("C:"));
  if (gpes.length === 0) return;
  // What each country's cluster has been called before a point of the text: its mentions other than the nominal
  // ones this adds, taken in order of their ends as the point moves forward (the nominals are met in text order),
  // so each mention is counted once instead of every mention being filtered again for each nominal.
  const seenOf = gpes.map((cl) => {
    const list = cl.mentions.filter((m) => m.kind !== "nominal");
    const byEnd = list.map((_, k) => k).sort((a, b) => list[a]!.end - list[b]!.end || a - b);
    return {
      cl, list, byEnd, next: 0,
      /** how many mentions end before the point; the last of them and the first naming the country in a sentence,
       * both in the cluster's order of mentions */
      count: 0, last: -1, firstNamed: new Map<number, number>(),
    };
  });
  type Seen = (typeof seenOf)[number];
  const lastStart = (g: Seen) => g.list[g.last]!.start;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key !== "the") continue;
    let j = i + 1;
    const mods: Token[] = [];
    while (j < tokens.length && NOMINAL_MODS.has(tokens[j]!.key) && mods.length < 2) mods.push(tokens[j++]!);
    const head = tokens[j];
    if (!head || !NOMINAL_HEADS.has(head.key) || tokens[j + 1]?.key === "of" || (tokens[j + 1] && /^(?:'s)$/.test(tokens[j + 1]!.text))) continue;
    if (head.key === "state" && mods.length === 0) continue; // "the state" is too often the government in general
    // the next word must not make the head a modifier ("the country's" is fine, "the country director" not)
    const nxt = tokens[j + 1];
    if (nxt && (nxt.pos === "NOUN" || nxt.pos === "PROPN") && !/^(?:'s)$/.test(nxt.text)) continue;
    const words = [...mods.map((m) => m.key), head.key].join(" ");
    const point = tokens[i]!.start;
    for (const g of seenOf) {
      for (; g.next < g.byEnd.length && g.list[g.byEnd[g.next]!]!.end <= point; g.next++) {
        const k = g.byEnd[g.next]!, m = g.list[k]!;
        g.count++;
        if (k > g.last) g.last = k;
        if (m.kind === "name" || m.kind === "alias") {
          const s = tokens[m.from]!.sentence;
          const cur = g.firstNamed.get(s);
          if (cur === undefined || k < cur) g.firstNamed.set(s, k);
        }
      }
    }
    const before = seenOf.filter((g) => g.count > 0);
    if (before.length === 0) continue;
    const named = before.filter((g) => {
      const rec = kb.countries.byIso3(g.cl.key.slice(2));
      return !!rec && [rec.name, ...rec.aliases].some((n) => foldKey(n).includes(words));
    });
    const pool = mods.length > 0 || head.key === "republic" || head.key === "kingdom" ? (named.length ? named : before) : before;
    // salience: mentions so far, then recency
    pool.sort((a, b) => b.count - a.count || lastStart(b) - lastStart(a));
    let target = pool[0]!.cl;
    if (head.key === "country" && !named.length) {
      // "the country" is most often the one the sentence is about: its first country named, else the last before
      const s = tokens[i]!.sentence;
      const inSentence = before
        .map((g) => ({ cl: g.cl, first: g.firstNamed.has(s) ? g.list[g.firstNamed.get(s)!] : undefined }))
        .filter((g) => g.first)
        .sort((a, b) => a.first!.start - b.first!.start);
      target = inSentence[0]?.cl ?? [...before].sort((a, b) => lastStart(b) - lastStart(a))[0]!.cl;
    }
    const first = mods[0] ?? head;
    const proto = target.mentions[0]!;
    target.mentions.push({ ...proto, start: first.start, end: head.end, from: first.i, to: j + 1, kind: "nominal", name: ctx.doc.text.slice(first.start, head.end), origin: "nominal" });
    i = j;
  }
  for (const cl of clusters.values()) cl.mentions.sort((a, b) => a.start - b.start);
}

// Nouns that, after "the", name a group already named ("Kata'ib Hizbollah ... The group said").
const GROUP_NOUNS = new Set(["group", "militia", "movement", "organisation", "organization", "faction", "outfit", "party", "alliance", "coalition"]);

/** "the group", "the militia": the most recent named armed group or organisation, at most three sentences back. */
export function linkGroupNominals(ctx: EntityContext, clusters: Map<string, Cluster>): void {
  const { tokens } = ctx;
  const named: { c: Candidate; cl: Cluster }[] = [];
  for (const cl of clusters.values())
    for (const m of cl.mentions) if ((m.type === "ARMED_GROUP" || m.type === "ORG") && m.origin !== "agent" && m.kind !== "nominal" && m.kind !== "metonym") named.push({ c: m, cl });
  named.sort((a, b) => a.c.start - b.c.start);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i + 1]!;
    if (tokens[i]!.key !== "the" || !GROUP_NOUNS.has(head.key)) continue;
    const nxt = tokens[i + 2];
    if (nxt && (nxt.pos === "NOUN" || nxt.pos === "PROPN" || nxt.key === "of")) continue; // "the group's" is fine, "the group leader" not
    const before = named.filter((n) => n.c.end <= tokens[i]!.start && head.sentence - tokens[n.c.from]!.sentence <= 3);
    const pick = before[before.length - 1];
    if (!pick) continue;
    // the generic reading of the same words ("the militia" as any militia) gives way
    for (const cl of clusters.values()) cl.mentions = cl.mentions.filter((m) => !(m.origin === "agent" && m.start === head.start));
    pick.cl.mentions.push({ ...pick.c, start: head.start, end: head.end, from: head.i, to: head.i + 1, kind: "nominal", name: head.text, origin: "nominal", actor: pick.c.actor });
  }
  for (const cl of clusters.values()) cl.mentions.sort((a, b) => a.start - b.start);
}

// Copulas after which "it" is mostly the empty subject ("it was unclear", "it is likely").
const EXPLETIVE_NEXT = /^(?:is|was|'s|remains|remained|seems|seemed|appears|appeared|became|becomes|takes|took|will be|would be)$/;

/** "The group said it would ...", "Kenya condemned the attack, which it blamed on ...": "it"/"its" → the
 * organisation, armed group or country the sentence opens with (its subject, mostly). Only within the sentence,
 * only after that subject, and "it" only before a verb other than a copula. */
export function linkItPronouns(ctx: EntityContext, clusters: Map<string, Cluster>): void {
  const { tokens, doc } = ctx;
  const firstBySentence = new Map<number, { c: Candidate; cl: Cluster }>();
  for (const cl of clusters.values())
    for (const m of cl.mentions) {
      if (m.kind === "pronoun") continue;
      const s = tokens[m.from]!.sentence;
      const cur = firstBySentence.get(s);
      if (!cur || m.start < cur.c.start) firstBySentence.set(s, { c: m, cl });
    }
  for (const t of tokens) {
    if (t.key !== "it" && t.key !== "its") continue;
    if (!doc.upperCase && t.pos !== "PRON" && t.pos !== "DET") continue;
    // a sentence that opens with "It said ..." speaks of the organisation the sentence before opened with
    const opens = t.key === "it" && doc.sentences[t.sentence]?.tokenStart === t.i;
    const subj = firstBySentence.get(t.sentence) && firstBySentence.get(t.sentence)!.c.end <= t.start ? firstBySentence.get(t.sentence) : opens ? firstBySentence.get(t.sentence - 1) : undefined;
    if (!subj || subj.c.type === "PERSON") continue;
    // the subject opens its sentence: nothing but a determiner or an opening quote before it
    const s = doc.sentences[tokens[subj.c.from]!.sentence]!;
    if (tokens.slice(s.tokenStart, subj.c.from).some((x) => x.pos !== "DET" && !/^["'(]$/.test(x.text))) continue;
    if (t.key === "it") {
      const next = tokens[t.i + 1];
      if (!next || !(next.pos === "VERB" || next.pos === "AUX") || EXPLETIVE_NEXT.test(next.key)) continue;
      if (EXPLETIVE_NEXT.test(`${next.key} ${tokens[t.i + 2]?.key ?? ""}`)) continue;
    }
    subj.cl.mentions.push({ ...subj.c, start: t.start, end: t.end, from: t.i, to: t.i + 1, kind: "pronoun", name: t.text, origin: "pronoun" });
  }
  for (const cl of clusters.values()) cl.mentions.sort((a, b) => a.start - b.start);
}
