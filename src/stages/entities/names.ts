// Names no list holds, found by their shape. In mixed-case text: runs of capitalised words (with the particles
// of Arabic and European names: al-, bin, ibn, Abu, de, van), stripped of leading titles and country words
// ("Iraqi Prime Minister Mustafa al-Kadhimi" → title "Prime Minister", country IRQ, name "Mustafa al-Kadhimi"),
// then typed by their head ("... Ministry", "... Party" → ORG; "... Brigades", "... Front", "Kata'ib ..." →
// ARMED_GROUP) or as a person (a title, a known given name, a kunya). In all-caps text, where case says nothing,
// only a title or a known given name opens a person's name ("PRESIDENT ALFREDO CRISTIANI").
import type { Token } from "../../doc.ts";
import type { EntityType } from "../../schema.ts";
import { codeOf, FUNCTION_POS, isPossessive, bareEnd, sentenceInitial, spanText, type Candidate, type EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";

/** A role found next to a name: its title ("President"), with the sector and country it implies. */
export interface RoleNote {
  start: number;
  end: number;
  role: string;
  sector: string | null;
  country: string | null;
  /** the organisation the role is held in, when named ("Iran's foreign ministry") */
  org?: { start: number; end: number };
  predicate?: "spokesperson_of" | "leader_of";
  /** where the title was written, when it opened the name */
  title?: { start: number; end: number };
  /** the country is the article's, inferred, not written with the role */
  inferred?: boolean;
}

const PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "de", "du", "da", "di", "del", "van", "von", "der", "la", "le", "wal", "ul"]);
const OF_WORDS = new Set(["of", "for", "and", "the"]);
const ORG_HEADS = new Set(
  ("ministry department council party committee commission agency organisation organization union association bank court assembly " +
    "parliament government office service services bureau authority administration institute foundation federation league alliance " +
    "coalition company corporation group network tribunal fund programme program secretariat directorate senate congress cabinet " +
    "command police navy university television tv radio agency news times post society chamber syndicate confederation board").split(" "),
);
const ARMED_HEADS = new Set("brigade brigades front army movement forces force militia militias battalion battalions corps guards guard mujahideen mujahidin units division divisions regiment squadron".split(" "));
const ARMED_OPENERS = new Set("kata'ib kataib kataeb asa'ib asaib harakat harakat jaish jaysh saraya liwa ansar jabhat hizb hezb tanzim firqat quwat alwiya jamaat jama'at".split(" "));
// Heads of place names ("Wall Street", "Red Sea", "Baghdad Airport"): such runs are the places stage's
const PLACE_HEADS = new Set(
  ("street road avenue square bridge river sea ocean gulf bay lake mountain mountains valley desert strait island islands province " +
    "district region county city town village airport base camp border crossing mosque church cathedral temple stadium hotel palace " +
    "market port harbour harbor peninsula plain plains hills heights coast canal dam field fields oilfield park highway boulevard plaza " +
    "colony neighborhood neighbourhood barracks prison jail farm hacienda estate").split(" "),
);
// Given names that are also common English words: in all-caps text they open no name on their own
const ENGLISH_WORD_NAMES = new Set("said will may mark grant rich bill frank major rose hope joy faith king young long page lane price guy art carol dawn gene jack ray sky rocky miles chase deal cash gay royal per".split(" "));
const KUNYA = new Set(["abu", "umm", "abd", "abdul", "abdel"]);
// Possessives that belong to organisation names rather than end them ("People's", "Workers'")
const NAME_POSSESSIVES = new Set(["people", "peoples", "people's", "workers", "women", "women's", "workers'"]);
const CALENDAR = new Set(
  ("january february march april may june july august september october november december monday tuesday wednesday thursday friday " +
    "saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight").split(" "),
);

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.cap && /^\p{Lu}/u.test(t.text) && !CALENDAR.has(t.key);
}

/** Token runs that read as one capitalised name, in mixed-case text. */
function capRuns(ctx: EntityContext): { from: number; to: number }[] {
  const { tokens } = ctx;
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const ok = isCapWord(t) || (PARTICLES.has(t.key) && tokens[i + 1]?.text === "-" && isCapWord(tokens[i + 2]) && tokens[i + 1]!.start === t.end);
    if (!ok) {
      i++;
      continue;
    }
    const from = i;
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      // "People's Defence Force", "Workers' Party": a possessive fixed in a name does not end it
      if (isPossessive(cur) && !(NAME_POSSESSIVES.has(cur.key) && isCapWord(tokens[j + 1]) && tokens[j + 1]!.sentence === t.sentence)) {
        j++;
        break;
      }
      const n = tokens[j + 1];
      // "Gen. Mark Holloway": an abbreviated title's dot does not end the name (nor the sentence)
      if (n?.text === "." && n.start === cur.end && /^\p{Lu}\p{Ll}{0,3}$/u.test(cur.text) && ctx.kb.actors.titles.matchAt(tokens, j, j + 2)?.to === j + 2 && isCapWord(tokens[j + 2])) {
        j += 2;
        continue;
      }
      if (!n || n.sentence !== t.sentence) {
        j++;
        break;
      }
      // "Workers' Union", "Teachers' Association": a plural's apostrophe inside a name
      if (n.text === "'" && n.start === cur.end && /s$/.test(cur.text) && isCapWord(tokens[j + 2]) && tokens[j + 2]!.sentence === t.sentence) {
        j += 2;
        continue;
      }
      // "al-Muhandis", "Ahl al-Haq": a hyphen with no spaces joins
      if (n.text === "-" && n.start === cur.end && tokens[j + 2] && tokens[j + 2]!.start === n.end && (isCapWord(tokens[j + 2]) || PARTICLES.has(tokens[j + 2]!.key))) {
        j += 2;
        continue;
      }
      if (isCapWord(n)) {
        j++;
        continue;
      }
      if (PARTICLES.has(n.key) && (isCapWord(tokens[j + 2]) || tokens[j + 2]?.text === "-")) {
        j++;
        continue;
      }
      // "Ministry of Foreign Affairs", "Organisation for Security and Co-operation"
      let titleGoesOn = false;
      for (let k = from; k <= j && !titleGoesOn; k++) titleGoesOn = (ctx.kb.actors.titles.matchAt(tokens, k)?.to ?? 0) > j + 1;
      // "Garment Manufacturers and Exporters Association": an "and" inside a name whose head comes after it
      let headAhead = false;
      if (n.key === "and") for (let k = j + 2; k < j + 6 && isCapWord(tokens[k]); k++) if (ORG_HEADS.has(tokens[k]!.key)) headAhead = true;
      // (a known name or a country before "and" is a party of its own: "Hamas and Fatah Party", "Kenya and Uganda ...")
      // (looked up only when an "and" could join: this loop runs at every name's end)
      const endsHere = (m: { to: number }) => m.to === j + 1;
      if (headAhead && (ctx.kb.actors.matcher.findAll(tokens, from, j + 1).some(endsHere) || ctx.kb.countries.matcher.findAll(tokens, from, j + 1).some(endsHere))) headAhead = false;
      if (OF_WORDS.has(n.key) && n.key !== "the" && isCapWord(tokens[j + 2]) && (titleGoesOn || headAhead || tokens.slice(from, j + 1).some((x) => ORG_HEADS.has(x.key) || ARMED_HEADS.has(x.key)))) {
        j += 1;
        if (tokens[j + 1]?.key === "the") j++;
        continue;
      }
      j++;
      break;
    }
    runs.push({ from, to: j });
    i = j;
  }
  return runs;
}

/** "Hezbollah Secretary General Hassan Nasrallah" is two names: a title inside a run starts a new one. */
function splitAtTitles(ctx: EntityContext, runs: { from: number; to: number }[], countryAt: Map<number, CountryHit> = new Map()): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const r of runs) {
    // "Kata'ib Sayyid al-Shuhada", "Sultan Murad Brigade": an organisation's name may hold a title word
    const kind = classify(ctx, r.from, r.to, false);
    if (kind === "ORG" || kind === "ARMED_GROUP") {
      out.push(r);
      continue;
    }
    let from = r.from;
    let k = r.from;
    while (k < r.to - 1) {
      const t = titleAt(ctx, k, r.to);
      if (!t || t.to >= r.to) {
        k++;
        continue;
      }
      // "Hassan Sheikh Mohamud", "Mohamed Haji Ali": an honorific after a given name is part of the name
      if (t.sector === null && k > r.from && ctx.kb.actors.givenNames.has(ctx.tokens[k - 1]!.key) && !titleAt(ctx, k - 1, k)) {
        k = t.to;
        continue;
      }
      // titles in a row stay together ("Supreme Leader Ayatollah Ali Khamenei"), and so does a country before
      // the title ("US Defense Secretary Lloyd Austin")
      if (k > from && !titleAt(ctx, k - 1, k) && countryAt.get(from)?.to !== k) {
        out.push({ from, to: k });
        from = k;
      }
      k = t.to;
    }
    out.push({ from, to: r.to });
  }
  return out;
}

export interface NameFinderResult {
  candidates: Candidate[];
  roles: RoleNote[];
}

/** Titles at token i ("Defence Minister", "Gen.", "Sheikh"): the longest, with its sector. */
function titleAt(ctx: EntityContext, i: number, end: number): { to: number; sector: string | null } | null {
  const m = ctx.kb.actors.titles.matchAt(ctx.tokens, i, end);
  if (!m) return null;
  let to = m.to;
  if (ctx.tokens[to]?.text === "." && ctx.tokens[to]!.start === ctx.tokens[to - 1]!.end) to++; // "Gen."
  return { to, sector: m.values[0]!.sector };
}

function classify(ctx: EntityContext, from: number, to: number, titled: boolean): EntityType | null {
  const ts = ctx.tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text));
  if (ts.length === 0) return null;
  // a place the gazetteer knows, or a run headed like a place, is left to the places stage
  if (!titled && (PLACE_HEADS.has(ts[ts.length - 1]!.key) || ctx.kb.gazetteer.lookup(ctx.doc.norm.slice(ts[0]!.start, ts[ts.length - 1]!.end)).length > 0)) return null;
  // the head of "Ministry of Water Resources" is "Ministry": the word before the first "of"/"for"
  const ofAt = ts.findIndex((t, k) => k > 0 && OF_WORDS.has(t.key));
  const last = (ofAt > 0 ? ts[ofAt - 1]! : ts[ts.length - 1]!).key, first = ts[0]!.key;
  if (ARMED_OPENERS.has(first) || ARMED_HEADS.has(last)) return "ARMED_GROUP";
  if (ORG_HEADS.has(last) || ts.some((t) => ORG_HEADS.has(t.key) && t !== ts[0])) return "ORG";
  if (titled) return "PERSON";
  // a word in capitals is an abbreviation ("Dissident FARC"), never part of a person's name in mixed-case text
  const acronym = !ctx.doc.upperCase && ts.some((t) => t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text));
  if (acronym) return null;
  if (ctx.kb.actors.givenNames.has(first) || KUNYA.has(first)) return ts.length >= 2 ? "PERSON" : null;
  // two proper nouns are most often a person's name ("Oleh Syniehubov"); longer runs need a known given name,
  // which may stand anywhere in them ("Abdifatah Aden Hassan")
  if (ts.length === 2 && ts.every((t) => t.pos === "PROPN")) return "PERSON";
  if (ts.length <= 4 && ts.every((t) => t.pos === "PROPN" || PARTICLES.has(t.key)) && ts.slice(1).some((t) => ctx.kb.actors.givenNames.has(t.key))) return "PERSON";
  return null;
}

// The sector an organisation's head noun gives it: "US Africa Command" → MIL, "National Police" → COP.
const HEAD_SECTOR: Record<string, string> = {
  command: "MIL", army: "MIL", navy: "MIL", forces: "MIL", force: "MIL", guard: "MIL", guards: "MIL", corps: "MIL", marines: "MIL",
  police: "COP", gendarmerie: "COP",
  ministry: "GOV", department: "GOV", government: "GOV", cabinet: "GOV", office: "GOV", agency: "GOV", directorate: "GOV", presidency: "GOV", administration: "GOV",
  court: "JUD", tribunal: "JUD", judiciary: "JUD",
  parliament: "LEG", assembly: "LEG", senate: "LEG", congress: "LEG",
  university: "EDU", news: "MED", television: "MED", tv: "MED", radio: "MED", times: "MED", post: "MED",
  bank: "BUS", company: "BUS", corporation: "BUS", party: "POL",
  commission: "GOV", authority: "GOV", bureau: "GOV", secretariat: "GOV", council: "GOV",
};
// Unions and associations of working people are labour ("Nigerian Union of Teachers", "Serbian Workers' Union")
const LABOUR_WORDS = new Set("workers worker teachers labour labor trade trades employees journalists doctors nurses miners farmers peasants dockers".split(" "));
const LABOUR_HEADS = new Set(["union", "unions", "association", "federation", "congress", "confederation", "syndicate"]);
const STATE_FORCE_HEADS = new Set(["army", "navy", "forces", "force", "guard", "guards", "corps", "marines"]);
// Words that make a country-named force an insurgency ("Sudan People's Liberation Army", "Free Syrian Army")
const INSURGENT_WORDS = new Set(["liberation", "resistance", "popular", "islamic", "free", "rebel", "salvation", "mujahideen", "jihad", "democratic", "patriotic"]);

/** The head word of a name: the last word before its first "of"/"for" ("Ministry of Water Resources" → "ministry"). */
function headOf(ctx: EntityContext, from: number, to: number): string {
  const ts = ctx.tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text));
  const ofAt = ts.findIndex((t, k) => k > 0 && OF_WORDS.has(t.key));
  return (ofAt > 0 ? ts[ofAt - 1] : ts[ts.length - 1])?.key ?? "";
}

/** A lower-case role noun ends right before token i: a title ("spokesman", "governor") or a singular person
 * agent ("adviser", "commander"), used as a noun ("a major Kurdish city" has none). */
function roleNounBefore(ctx: EntityContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.cap || prev.pos !== "NOUN" || prev.sentence !== ctx.tokens[i]?.sentence) return false;
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const t = ctx.kb.actors.titles.matchAt(ctx.tokens, k, i);
    if (t && t.to === i && t.values[0]!.sector) return true;
    const a = ctx.kb.actors.agents.matchAt(ctx.tokens, k, i);
    if (a && a.to === i && a.values[0]!.person && ctx.tokens.slice(k, i).map((x) => x.key).join(" ") === a.values[0]!.phrase) return true;
  }
  return false;
}

export function nameMentions(ctx: EntityContext, countries: CountryHit[]): NameFinderResult {
  return ctx.doc.upperCase ? upperCaseNames(ctx, countries) : mixedCaseNames(ctx, countries);
}

function mixedCaseNames(ctx: EntityContext, countries: CountryHit[]): NameFinderResult {
  const { tokens, doc } = ctx;
  const countryAt = new Map(countries.map((h) => [h.from, h]));
  const countryEndingAt = new Map(countries.map((h) => [h.to, h]));
  const candidates: Candidate[] = [];
  const roles: RoleNote[] = [];
  for (const run of splitAtTitles(ctx, capRuns(ctx), countryAt)) {
    let i = run.from;
    // "Sultan Murad Brigade", "General Electric Company": a run headed like an organisation keeps its first word
    const orgRun = classify(ctx, run.from, run.to, false);
    const orgLike = orgRun === "ORG" || orgRun === "ARMED_GROUP";
    // a sentence-opening function word ("The", "But", "After") is not part of a name
    while (i < run.to && FUNCTION_POS.has(tokens[i]!.pos) && !PARTICLES.has(tokens[i]!.key)) i++;
    // the title span covers a country written before it ("US Defense Secretary"): an office, not an actor
    const prefixFrom = i;
    let country: string | null = null;
    let titleFrom = -1, titleTo = -1;
    let sector: string | null = null;
    for (;;) {
      if (i >= run.to) break;
      const c = countryAt.get(i);
      if (c && c.to < run.to) {
        country = c.value.country.iso3;
        i = c.to;
        continue;
      }
      const t = orgLike ? null : titleAt(ctx, i, run.to);
      if (t && t.to < run.to) {
        if (titleFrom < 0) titleFrom = i;
        titleTo = t.to;
        sector = t.sector ?? sector;
        i = t.to;
        continue;
      }
      break;
    }
    if (i >= run.to) continue;
    // the whole rest is a country: the dictionaries have it
    const whole = countryAt.get(i);
    if (whole && whole.to >= run.to) continue;
    // "Police spokesman Abdifatah Aden Hassan", "RSF adviser X": a lower-case role noun right before the name
    const titled = titleFrom >= 0 || roleNounBefore(ctx, run.from);
    // "Iran's Foreign Ministry": a capitalised agent phrase after a country is the agent finder's
    const agent = ctx.kb.actors.agents.matchAt(tokens, i, run.to);
    if (agent && agent.to === run.to && !titled && (country || run.to - i === 1)) continue;
    const single = run.to - i === 1;
    const inHeadline = doc.sentences[tokens[i]!.sentence]?.kind === "headline";
    if (!titled && single && sentenceInitial(doc, i) && tokens[i]!.pos !== "PROPN") continue;
    const type = classify(ctx, i, run.to, titled);
    const start = tokens[i]!.start, end = bareEnd(tokens[run.to - 1]!);
    if (titleFrom >= 0) roles.push({ start, end, role: spanText(doc, tokens[titleFrom]!.start, tokens[titleTo - 1]!.end), sector, country, title: { start: tokens[Math.min(prefixFrom, titleFrom)]!.start, end: tokens[titleTo - 1]!.end } });
    if (!type || inHeadline) {
      // a lone word or an unsure run: kept only if it names an entity found elsewhere (a surname)
      candidates.push({ start, end, from: i, to: run.to, kind: "alias", type: "PERSON", name: spanText(doc, start, end), country: null, sector: null, code: null, origin: "pattern", dependent: true });
      continue;
    }
    // "Iran's Revolutionary Guard Corps", "Kenya's National Police": a possessive country owns the organisation
    const owner = countryEndingAt.get(run.from);
    if (!country && type !== "PERSON" && owner && isPossessive(tokens[run.from - 1])) country = owner.value.country.iso3;
    // "United Bus Company of Tehran", "Bar Association of Kenya": a country or capital the name ends with
    if (!country && type !== "PERSON") {
      const tail = countryEndingAt.get(run.to);
      if (tail && tail.value.kind !== "demonym" && OF_WORDS.has(tokens[tail.from - 1]?.key ?? "") && tail.from > i) country = tail.value.country.iso3;
    }
    const head = headOf(ctx, i, run.to);
    // "Kenya Defence Forces", "the Israeli Air Force": a state's armed forces, not an armed group
    const stateForce = type === "ARMED_GROUP" && !!country && STATE_FORCE_HEADS.has(head) && !tokens.slice(i, run.to).some((t) => INSURGENT_WORDS.has(t.key));
    const finalType = stateForce ? "ORG" : type;
    const wholeAgent = agent && agent.to === run.to ? agent.values[0]!.sector : null;
    const labour = LABOUR_HEADS.has(head) && tokens.slice(i, run.to).some((t) => LABOUR_WORDS.has(t.key));
    // a country's commission or council is its state's ("Kenya Anti-Corruption Commission"); another's may be anyone's
    const headSector = HEAD_SECTOR[head] && (HEAD_SECTOR[head] !== "GOV" || !/^(?:commission|authority|bureau|secretariat|council)$/.test(head) || country) ? HEAD_SECTOR[head]! : null;
    const orgSector = type !== "PERSON" ? (stateForce ? "MIL" : labour ? "LAB" : wholeAgent ?? (type === "ARMED_GROUP" ? "REB" : headSector)) : sector;
    candidates.push({
      start, end, from: i, to: run.to,
      kind: "name", type: finalType, name: spanText(doc, start, end),
      country, sector: orgSector,
      code: codeOf(country, orgSector),
      origin: "pattern",
    });
  }
  return { candidates, roles };
}

/** All-caps text: names open with a title or a known given name and run over the next name-like words. */
function upperCaseNames(ctx: EntityContext, countries: CountryHit[]): NameFinderResult {
  const { tokens, doc } = ctx;
  const candidates: Candidate[] = [];
  const roles: RoleNote[] = [];
  const countryTokens = new Set<number>();
  for (const h of countries) for (let k = h.from; k < h.to; k++) countryTokens.add(k);
  // the tagger reads lower-cased names as words ("hector" is a verb): a known given name is a name whatever its tag
  const nameLike = (t: Token | undefined, first = false) =>
    !!t && /^\p{L}[\p{L}'.\-]*$/u.test(t.text) && ((first && ctx.kb.actors.givenNames.has(t.key) && !ENGLISH_WORD_NAMES.has(t.key)) || (!FUNCTION_POS.has(t.pos) && t.pos !== "VERB")) &&
    !ORG_HEADS.has(t.key) && !ARMED_HEADS.has(t.key) && !PLACE_HEADS.has(t.key) && !titleAt(ctx, t.i, t.i + 1) &&
    !CALENDAR.has(t.key) && !countryTokens.has(t.i) && !ctx.kb.actors.agents.matchAt(tokens, t.i);
  for (let i = 0; i < tokens.length; i++) {
    let title = titleAt(ctx, i, tokens.length);
    // "THE GENERAL STAFF", "ITS PRESIDENT": after a determiner a title word is a common noun
    if (title && i > 0 && (tokens[i - 1]!.pos === "DET" || /^(?:its|their|our|his|her|the|a|an)$/.test(tokens[i - 1]!.key))) title = null;
    let from = -1;
    if (title && nameLike(tokens[title.to], true)) from = title.to;
    else if (ctx.kb.actors.givenNames.has(tokens[i]!.key) && !ENGLISH_WORD_NAMES.has(tokens[i]!.key) && nameLike(tokens[i], true) && nameLike(tokens[i + 1])) from = i;
    if (from < 0) continue;
    let to = from;
    while (to < tokens.length && to - from < 4 && tokens[to]!.sentence === tokens[from]!.sentence && (nameLike(tokens[to], to === from) || (PARTICLES.has(tokens[to]!.key) && nameLike(tokens[to + 1])))) {
      to++;
      if (isPossessive(tokens[to - 1])) break;
    }
    if (to === from) continue;
    const start = tokens[from]!.start, end = bareEnd(tokens[to - 1]!);
    // "CARMEN DE ATRATO" is a town
    if (!title && ctx.kb.gazetteer.lookup(doc.norm.slice(start, end)).length > 0) continue;
    if (title) roles.push({ start, end, role: spanText(doc, tokens[i]!.start, tokens[title.to - 1]!.end), sector: title.sector, country: null });
    candidates.push({ start, end, from, to, kind: "name", type: "PERSON", name: spanText(doc, start, end), country: null, sector: title?.sector ?? null, code: codeOf(null, title?.sector ?? null), origin: "pattern" });
    i = to - 1;
  }
  return { candidates, roles };
}
