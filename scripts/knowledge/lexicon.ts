// Builds data/lexicon.json, the event trigger lexicon:
//  * verbs and their object/preposition patterns, converted from PETRARCH's CAMEO verb dictionary
//    (shared/data/petrarch/CAMEO.2.0.txt; format in dictionaries-format.rst): each verb lemma points at its
//    synonym block; a block's patterns ("- PRE * POST (PREP NOUN) [code]") select a CAMEO code from the words
//    around the verb; synsets (&WEAPON ...) are kept by name and expanded at load time;
//  * what that dictionary lacks, as sitrep's own data below: nominal triggers ("air strikes", "talks"),
//    light verbs that hand their subject to a nominal event ("launched air strikes"), control verbs that turn an
//    embedded event into a threat, intention, refusal ("vowed to", "plans to", "refused to"), weapon → mode cues,
//    modality cues, reporting verbs, victims and number words.
//   npx tsx scripts/build-knowledge.ts lexicon
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { phraseKeys } from "../../src/text/tokenize.ts";
import type { VerbEntry } from "../../src/knowledge/lexicon.ts";

/** A pattern element: a preposition (keys) and/or a noun phrase (keys; "&SYNSET" items match any synset phrase). */
type El = [string[] | null, string[] | null];
interface Pattern {
  pre: El[];
  post: El[];
  code: string | null;
  /** the verbs the pattern was written for (from its comment): preferred over the block's other verbs */
  v?: string[];
}

const keysOf = (s: string) => phraseKeys(s.replace(/_/g, " ").toLowerCase());

/** "042:043" → "042"; ":173" → "173"; "---" → null. */
function cleanCode(raw: string): string | null {
  const parts = raw.split(":").map((p) => p.trim()).filter((p) => p && p !== "---");
  const c = parts[0] ?? null;
  return c && /^\d{2,4}$/.test(c) ? c : null;
}

/** Regular plural of a noun phrase's last word, PETRARCH's rule (S, IES after Y, ES after SS). */
function plural(words: string[]): string[] {
  const last = words[words.length - 1]!;
  const p = /[^aeiou]y$/.test(last) ? last.slice(0, -1) + "ies" : /(ss|sh|ch|x)$/.test(last) ? last + "es" : last + "s";
  return [...words.slice(0, -1), p];
}

/** Splits a pattern side into elements: WORD, {A B}, (PREP X), &SYN; $ + ^ % are actor slots and are dropped. */
function parseSide(text: string): El[] {
  const out: El[] = [];
  const re = /\(([^)]*)\)|\{([^}]*)\}|(&[A-Z_]+)|([^\s(){}]+)/g;
  // a noun phrase is a word sequence; "&NAME" items stand for any phrase of that synset
  const noun = (s: string): string[] | null => {
    s = s.trim().replace(/^\{(.*)\}$/, "$1");
    const seq = s.split(/\s+/).filter((w) => w && !/^[$+^%]$/.test(w)).flatMap((w) => (w.startsWith("&") ? [w] : keysOf(w)));
    return seq.length ? seq : null;
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const inner = m[1].trim();
      const sp = inner.search(/\s/);
      const prep = sp < 0 ? inner : inner.slice(0, sp);
      const rest = sp < 0 ? "" : inner.slice(sp + 1);
      if (/^[$+^%]$/.test(prep)) continue;
      out.push([keysOf(prep), noun(rest)]);
    } else if (m[2] !== undefined) {
      const n = noun(`{${m[2]}}`);
      if (n) out.push([null, n]);
    } else if (m[3] !== undefined) out.push([null, [m[3]]]);
    else if (m[4] !== undefined && !/^[$+^%]$/.test(m[4])) {
      const n = noun(m[4]);
      if (n) out.push([null, n]);
    }
  }
  return out;
}


export function parsePetrarchVerbs(text: string): { synsets: Record<string, string[][]>; verbs: VerbEntry[]; patterns: Record<string, Pattern[]> } {
  const synsets: Record<string, string[][]> = {};
  const verbs: VerbEntry[] = [];
  const patterns: Record<string, Pattern[]> = {};
  let synset: string | null = null;
  let noPlural = false;
  let block: string | null = null;
  let blockCode: string | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trimEnd();
    if (!line.trim()) {
      synset = null;
      continue;
    }
    if (line.startsWith("&")) {
      const label = line.trim().slice(1);
      noPlural = label.endsWith("_");
      synset = label.replace(/_$/, "");
      synsets[synset] = [];
      continue;
    }
    if (synset && line.startsWith("+")) {
      const phrase = line.slice(1).trim();
      const keys = keysOf(phrase.replace(/_$/, ""));
      if (!keys.length) continue;
      synsets[synset]!.push(keys);
      if (!noPlural && !phrase.endsWith("_")) synsets[synset]!.push(plural(keys));
      continue;
    }
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (head) {
      block = head[1]!;
      blockCode = cleanCode(head[2]!);
      patterns[block] ??= [];
      synset = null;
      continue;
    }
    if (!block || line.startsWith("~")) continue;
    if (line.startsWith("-")) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(line);
      if (!m) continue;
      const [pre, post] = m[1]!.includes("*") ? m[1]!.split("*", 2) : ["", m[1]!];
      const p: Pattern = { pre: parseSide(pre!), post: parseSide(post!), code: cleanCode(m[2]!) };
      const comment = /#\s*([A-Z_ ,]+?)(?:\s{2,}|$|\s+[a-z])/.exec(raw.slice(raw.indexOf("]")));
      const named = comment ? [...new Set(comment[1]!.split(/[\s,]+/).filter((w) => /^[A-Z][A-Z_]+$/.test(w)).map((w) => w.toLowerCase().split("_")[0]!))] : [];
      if (named.length) p.v = named;
      patterns[block]!.push(p);
      continue;
    }
    // a verb line: WORD or multi_+WORD, optional {forms}, optional [code]
    const vm = /^\s*(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!vm) continue;
    const words = vm[1]!.toLowerCase().split("_").filter(Boolean);
    let vi = words.findIndex((w) => w.startsWith("+"));
    if (vi < 0) vi = 0;
    const lemma = words[vi]!.replace(/^\+/, "");
    const formsRaw = vm[2];
    if (formsRaw !== undefined && !formsRaw.trim() && words.length > 1) continue; // inflected phrase ("+KILLED_AND {}")
    const forms = (formsRaw ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((f) => f.toLowerCase().split("_").find((w) => w.startsWith("+"))?.slice(1) ?? f.toLowerCase().split("_")[0]!)
      .filter((f) => f && f !== lemma);
    const own = vm[3] !== undefined ? cleanCode(vm[3]) : undefined;
    const e: VerbEntry = { lemma, block, code: own !== undefined ? own : blockCode };
    if (own !== undefined || block.toLowerCase() === lemma || block.toLowerCase().startsWith(lemma + "_")) e.own = true;
    if (forms.length) e.forms = [...new Set(forms)];
    if (vi > 0) e.before = words.slice(0, vi);
    if (vi < words.length - 1) e.after = words.slice(vi + 1);
    verbs.push(e);
  }
  return { synsets, verbs, patterns };
}

// ---- sitrep's own trigger data ------------------------------------------------------------------------------

/** Nominal triggers: the event named by a noun. [phrase, CAMEO code, mode or "", weapon or ""] */
const NOMINALS: Array<[string, string, string?, string?]> = [
  ["air strike", "195", "aerial"], ["airstrike", "195", "aerial"], ["air raid", "195", "aerial"], ["air attack", "195", "aerial"],
  ["aerial bombardment", "195", "aerial"], ["bombing raid", "195", "aerial"], ["bombing campaign", "195", "aerial"],
  ["drone strike", "195", "drone"], ["drone attack", "195", "drone"], ["uav strike", "195", "drone"],
  ["missile strike", "194", "heavy-weapons", "missile"], ["missile attack", "194", "heavy-weapons", "missile"],
  ["rocket attack", "194", "heavy-weapons", "rocket"], ["rocket fire", "194", "heavy-weapons", "rocket"],
  ["mortar attack", "194", "heavy-weapons", "mortar"], ["mortar fire", "194", "heavy-weapons", "mortar"],
  ["shelling", "194", "heavy-weapons"], ["artillery fire", "194", "heavy-weapons"], ["bombardment", "194", "heavy-weapons"],
  ["strike", "190"], ["attack", "190"], ["assault", "190"], ["offensive", "190"], ["raid", "190"], ["incursion", "190"],
  ["invasion", "190"], ["ambush", "190"], ["clash", "190"], ["fighting", "190"], ["battle", "190"], ["firefight", "193", "firearms"],
  ["gunfight", "193", "firearms"], ["gun battle", "193", "firearms"], ["shootout", "193", "firearms"], ["shooting", "193", "firearms"],
  ["bombing", "183", "explosives"], ["bomb attack", "183", "explosives"], ["car bomb", "1832", "explosives"],
  ["car bombing", "1832", "explosives"], ["roadside bomb", "1833", "explosives"], ["ied attack", "1833", "explosives"],
  ["explosion", "183", "explosives"], ["blast", "183", "explosives"], ["grenade attack", "183", "explosives", "grenade"],
  ["suicide bombing", "1831", "suicide-attack"], ["suicide attack", "1831", "suicide-attack"], ["suicide bomber", "1831", "suicide-attack"],
  ["kidnapping", "181", "abduct"], ["abduction", "181", "abduct"], ["hijacking", "181", "abduct"],
  ["assassination", "186", "targeted"], ["massacre", "202", "targeted"], ["killing", "190"], ["execution", "186", "targeted"],
  ["talks", "046"], ["negotiations", "046"], ["peace talks", "046"], ["summit", "040"], ["meeting", "040"],
  ["protest", "141", "demo"], ["demonstration", "141", "demo"], ["rally", "141", "demo"], ["march", "141", "demo"], ["sit-in", "141", "demo"],
  ["riot", "145", "riot"], ["rioting", "145", "riot"], ["hunger strike", "142", "hunger"], ["general strike", "143", "strike"],
  ["boycott", "143", "boycott"], ["blockade", "191"],
  ["sanctions", "163"], ["embargo", "163"],
  ["ceasefire", "0871", "ceasefire"], ["cease-fire", "0871", "ceasefire"], ["truce", "0871", "ceasefire"],
  ["arrest", "173", "arrest"], ["detention", "173", "arrest"], ["crackdown", "175"],
  ["deployment", "154", "troops"],
  ["mediation", "045"], ["investigation", "090"], ["inquiry", "090"], ["probe", "090"], ["airlift", "070"],
  ["withdrawal", "0874", "withdraw"], ["pullout", "0874", "withdraw"], ["pull-out", "0874", "withdraw"],
  // administrative coercion named by its noun ("declared a state of emergency", "imposed a curfew")
  ["state of emergency", "1724"], ["state of siege", "1724"], ["martial law", "1724"], ["curfew", "1723"], ["restrictions", "172"],
  ["suspension", "160"], ["hearing", "090"], ["lawsuit", "115"], ["complaint", "114"],
  // single-country exercises show force; joint ones are military cooperation (PLOVER MOBILIZE vs COOPERATE)
  ["military exercises", "150"], ["military drills", "150"], ["war games", "150"], ["naval exercises", "150"], ["live-fire exercises", "150"],
  ["joint exercises", "062"], ["joint military exercises", "062"], ["joint drills", "062"], ["joint naval exercises", "062"], ["joint patrols", "062"],
  ["warning", "130"], ["ultimatum", "139"], ["appeal", "020"],
];

/** Nouns that are events only with an argument of their own ("a strike on X", "talks with X"), never bare. */
const NEEDS_ARGUMENT = ["curfew", "restrictions", "suspension", "hearing", "complaint", "warning", "appeal", "withdrawal", "pullout", "pull-out", "mediation", "investigation", "inquiry", "probe", "strike", "meeting", "march", "rally", "arrest", "detention", "killing", "execution", "deployment", "battle", "fighting", "blast", "explosion", "raid", "assault", "offensive"];

/** Verbs that carry out the nominal event in their object: its source is their subject ("launched air strikes"). */
const LIGHT_VERBS = ["launch", "carry", "conduct", "stage", "mount", "order", "hold", "begin", "start", "wage", "unleash", "step", "resume", "continue", "authorize", "authorise", "direct", "perform", "impose", "slap", "declare", "announce", "approve", "escalate", "intensify", "lead", "organize", "organise", "call", "undertake", "open", "initiate", "issue", "complete", "conclude", "deliver",
  // the agent commits or executes the act its object names ("committed the massacre", "made an attack")
  "make", "commit", "perpetrate", "execute"];

/** Verbs that stop, forbid or put off the event their object names: the noun is their topic, not an act done. */
const PREVENT_VERBS = ["prevent", "postpone", "delay", "cancel", "ban", "outlaw", "forbid", "prohibit", "block", "stop", "halt", "suspend",
  "end", "abandon", "avert", "thwart", "foil", "disperse", "break", "oppose", "reject", "condemn", "denounce", "call_off", "defer", "adjourn"];

/** Verbs taking an infinitive whose event they qualify: how the embedded event is coded. */
const CONTROL_VERBS: Record<string, "commit" | "intend" | "refuse" | "agree" | "attempt" | "fail" | "deny" | "request" | "aspect"> = {
  // a commitment to act: an intent when the act is cooperative, a threat when it is hostile, a refusal when negated
  vow: "commit", threaten: "commit", swear: "commit", warn: "commit", pledge: "commit", promise: "commit", offer: "commit",
  plan: "intend", seek: "intend", intend: "intend", aim: "intend", want: "intend", hope: "intend", prepare: "intend",
  expect: "intend", mean: "intend", propose: "intend", decide: "intend", agree: "agree",
  try: "attempt", attempt: "attempt", strive: "attempt",
  refuse: "refuse", decline: "refuse", reject: "refuse",
  fail: "fail", deny: "deny",
  urge: "request", ask: "request", call: "request", demand: "request", press: "request", pressure: "request", push: "request",
  // aspect verbs are transparent: "continued to send arms" is sending arms
  continue: "aspect", begin: "aspect", start: "aspect", resume: "aspect", keep: "aspect",
};

/** What an event's sense needs from its sentence, per verb. `force`: a verb whose coercive or violent sense
 * (codes 15, 17-20) has everyday senses too ("hit the polls", "died of old age", "defeated in the election",
 * "taken to a hotel"): the event needs force named in its sentence (a weapon, an armed party, a violent noun).
 * `naming`: a verb that also names or characterises ("a group called X", "called the ruling dangerous"): with a
 * secondary predicate it is no act, or an accusation when the predicate disapproves. */
const SENSE_CONSTRAINTS = {
  force: ["die", "explode", "hit", "defeat", "hang", "beat", "strike", "fire", "destroy", "crush", "burn", "target", "capture",
    "take", "seize", "hurt", "damage", "fight", "clash", "battle", "break", "smash", "remove", "reinforce", "mobilize", "mobilise",
    "hold", "round", "pick", "move", "push", "force", "drive", "kick", "throw", "knock", "shake", "bury", "engage"],
  /** sectors of armed parties: an actor or agent noun of these names force */
  armedSectors: ["MIL", "REB", "COP", "UAF", "SPY", "CRM"],
  naming: ["call", "name", "dub", "term", "label", "brand", "nickname"],
  /** verbs of thought, wish and opinion: their bare default sense states a view, it is no interaction (a pattern
   * of theirs may still code one: "considered sanctions against X") */
  opinion: ["think", "consider", "believe", "know", "hear", "learn", "hope", "wish", "want", "feel", "seem", "suppose", "expect",
    "guess", "doubt", "fear", "worry", "wonder", "admit", "express", "decide", "imagine", "realize", "realise", "understand",
    "remember", "recall", "seek", "prefer", "like", "love", "hate", "favour", "favor", "determine", "reconsider", "rethink",
    "need", "mean", "fail"],
  /** verbs of looking into something that are an investigation (CAMEO 09) only with a party looked into ("police
   * searched the home of X"; "searching through old tree trunks", "monitor the situation" investigate no one) */
  needsTarget: ["search", "monitor", "research", "study", "examine", "explore", "observe", "survey", "scan", "inspect"],
  /** verbs of violence only when a weapon is named: a shuttle or a boiler that "exploded" is an accident */
  weaponOnly: ["explode"],
  /** verbs whose subject undergoes the act: "two soldiers died" names victims, not attackers */
  victimSubject: ["die", "perish", "succumb", "drown"],
  /** verbs that ask for an act only when their clause says what should be done ("suggest", "propose") */
  deontic: ["suggest", "propose"],
  /** PLOVER types that are acts between two parties: "always" needs both (or a coordinated side, "X and Y met");
   * "bare" needs both when only a verb's default sense, not one of its patterns, chose the type */
  twoParties: { CONSULT: "always", SUPPORT: "bare", COOPERATE: "bare", AID: "bare", CONCEDE: "bare" },
  /** verbs whose subject undergoes, witnesses, reports or reacts to the act their object names: it is no agent of
   * it ("feared a wave of attacks", "survived an attack", "repudiated the attacks", "received reports of blasts") */
  experiencer: ["fear", "dread", "anticipate", "witness", "see", "watch", "hear", "survive", "escape", "suffer", "sustain",
    "undergo", "endure", "receive", "repudiate", "deplore", "regret", "mourn", "lament", "commemorate", "remember", "recall",
    "investigate", "probe", "report", "describe", "recount", "discuss", "mention", "cite", "attribute", "ascribe", "blame",
    "repel", "repulse", "resist", "foil", "thwart", "avert", "prevent", "investigate", "protest", "denounce", "condemn",
    "face", "weather"],
  /** experiencer verbs whose subject is what the act their object names hit: "suffered an attack by rebels",
   * "faces an attack from militants", "survived an assassination attempt" */
  patient: ["suffer", "sustain", "undergo", "endure", "survive", "escape", "face", "weather"],
  /** verbs whose subject receives what another gives: in a cooperative act the subject is the target and "from"
   * names the source ("Ukraine received military aid from the United States", "Iran obtained missiles from China") */
  recipient: ["receive", "obtain", "acquire", "get", "secure", "win"],
  /** verbs of giving: a passive one's subject is what is given ("the paintings were donated by the foundation",
   * "weapons were supplied by Iran"); who receives it is named by "to" ("were donated to the museum") */
  /** the legal sense of an appeal: a request to a court against a ruling ("appealed the verdict", "an appeal the
   * Court of Cassation threw out") is legal action against the other side (CAMEO 115), not an appeal for help; the
   * words that name a court or a ruling in the appeal's sentence */
  legal: ["court", "courts", "verdict", "verdicts", "ruling", "rulings", "sentence", "sentences", "conviction", "convictions",
    "judgment", "judgement", "judge", "judges", "tribunal", "acquittal", "cassation", "appellate", "magistrate", "magistrates"],
  giving: ["give", "donate", "provide", "supply", "send", "deliver", "grant", "hand", "lend", "ship", "transfer", "offer",
    "contribute", "allocate", "award", "bestow", "extend", "pledge", "sell"],
  /** words that make an attack digital (PLOVER COERCE mode "cyber": hacking, website attacks, security breaches):
   * an assault verb whose clause names one of them is a cyber attack ("the site is being attacked by hackers") */
  cyber: ["website", "websites", "homepage", "homepages", "server", "servers", "hacker", "hackers", "hacking",
    "hacked", "cyber", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "ddos", "denial-of-service", "botnet",
    "malware", "ransomware", "spyware", "phishing", "database", "databases"],
  /** natural hazards and illness: as the agent of a verb ("the storm threatened oil rigs", "areas hit by the tsunami",
   * "the earthquake killed 300") they are no party, and what they do is no interaction between parties */
  naturalForces: ["storm", "storms", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado",
    "tornadoes", "tsunami", "tsunamis", "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock",
    "aftershocks", "flood", "floods", "flooding", "floodwaters", "wildfire", "wildfires", "bushfire", "bushfires", "blaze",
    "fire", "fires", "drought", "droughts", "heatwave", "rain", "rains", "rainfall", "snow", "snowstorm", "blizzard",
    "landslide", "landslides", "mudslide", "mudslides", "avalanche", "avalanches", "eruption", "volcano", "lightning",
    "wind", "winds", "gale", "gales", "waves", "surge", "virus", "viruses", "disease", "diseases", "epidemic", "pandemic",
    "outbreak", "cancer", "illness", "infection", "weather"],
  /** accidents: a death or injury in a sentence that names one of these (or a natural hazard) and no weapon, no
   * armed party and no one who did it is a misfortune, not an assault ("killed in a stampede", "were killed when the
   * hotel collapsed", "injured due to bad weather", "died in a car crash") */
  accidents: ["stampede", "stampedes", "crush", "crash", "crashes", "crashed", "collision", "collisions", "collided",
    "collapse", "collapses", "collapsed", "collapsing", "accident", "accidents", "accidental", "accidentally", "derailment",
    "derailed", "capsized", "capsizing", "sank", "sinking", "shipwreck", "electrocuted", "electrocution", "overdose",
    "heatstroke", "hypothermia", "malnutrition", "starvation"],
  /** words of a sports report: in a sentence that has one (or a score, "1 – 0", or "the 54th minute"), or in an
   * article with several such sentences, a sports verb reports play, not an interaction between parties ("Sweden
   * defeated South Korea 1 – 0", "conceded a penalty", "was saved by the goalkeeper") */
  /** verbs of charging: the act they name after "of", "with" or "for" is alleged ("charged with killing") */
  charge: ["charge", "accuse", "suspect", "convict", "indict", "arrest", "jail", "sentence", "prosecute", "detain", "try", "acquit", "clear"],
  /** verbs of onset: after a noun of fighting they only say it began ("clashes broke out", "fighting erupted") */
  onset: ["break", "broke", "erupt", "flare", "continue", "rage", "resume", "intensify", "escalate", "occur", "take"],
  /** words of meeting: a trip to meet someone is a visit ("traveled to Florida to meet with Devocht") */
  meeting: ["meet", "visit", "talk", "talks", "negotiate", "discuss", "consult", "confer", "attend"],
  /** ammunition: an object phrase ending in one is what was fired, not what was hit ("fired artillery rounds at") */
  ammunition: ["rounds", "round", "shells", "bullets", "ammunition", "salvo", "salvos", "volley", "volleys", "projectiles"],
  /** assault modes a cue names outright: they win over any weapon nearer the trigger ("helicopters dropped barrels of
   * chlorine gas" is a chemical attack) */
  decisiveModes: ["unconventional", "suicide-attack"],
  /** bases of armed forces: a force posture that sets one up establishes a base */
  bases: ["base", "bases", "camp", "camps", "headquarters", "outpost", "outposts", "garrison", "garrisons"],
  /** weapons in general: a seizure of them (CAMEO 1711) takes weapons out of use, not property (ACLED disrupted
   * weapons use) */
  arms: ["weapons", "arms", "ammunition", "cache", "caches", "rifles", "guns", "pistols", "explosives", "bomb", "bombs",
    "rockets", "missiles", "grenades", "mortars", "landmines", "mines", "ied", "ieds", "munitions"],
  /** assault modes a cue decides whatever the verb's own mode ("sexually assaulted": sexual, not beat) */
  overridingModes: ["unconventional", "suicide-attack", "sexual"],
  /** modes of weapons heavier than small arms: they say how "fired" or "shot" was done ("fired mortar rounds") */
  heavyModes: ["heavy-weapons", "aerial", "drone", "explosives", "suicide-attack", "unconventional"],
  /** verbs of gathering: a gathering of protesters, or one that demands or protests, is a demonstration (CAMEO
   * 141), not a meeting ("protesters gathered outside parliament demanding ...") */
  gathering: ["gather", "assemble", "rally", "converge", "congregate", "mass", "throng", "flock"],
  /** verbs of travel: a trip to a place is a visit (CAMEO 042/043) only by someone who acts for a party ("Kerry
   * traveled to Moscow", "the Iraqi prime minister arrived in Tehran"); "millions of pilgrims arrive in Mecca",
   * "we came to the United States" are journeys */
  travel: ["arrive", "come", "travel", "go", "fly", "return", "head", "journey", "reach", "land", "move", "relocate"],
  /** sectors of those who act for a party: their trips are visits */
  partySectors: ["GOV", "MIL", "IGO", "OPP", "POL", "LEG", "JUD", "REB", "COP", "SPY", "UAF", "ELI", "NGO", "PTY", "DIP"],
  /** labels that open a line of page furniture, not of the report ("Categories: ... Politics and conflicts",
   * "Related: Police attack protesters", "Read more: ..."): its words report no event */
  furniture: ["categories", "category", "tags", "tag", "topics", "related", "related articles", "related stories",
    "read more", "read also", "see also", "more on this", "sources", "source", "share", "share this", "follow us",
    "image", "photo", "picture", "video", "caption", "credit", "photo credit", "advertisement", "click here", "sign up",
    "subscribe", "newsletter", "external links", "references"],
  // (not words with everyday senses in hard news: "goal", "penalty", "league", "grand", "striker")
  sportsCues: ["match", "matches", "referee", "goalkeeper", "midfielder", "tournament", "tournaments", "championship", "championships", "semi-final", "semi-finals",
    "semifinal", "quarter-final", "quarterfinal", "playoff", "playoffs", "innings", "wicket", "wickets", "touchdown",
    "olympics", "olympic", "paralympics", "fifa", "uefa", "nba", "nfl", "mlb", "nhl", "icc", "kick-off", "half-time",
    "halftime", "equaliser", "equalizer", "hat-trick", "scoreline", "medal", "medals", "cup"],
  sportsVerbs: ["defeat", "beat", "lose", "concede", "award", "save", "score", "win", "play", "face", "draw", "attack",
    "shoot", "strike", "kick", "hit", "tackle", "fire", "block", "clash", "battle", "fight", "host", "visit", "meet",
    "overcome", "crush", "thrash", "rout", "edge", "oust", "eliminate", "knock", "challenge", "dominate", "trail",
    "level", "equalise", "equalize", "replace", "bowl", "grab", "seal",
    "clinch", "punish", "surrender"],
};

/** PETRARCH patterns refiled (code) or dropped (no code), read against CAMEO's own definitions. */
const REFILED_PATTERNS: Array<{ block: string; match: { code: string; post?: string }; code?: string }> = [
  // a meeting that took place ("met X at the Vatican", "met with leaders") is a consultation (CAMEO 040), not the
  // intent to meet (036)
  { block: "MEET_PEOPLE", match: { code: "036" }, code: "040" },
  // "said it/he wishes ...": a stated wish is no appeal to anyone
  { block: "EXPLAIN_VERBAL", match: { code: "020", post: "wish" } },
  // voting in an election is no promise of reform (CAMEO 034)
  { block: "SELECT", match: { code: "034", post: "election" } },
  // seeking or searching for suspects investigates them (CAMEO 090); it threatens no one
  { block: "SEARCH", match: { code: "130" }, code: "090" },
  // joining a protest is protesting (CAMEO 141), not disapproval
  { block: "ASSEMBLE", match: { code: "110", post: "protest" }, code: "141" },
];

/** Verbs that report speech; what the speech act is when its content is an event or an evaluation. */
const REPORTING_VERBS: Record<string, string | null> = {
  say: null, tell: null, add: null, state: null, announce: null, note: null, stress: null, explain: null, declare: null,
  claim: "112", allege: "112", charge: "112", accuse: "112", blame: "112", condemn: "111", denounce: "111", criticize: "111",
  criticise: "111", warn: "130", threaten: "130", insist: null, demand: "100", urge: "020", recommend: "020", call: "020",
  reiterate: null, repeat: null, conclude: null, argue: null, write: null, tweet: null, report: null, confirm: null, acknowledge: null, suggest: "020", deny: null,
};

/** Evaluative words that make a report of someone's conduct an accusation ("X said Y was heading in the wrong direction"). */
const DISAPPROVAL = [
  "wrong", "failed", "illegal", "unlawful", "aggression", "aggressive", "disrupt", "disrupting", "destabilise", "destabilize",
  "destabilising", "destabilizing", "provocative", "provocation", "reckless", "irresponsible", "violation", "violate", "violating",
  "crime", "criminal", "terrorist", "terrorism", "blame", "responsible", "hostile", "unacceptable", "outrageous", "condemn",
  "interference", "meddling", "lies", "lie", "lying", "hypocritical", "dangerous", "atrocities", "genocide", "occupation", "occupier",
  "brutal", "barbaric", "cowardly", "abuse", "abuses", "corrupt", "corruption", "undermine", "undermining", "threatening",
];

/** Weapons and methods named near a trigger → PLOVER ASSAULT mode (and a weapon name ACLED rules may use). */
const WEAPONS: Array<[string, string, string?]> = [
  ["drone", "drone"], ["drones", "drone"], ["uav", "drone"], ["unmanned aerial vehicle", "drone"], ["kamikaze drone", "drone"],
  ["warplane", "aerial"], ["warplanes", "aerial"], ["fighter jet", "aerial"], ["fighter jets", "aerial"], ["jets", "aerial"],
  ["aircraft", "aerial"], ["helicopter", "aerial"], ["helicopters", "aerial"], ["gunship", "aerial"], ["air force", "aerial"],
  ["air strike", "aerial"], ["air strikes", "aerial"], ["airstrike", "aerial"], ["airstrikes", "aerial"], ["bomber", "aerial"], ["bombers", "aerial"],
  ["shelled", "heavy-weapons"], ["shell", "heavy-weapons"], ["bombarded", "heavy-weapons"], ["bombardment", "heavy-weapons"], ["mortared", "heavy-weapons"],
  ["rocketed", "heavy-weapons"], ["cannon", "heavy-weapons"], ["howitzers", "heavy-weapons"], ["stabbed", "primitive"], ["hacked to death", "primitive"],
  ["torched", "primitive"], ["set fire", "primitive"], ["set ablaze", "primitive"], ["clubs", "beat"], ["beat up", "beat"], ["beating", "beat"],
  ["rocket", "heavy-weapons", "rocket"], ["rockets", "heavy-weapons", "rocket"], ["missile", "heavy-weapons", "missile"],
  ["missiles", "heavy-weapons", "missile"], ["artillery", "heavy-weapons"], ["shells", "heavy-weapons"], ["mortar", "heavy-weapons"],
  ["mortars", "heavy-weapons"], ["tank", "heavy-weapons"], ["tanks", "heavy-weapons"], ["shelling", "heavy-weapons"],
  ["bomb", "explosives"], ["bombs", "explosives"], ["car bomb", "explosives"], ["roadside bomb", "explosives"], ["ied", "explosives"],
  ["ieds", "explosives"], ["improvised explosive device", "explosives"], ["landmine", "explosives"], ["landmines", "explosives"],
  ["mine", "explosives"], ["explosives", "explosives"], ["dynamite", "explosives"], ["explosive device", "explosives"],
  ["firebombed", "explosives"], ["firebomb", "explosives"], ["petrol bomb", "explosives"], ["petrol bombs", "explosives"], ["molotov cocktail", "explosives"], ["molotov cocktails", "explosives"],
  ["grenade", "explosives", "grenade"], ["grenades", "explosives", "grenade"],
  ["suicide bomber", "suicide-attack"], ["suicide bombers", "suicide-attack"], ["suicide vest", "suicide-attack"], ["suicide car bomb", "suicide-attack"],
  ["gunmen", "firearms"], ["gunman", "firearms"], ["gunfire", "firearms"], ["rifle", "firearms"], ["rifles", "firearms"],
  ["machine gun", "firearms"], ["machine guns", "firearms"], ["shot", "firearms"], ["shooting", "firearms"], ["opened fire", "firearms"],
  ["knife", "primitive"], ["knives", "primitive"], ["machete", "primitive"], ["machetes", "primitive"], ["stones", "primitive"], ["rocks", "primitive"],
  ["tear gas", "crowd-control"], ["water cannon", "crowd-control"], ["rubber bullets", "crowd-control"], ["batons", "crowd-control"],
  ["chemical weapons", "unconventional"], ["chemical attack", "unconventional"], ["sarin", "unconventional"], ["chlorine gas", "unconventional"], ["nerve agent", "unconventional"],
  ["kidnap", "abduct"], ["kidnapped", "abduct"], ["abducted", "abduct"], ["hostage", "abduct"], ["hostages", "abduct"],
  ["beat", "beat"], ["beaten", "beat"], ["to death", "beat"], ["lynched", "beat"], ["tortured", "torture"], ["torture", "torture"], ["raped", "sexual"], ["rape", "sexual"], ["sexually assaulted", "sexual"], ["sexually abused", "sexual"],
  ["sexual assault", "sexual"], ["sexual violence", "sexual"],
];

/** Object patterns: any of the nouns as the verb's object. */
const objects = (nouns: string[]): El[] => nouns.map((n) => [null, keysOf(n)] as El);

/** Nouns naming popular dissent (what calling off or suspending eases). */
const DISSENT = ["strike", "strikes", "protest", "protests", "demonstration", "demonstrations", "boycott", "sit-in", "march", "rally", "rallies", "walkout", "hunger strike", "blockade", "stoppage", "campaign of civil disobedience"];

/** Verbs and verb + object patterns sitrep adds to PETRARCH's (modern usage, or gaps). [lemma, code, object words?, prep?] */
/** Bases of armed forces: what setting up establishes (ACLED headquarters or base established). */
const BASES = ["base", "bases", "military base", "military bases", "camp", "camps", "military camp", "military camps", "headquarters",
  "outpost", "outposts", "garrison", "garrisons", "command post", "command centre", "command center"];

/** Weapons a seizure, a find or a defusal takes out of use. */
const WEAPONS_TAKEN = ["bomb", "bombs", "ied", "ieds", "improvised explosive device", "improvised explosive devices", "explosive device",
  "explosive devices", "explosives", "landmine", "landmines", "mine", "mines", "car bomb", "weapons", "arms", "ammunition",
  "cache", "caches", "arms cache", "weapons cache", "rockets", "missiles", "grenades", "rifles", "guns", "suicide vest", "device"];

/** Places whose handing over or abandonment is a transfer of territory. */
const TERRITORY = ["town", "city", "village", "villages", "territory", "region", "district", "province", "base", "bases", "area",
  "positions", "airport", "port", "capital", "enclave", "border", "crossing"];

/** Gatherings of protest: what police disperse or break up. */
const PROTESTS = ["protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches", "sit-in",
  "sit-ins", "protesters", "demonstrators", "protestors", "gathering", "gatherings", "vigil", "strike", "crowd", "crowds"];

/** Things whose destruction is property destruction (ACLED): buildings, vehicles, infrastructure. */
const DESTROYED = ["house", "houses", "home", "homes", "building", "buildings", "shop", "shops", "school", "schools", "church",
  "churches", "mosque", "mosques", "clinic", "clinics", "hospital", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "mast",
  "masts", "tower", "towers", "pylon", "pylons", "bridge", "bridges", "office", "offices", "market", "warehouse", "crops", "property",
  "properties", "village", "villages", "station", "stations", "pipeline", "equipment", "machinery", "antenna"];

const EXTRA_VERBS: Array<{ lemma: string; code: string | null; post?: El[]; pre?: El[]; after?: string[]; override?: boolean; detach?: boolean; stative?: boolean }> = [
  // default codes where PETRARCH's synonym block gives none or another sense ("agree" sits in a praise block)
  { lemma: "agree", code: "030", override: true }, { lemma: "reject", code: "120", override: true }, { lemma: "refuse", code: "120", override: true },
  { lemma: "deny", code: "120", override: true }, { lemma: "sign", code: "057", override: true }, { lemma: "urge", code: "020" },
  { lemma: "appeal", code: "020" }, { lemma: "call", code: "020", after: ["on"] }, { lemma: "call", code: "020", after: ["for"] },
  { lemma: "demand", code: "100", override: true }, { lemma: "host", code: "043", override: true }, { lemma: "suspend", code: "160", override: true },
  { lemma: "halt", code: "160", override: true }, { lemma: "deploy", code: "154", override: true }, { lemma: "dispatch", code: "154" },
  { lemma: "airstrike", code: "195" }, { lemma: "drone", code: "195" }, { lemma: "detonate", code: "183" },
  { lemma: "kidnap", code: "181" }, { lemma: "abduct", code: "181" }, { lemma: "lynch", code: "1823" }, { lemma: "firebomb", code: "183" },
  { lemma: "petrol-bomb", code: "183" },
  // dispersing or breaking up a protest is repression (CAMEO 175), not circulation
  ...["disperse", "scatter"].map((lemma) => ({ lemma, code: "175", post: objects(PROTESTS) })),
  { lemma: "break", code: "175", after: ["up"], post: objects(PROTESTS) },
  // leaving or handing over a town, a city or territory transfers it without a fight (CAMEO 0874, ACLED non-violent
  // transfer of territory)
  ...["withdraw", "retreat", "pull"].map((lemma) => ({ lemma, code: "0874", post: TERRITORY.map((n) => [["from"], keysOf(n)] as El) })),
  { lemma: "hand", code: "0874", after: ["over"], post: objects([...TERRITORY, "control"]) },
  // defusing, dismantling or finding a bomb or a weapons cache takes it out of use (CAMEO 1711 confiscate; ACLED
  // disrupted weapons use)
  ...["defuse", "dismantle", "deactivate", "neutralise", "neutralize", "discover", "uncover", "find", "recover", "intercept"].map((lemma) => ({ lemma, code: "1711", post: objects(WEAPONS_TAKEN) })),
  // setting up a base, a camp or a headquarters is a force posture (CAMEO 154; ACLED headquarters or base established)
  ...["establish", "build", "open", "erect", "construct"].map((lemma) => ({ lemma, code: "154", post: objects(BASES) })),
  { lemma: "set", code: "154", after: ["up"], post: objects(BASES) },
  // looting takes property (CAMEO 1711 confiscate, ACLED looting); PETRARCH files it with riots
  ...["loot", "ransack", "pillage", "plunder"].map((lemma) => ({ lemma, code: "1711", override: true })),
  // destroying a building, a vehicle or a mast destroys property (CAMEO 1712)
  ...["destroy", "demolish", "raze", "torch", "burn", "vandalise", "vandalize", "bulldoze", "sabotage"].map((lemma) => ({ lemma, code: "1712", post: objects(DESTROYED) })),
  // taking control of a place occupies it (CAMEO 192)
  ...["take", "retake", "regain", "seize", "gain", "wrest", "assume"].map((lemma) => ({ lemma, code: "192", post: objects(["control"]) })), { lemma: "behead", code: "186" }, { lemma: "gun", code: "193", after: ["down"] },
  { lemma: "sanction", code: "163" }, { lemma: "blacklist", code: "163" }, { lemma: "rejoin", code: null }, { lemma: "avenge", code: "138" },
  { lemma: "withdraw", code: "120", post: [[["from"], ["deal"]], [["from"], ["agreement"]], [["from"], ["accord"]], [["from"], ["treaty"]], [["from"], ["pact"]]] as El[] },
  { lemma: "withdraw", code: "164", post: [[["from"], ["talks"]], [["from"], ["negotiations"]]] as El[] },
  { lemma: "pull", code: "120", after: ["out"], post: [[["of"], ["deal"]], [["of"], ["agreement"]], [["of"], ["accord"]], [["of"], ["treaty"]]] as El[] },
  // stances stated with "be" + participle: the subject holds them ("is opposed to the plan" rejects it)
  { lemma: "oppose", code: "120", after: ["to"], stative: true }, { lemma: "commit", code: "030", after: ["to"], stative: true },
  { lemma: "drive", code: "190", after: ["out"] }, { lemma: "oust", code: "190" }, { lemma: "expel", code: "166" },
  { lemma: "lift", code: "085", post: [[null, ["sanctions"]], [null, ["embargo"]]] as El[] },
  { lemma: "ease", code: "085", post: [[null, ["sanctions"]], [null, ["embargo"]]] as El[] },
  { lemma: "roll", code: "080", after: ["back"] }, { lemma: "curb", code: "080", post: [[null, ["programme"]], [null, ["program"]]] as El[] },
  { lemma: "block", code: "144", post: [[null, ["road"]], [null, ["roads"]], [null, ["highway"]], [null, ["street"]], [null, ["streets"]], [null, ["traffic"]], [null, ["access"]], [null, ["entrance"]], [null, ["bridge"]], [null, ["port"]], [null, ["railway"]], [null, ["transport"]], [null, ["border", "crossing"]]] as El[] },
  { lemma: "barricade", code: "144" }, { lemma: "march", code: "141", override: true }, { lemma: "picket", code: "141" },
  { lemma: "target", code: "190" }, { lemma: "hit", code: "190" }, { lemma: "strike", code: "190" },
  // holding or exercising an office names a role, not an interaction ("a government led by", "the court ruled",
  // "rebels control the town"); PETRARCH's synonym block files the bare verbs as material cooperation (their
  // patterns stay: "ordered troops")
  ...["govern", "rule", "lead", "head", "manage", "administer", "oversee", "steer", "supervise", "supervize", "regulate",
    "dictate", "prescribe", "handle", "direct", "control", "command", "enjoin"].map((lemma) => ({ lemma, code: null, override: true })),
  // leaving or departing is movement away, not a visit ("left the organisation"); leaving for a place is a trip
  ...["leave", "depart", "embark", "egress", "retire"].map((lemma) => ({ lemma, code: null, override: true })),
  ...["leave", "depart"].map((lemma) => ({ lemma, code: "042", after: ["for"] })),
  // calling a bluff challenges a claim, calling a place home lives there: no appeal to anyone
  { lemma: "call", code: null, post: objects(["bluff", "home"]) },
  // catching up with someone meets them; showing a quality or a commitment demonstrates nothing against anyone
  { lemma: "catch", code: null, after: ["up"] },
  { lemma: "demonstrate", code: null, post: objects(["commitment", "support", "resolve", "ability", "willingness", "determination",
    "strength", "capability", "capabilities", "capacity", "leadership", "power", "unity", "progress", "interest", "readiness"]) },
  // going on (to say, fighting) continues; it goes nowhere
  { lemma: "go", code: null, after: ["on"] },
  // founding or enacting something creates it; no one is acted on ("the organisation founded by X")
  ...["found", "establish", "re-establish", "institute", "constitute", "enact"].map((lemma) => ({ lemma, code: null, override: true })),
  // an official's resignation is PLOVER RETREAT "resign"; PETRARCH's patterns read "resigned from the party" as cut ties
  { lemma: "resign", code: "0831", detach: true },
  // voting in an election or on a bill is no act on another party (the patterns keep "voted against X")
  { lemma: "vote", code: null, override: true },
  // assisting or aiding someone is aid (PLOVER AID), not cooperation; benefiting or serving is neither
  { lemma: "assist", code: "070", override: true }, { lemma: "aid", code: "070", override: true },
  { lemma: "benefit", code: null, override: true }, { lemma: "serve", code: null, override: true },
  // complying with a demand yields to it (PLOVER CONCEDE)
  { lemma: "comply", code: "080", override: true },
  // saving people is rescue (PLOVER AID); inviting someone expresses the intent to meet (CAMEO 036, PLOVER AGREE)
  { lemma: "save", code: "073", override: true }, { lemma: "invite", code: "036", override: true },
  // idioms of "take" that seize nothing: an event "takes place", people "take part", the wounded are "taken to
  // hospital" (PETRARCH's bare "take" is an arrest)
  { lemma: "take", code: null, after: ["place"] }, { lemma: "take", code: null, after: ["part"] },
  { lemma: "take", code: null, post: [[["to"], ["hospital"]], [["to"], ["hospitals"]], [["to"], ["clinic"]], [["to"], ["morgue"]], [["to"], ["safety"]]] as El[] },
  // joining an organisation, an army or a party is membership, not a meeting (the patterns keep "joined the talks",
  // "joined the coalition"; a protest or an attack joined is coded from its noun)
  { lemma: "join", code: null, override: true },
  // releasing a document, a video or figures publishes them; only people or goods held are released (CAMEO 084)
  ...["release", "publish", "unveil"].map((lemma) => ({ lemma, code: null, post: objects(["statement", "statements", "report",
    "reports", "video", "videos", "footage", "images", "photos", "pictures", "photographs", "document", "documents", "proof",
    "evidence", "details", "figures", "data", "results", "list", "names", "information", "album", "film", "book", "recording",
    "recordings", "tape", "tapes", "transcript", "transcripts", "findings", "version", "update", "software", "study", "survey",
    "poll", "plan", "plans", "guidelines", "memo", "letter", "audio", "song", "trailer", "papers"]) })),
  // residing somewhere occupies nothing (PETRARCH files "reside" with invading)
  { lemma: "reside", code: null, override: true },
  // abusing one's power or office is misconduct, not violence against someone
  { lemma: "abuse", code: null, post: objects(["power", "powers", "authority", "position", "office", "trust", "privileges", "discretion"]) },
  // planting a bomb is a bombing (the explosive as object, or as the subject of the passive)
  ...[{ post: objects(["bomb", "bombs", "explosives", "explosive", "device", "devices", "mine", "mines", "charge", "charges", "dynamite"]) },
    { pre: objects(["bomb", "bombs", "explosives", "explosive", "device", "devices", "mine", "mines", "charge", "charges", "dynamite"]) }].map((p) => ({ lemma: "plant", code: "183", ...p })),
  // facing something is having to deal with it ("the threat Israel faces", "faces charges"); PETRARCH files the bare
  // verb with meeting people (an attack or sanctions faced are coded from their nouns, with the subject as target)
  { lemma: "face", code: null, override: true },
  // "take" in everyday phrases seizes nothing: time or leave taken, steps or action, shelter or refuge, office, a
  // look, a photo (PETRARCH's bare "take" is a seizure)
  { lemma: "take", code: null, post: objects(["time", "days", "weeks", "months", "years", "hours", "minutes", "vacation", "vacations",
    "holiday", "holidays", "leave", "break", "breaks", "rest", "steps", "step", "action", "actions", "measures", "care", "notice",
    "advantage", "shelter", "refuge", "cover", "look", "stand", "lead", "chance", "chances", "risk", "risks", "note", "notes", "pride",
    "seat", "seats", "turn", "turns", "questions", "office", "oath", "stage", "photo", "photos", "picture", "pictures", "photographs",
    "walk", "trip", "flight", "train", "bus", "course", "courses", "exam", "test", "medicine", "pills", "drugs", "interest", "shape",
    "form", "effect", "root", "hold", "place", "part", "aim", "issue", "offence", "offense", "comfort", "heart", "credit"]) },
  // charging a fee or a price asks for money; only a charge with an offence accuses (PETRARCH's "charge" blames)
  { lemma: "charge", code: null, post: objects(["fee", "fees", "price", "prices", "rate", "rates", "interest", "tax", "taxes", "money",
    "rent", "premium", "premiums", "commission", "commissions", "toll", "tolls", "tariff", "tariffs", "customers", "admission", "$", "dollars"]) },
  // attending to something is dealing with it, not attending a meeting
  { lemma: "attend", code: null, after: ["to"] },
  // sharing know-how or intelligence is cooperation (CAMEO 064)
  { lemma: "share", code: "064", post: objects(["expertise", "intelligence", "information", "data", "technology", "know-how", "experience", "knowledge", "findings"]) },
  // verbs PETRARCH leaves uncoded (or files under an unrelated synonym), by their CAMEO meaning
  { lemma: "accept", code: "080", post: [[null, ["demands"]], [null, ["demand"]], [null, ["conditions"]], [null, ["terms"]], [null, ["resignation"]]] as El[] },
  { lemma: "accept", code: "030" }, { lemma: "embrace", code: "051" }, { lemma: "endorse", code: "051", override: true },
  { lemma: "mediate", code: "045", override: true }, { lemma: "broker", code: "045" },
  // (delivering is aid only when what is delivered is: "delivered a speech" is not)
  { lemma: "deliver", code: null }, ...["deliver", "send", "ship", "provide", "donate"].map((lemma) => ({ lemma, code: "070", post: objects(["aid", "assistance", "supplies", "goods", "donations", "funds", "equipment", "shipment", "shipments", "consignment", "cargo"]) })), { lemma: "hand", code: "070", after: ["over"] }, { lemma: "airlift", code: "070" },
  { lemma: "disarm", code: "0873", override: true }, { lemma: "demobilize", code: "0873" }, { lemma: "demobilise", code: "0873" },
  { lemma: "evacuate", code: "0874", post: [[null, ["settlements"]], [null, ["troops"]], [null, ["forces"]], [null, ["bases"]], [null, ["positions"]]] as El[] },
  { lemma: "reinforce", code: "154", override: true }, { lemma: "surrender", code: "0874", override: true }, { lemma: "capitulate", code: "0874" },
  { lemma: "strengthen", code: "154", post: [[null, ["forces"]], [null, ["troops"]], [null, ["presence"]], [null, ["defences"]], [null, ["defenses"]]] as El[] },
  { lemma: "upgrade", code: "050", post: [[null, ["ties"]], [null, ["relations"]]] as El[] },
  { lemma: "restore", code: "050", post: [[null, ["ties"]], [null, ["relations"]]] as El[] },
  { lemma: "reduce", code: "162", post: [[null, ["aid"]], [null, ["supplies"]], [null, ["assistance"]], [null, ["funding"]]] as El[] },
  { lemma: "cut", code: "162", post: [[null, ["aid"]], [null, ["supplies"]], [null, ["assistance"]], [null, ["funding"]]] as El[] },
  { lemma: "cut", code: "161", post: [[null, ["ties"]], [null, ["relations"]]] as El[] },
  { lemma: "end", code: "164", post: [[null, ["talks"]], [null, ["negotiations"]], [null, ["mediation"]], [null, ["dialogue"]]] as El[] },
  { lemma: "end", code: "162", post: [[null, ["aid"]], [null, ["assistance"]], [null, ["cooperation"]]] as El[] },
  { lemma: "stop", code: "143", post: [[null, ["work"]]] as El[] }, { lemma: "down", code: "143", after: ["tools"] },
  { lemma: "sue", code: "115", override: true },
  // filed with blaming by PETRARCH, whose blame patterns then misfire on them: their own entry only
  { lemma: "postpone", code: null, detach: true }, { lemma: "prevent", code: "170", detach: true }, { lemma: "delay", code: null, detach: true },
  { lemma: "ease", code: "081", post: [[null, ["curfew"]], [null, ["restrictions"]], [null, ["measures"]], [null, ["emergency"]], [null, ["ban"]]] as El[] },
  { lemma: "lift", code: "081", post: [[null, ["curfew"]], [null, ["restrictions"]], [null, ["ban"]], [null, ["emergency"]], [null, ["martial", "law"]]] as El[] },
  { lemma: "shorten", code: "081", post: [[null, ["curfew"]]] as El[] },
  // senses PETRARCH's synonym blocks miss or misfile (read against the PLOVER manual's category definitions)
  // suing is an accusation (PLOVER ACCUSE "sue or bring to court"); PETRARCH's "sue for" is an arrest
  { lemma: "sue", code: "115", detach: true },
  // calling off or suspending a strike or protest eases dissent (PLOVER CONCEDE "suspending protests")
  ...["call", "suspend", "end"].map((lemma) => ({ lemma, code: "082", ...(lemma === "call" ? { after: ["off"] } : {}), post: objects(DISSENT) })),
  // summoning an ambassador presents a grievance (PLOVER ACCUSE, not CONSULT)
  { lemma: "summon", code: "114", post: objects(["ambassador", "envoy", "charge", "chargé", "diplomat", "diplomats", "ambassadors"]) },
  // dismissing an appeal or an offer rejects it
  { lemma: "dismiss", code: "120", post: objects(["appeal", "appeals", "call", "calls", "demand", "demands", "offer", "offers", "request", "plea", "plan", "ultimatum", "overture", "overtures"]) },
  { lemma: "rebuff", code: "120" }, { lemma: "spurn", code: "120" }, { lemma: "renege", code: "120", override: true }, { lemma: "backtrack", code: "120" },
  // violating a ban, law or order defies it; violating a ceasefire is fighting
  { lemma: "violate", code: "196", post: objects(["ceasefire", "truce", "cease-fire", "armistice"]) },
  { lemma: "violate", code: "128", post: objects(["ban", "law", "laws", "order", "orders", "curfew", "constitution", "rules", "resolution", "resolutions", "embargo", "sanctions", "sovereignty", "agreement", "accord", "treaty", "norms"]) },
  { lemma: "breach", code: "196", post: objects(["ceasefire", "truce", "cease-fire", "armistice"]) },
  // training fighters builds up a force (PETRARCH's block default for "train" is an intent to cooperate)
  { lemma: "train", code: null, override: true },
  // making a quarrel worse is commentary on relations, not an act PLOVER codes ("deepening a row with Paris")
  ...["escalate", "deepen", "worsen", "heighten", "fuel", "stoke", "inflame", "sour", "aggravate"].map((lemma) => ({ lemma, code: null, post: objects(["dispute", "disputes", "row", "tension", "tensions", "crisis", "standoff", "stand-off", "feud", "rift", "spat", "quarrel", "divisions"]) })),
  { lemma: "train", code: "154", post: objects(["hackers", "recruits", "militants", "fighters", "volunteers", "snipers", "commandos", "militia", "militiamen", "insurgents", "bombers"]) },
  // capturing a place occupies it (PETRARCH's synonyms lend "capture" the idiom "take part")
  // (capturing people is detaining them; capturing a place occupies it)
  { lemma: "capture", code: "173", detach: true },
  // seizing people is abduction (seizing goods stays confiscation, 171)
  ...["seize", "snatch", "grab"].map((lemma) => ({ lemma, code: "181", post: objects(["workers", "hostages", "hostage", "civilians", "people", "passengers", "journalists", "journalist", "tourists", "students", "girls", "boys", "children", "villagers", "farmers", "engineers", "missionaries", "nationals", "foreigners", "crew", "crew members", "sailors", "fishermen", "pilgrims", "soldiers", "officers", "policemen", "employees", "staff"]) })),
  ...["capture", "seize", "take"].map((lemma) => ({ lemma, code: "192", post: objects(["town", "towns", "city", "village", "villages", "territory", "base", "bases", "area", "region", "positions", "position", "hill", "airport", "stronghold", "strongholds", "province", "district", "port", "bridge", "outpost", "garrison", "capital", "headquarters", "oilfield", "oil field", "checkpoint", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "island", "islands", "coast", "coastline", "crossing", "border crossing", "enclave", "neighbourhood", "neighborhood", "suburb", "suburbs", "mine", "mines", "refinery"]) })), { lemma: "retake", code: "192" }, { lemma: "recapture", code: "192" }, { lemma: "overrun", code: "192" },
  // pressing someone to act is a demand, forcing them coercion
  { lemma: "pressure", code: "100", override: true }, { lemma: "pressurise", code: "100" }, { lemma: "pressurize", code: "100" },
  // extending or imposing a curfew, an emergency, restrictions
  { lemma: "extend", code: "1723", post: objects(["curfew"]) },
  { lemma: "extend", code: "1724", post: [[null, ["emergency"]], [null, ["martial", "law"]], [null, ["state", "of", "siege"]]] as El[] },
  { lemma: "extend", code: "172", post: objects(["restrictions", "ban", "lockdown"]) },
  { lemma: "blockade", code: "191", override: true },
  // withdrawing inspectors, diplomats or monitors reduces relations (PLOVER SANCTION), unlike a military retreat
  { lemma: "withdraw", code: "166", post: objects(["inspectors", "monitors", "observers", "diplomats", "ambassador", "envoy", "staff", "personnel", "workers", "experts", "embassy", "mission"]) },
  { lemma: "recall", code: "161", post: objects(["ambassador", "envoy", "diplomats", "ambassadors"]) },
  // opening a border or crossing lets people and goods through (PLOVER RETREAT "access")
  ...["open", "reopen"].map((lemma) => ({ lemma, code: "086", post: objects(["border", "borders", "crossing", "crossings", "frontier", "corridor", "corridors", "airspace", "bridge", "port", "ports", "checkpoint", "checkpoints"]) })),
  // letting inspectors, observers or aid in
  ...["receive", "accept", "admit", "allow", "welcome"].map((lemma) => ({ lemma, code: "0862", post: objects(["inspectors", "observers", "monitors", "investigators", "inspection", "inspections"]) })),
  ...["receive", "accept", "allow", "welcome"].map((lemma) => ({ lemma, code: "0861", post: objects(["peacekeepers", "peacekeeping"]) })),
  ...["allow", "permit", "grant", "open"].map((lemma) => ({ lemma, code: "0863", post: [[null, ["humanitarian", "access"]], [null, ["access"]], [null, ["aid"]], [null, ["delivery"]], [null, ["deliveries"]], [null, ["relief"]], [null, ["convoys"]], [null, ["humanitarian", "corridor"]]] as El[] })),
  // sending arms is military aid, relief humanitarian aid, inspectors an investigation (PLOVER AID, ACCUSE)
  ...["send", "ship", "supply", "deliver", "provide", "sell", "give"].map((lemma) => ({ lemma, code: "072", post: [[null, ["&WEAPON"]], [null, ["arms"]], [null, ["ammunition"]], [null, ["military", "aid"]], [null, ["military", "equipment"]], [null, ["military", "assistance"]]] as El[] })),
  ...["send", "ship", "deliver", "provide", "give", "airlift", "fly", "truck", "distribute"].map((lemma) => ({ lemma, code: "073", post: objects(["food", "medicine", "medicines", "relief", "humanitarian", "tents", "blankets", "grain", "flour", "rice", "water", "vaccines"]) })),
  ...["send", "dispatch", "despatch"].map((lemma) => ({ lemma, code: "090", post: [[null, ["inspectors"]], [null, ["investigators"]], [null, ["fact", "-", "finding"]], [null, ["investigation", "team"]], [null, ["forensic"]], [null, ["inquiry"]]] as El[] })),
  ...["send", "dispatch", "despatch", "deploy"].map((lemma) => ({ lemma, code: "074", post: [[null, ["&PKO"]], [null, ["peace", "force"]], [null, ["stabilisation", "force"]], [null, ["stabilization", "force"]]] as El[] })),
  // peacekeepers arriving are protection given (PLOVER AID "peacekeeping"); troops arriving a build-up
  ...["arrive", "land", "reach"].map((lemma) => ({ lemma, code: "074", pre: [[null, ["&PKO"]]] as El[] })),
  // hosting talks between others mediates them; hosting a summit or a visitor is hosting (PLOVER CONSULT)
  { lemma: "host", code: "045", post: objects(["talks", "negotiations", "peace talks", "mediation"]) },
  { lemma: "host", code: "043", post: objects(["summit", "meeting", "conference", "visit"]) },
  // welcoming a decision praises it; welcoming a visitor hosts them (a tie goes to the first: "the minister's statement")
  { lemma: "welcome", code: "051", post: objects(["statement", "statements", "decision", "announcement", "move", "agreement", "deal", "proposal", "plan", "step", "steps", "report", "initiative", "resolution", "release", "ceasefire", "truce", "election", "elections", "news", "efforts", "outcome", "verdict", "ruling", "offer", "call", "remarks", "commitment", "progress"]) },
  { lemma: "welcome", code: "043", post: objects(["president", "prime", "minister", "leader", "delegation", "envoy", "counterpart", "king", "queen", "emir", "chancellor", "premier", "visitor", "visitors", "delegates", "pope", "secretary", "ambassador", "head", "crown", "sultan", "sheikh", "delegations"]) },
  // a warm welcome to a visitor is hosting (PLOVER CONSULT)
  ...["give", "extend", "accord", "offer"].map((lemma) => ({ lemma, code: "043", post: objects(["welcome", "reception"]) })),
  // "issued a warning / an appeal": the noun says the act (issue is a light verb below)
  { lemma: "issue", code: null, override: true },
  // destroying an armed enemy is fighting it ("vowed to eliminate the militants"); PETRARCH leaves these uncoded
  ...["eliminate", "annihilate", "exterminate", "crush", "wipe", "liquidate", "neutralize", "neutralise", "destroy", "defeat", "rout"].map((lemma) => ({ lemma, code: "190", ...(lemma === "wipe" ? { after: ["out"] } : {}), post: [[null, ["&MILITARY"]], ...objects(["forces", "militants", "terrorists", "fighters", "rebels", "insurgents", "militias", "militia", "enemy", "enemies", "occupiers", "invaders", "army", "troops", "jihadists", "gangs", "uprising", "insurgency", "rebellion"])] as El[] })),
  // calling for sanctions against someone rallies opposition against them (CAMEO 113, PLOVER ACCUSE)
  { lemma: "call", code: "113", after: ["for"], post: objects(["sanctions", "boycott", "boycotts", "embargo", "isolation", "punishment", "prosecution", "expulsion", "suspension"]) },
  // mobilising lobbies or opinion rallies support (not troops)
  ...["mobilize", "mobilise"].map((lemma) => ({ lemma, code: "053", post: [[null, ["pressure", "groups"]], [null, ["lobby"]], [null, ["lobbyists"]], [null, ["public", "opinion"]], [null, ["opinion"]], [null, ["support"]], [null, ["diplomatic", "support"]]] as El[] })),
  // praise: the verbs' own sense, not a synonym block's (a named speaker suffices)
  ...["welcome", "praise", "hail", "commend", "applaud", "laud"].map((lemma) => ({ lemma, code: "051", override: true })),
  { lemma: "return", code: "0842", post: [[null, ["&WEAPON"]], [null, ["arms"]], [null, ["land"]], [null, ["territory"]]] as El[] },
  { lemma: "return", code: "0841", post: objects(["prisoners", "hostages", "detainees", "captives", "bodies", "remains"]) },
  // a protest lodged or a suit filed is a complaint, not a demonstration (PLOVER ACCUSE)
  ...["lodge", "file", "register", "submit"].map((lemma) => ({ lemma, code: "114", post: objects(["protest", "protests", "complaint", "complaints", "grievance", "objection"]) })),
  ...["lodge", "file", "bring"].map((lemma) => ({ lemma, code: "115", post: objects(["lawsuit", "suit", "case", "charges", "petition"]) })),
];

// ---- modality, numbers, victims ---------------------------------------------------------------------------------

const MODALITY = {
  negation: ["not", "n't", "never", "no", "without", "cannot"],
  // ("allegedly", "reportedly" hedge a report of what happened; they do not make it hypothetical)
  hypothetical: ["could", "might", "may", "would", "should", "can", "possibly", "perhaps"],
  future: ["will", "shall", "'ll"],
  conditional: ["if", "unless", "provided", "providing"],
  denial: ["deny", "reject", "dismiss", "refute", "rebuff"],
  obligation: ["must", "should", "ought", "need"],
  /** adverbs of degree: an -ing word after one is an adjective ("very encouraging") */
  degree: ["very", "so", "too", "most", "more", "less", "least", "quite", "extremely", "really", "highly", "deeply", "increasingly", "particularly", "equally", "rather", "pretty"],
  /** verbs whose gerund complement did not happen ("avoided criticising X", "refrained from condemning") */
  avoidance: ["avoid", "refrain", "abstain", "desist", "eschew", "forgo", "forego"],
  /** premodifiers of an event noun that make it one that may yet happen ("any attack on Iran", "a possible strike") */
  prospective: ["any", "possible", "potential", "future", "proposed", "planned", "prospective", "hypothetical", "would-be", "eventual", "feared"],
  /** adverbs of frequency: an act done "often" or "usually" is a habit or a generic truth, no event ("bears
   * occasionally attack people", "militias regularly launch raids") */
  habitual: ["often", "usually", "occasionally", "sometimes", "regularly", "routinely", "frequently", "generally", "typically",
    "normally", "commonly", "habitually", "customarily", "rarely", "seldom", "always", "ordinarily", "invariably"],
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  both: 2, couple: 2, pair: 2,
};

/** Head nouns of victim phrases → kind of victim (civilian, military, police, militant, ...). */
const VICTIMS: Record<string, string> = {
  civilian: "civilians", civilians: "civilians", contractor: "civilians", contractors: "civilians", people: "civilians", person: "civilians",
  resident: "civilians", residents: "civilians", villager: "civilians", villagers: "civilians", child: "civilians", children: "civilians",
  woman: "civilians", women: "civilians", man: "civilians", men: "civilians", worker: "civilians", workers: "civilians", farmer: "civilians",
  farmers: "civilians", student: "civilians", students: "civilians", journalist: "journalists", journalists: "journalists",
  peasant: "civilians", peasants: "civilians", passenger: "civilians", passengers: "civilians", pedestrians: "civilians",
  protester: "protesters", protesters: "protesters", demonstrators: "protesters", demonstrator: "protesters", protestors: "protesters",
  soldier: "soldiers", soldiers: "soldiers", troops: "soldiers", servicemen: "soldiers", serviceman: "soldiers", marine: "soldiers", marines: "soldiers",
  officer: "soldiers", officers: "soldiers", member: "soldiers", personnel: "soldiers",
  policeman: "police", policemen: "police", police: "police", officers_police: "police", guard: "police", guards: "police",
  militant: "militants", militants: "militants", fighter: "militants", fighters: "militants", rebel: "militants", rebels: "militants",
  insurgent: "militants", insurgents: "militants", guerrilla: "militants", guerrillas: "militants", terrorist: "militants", terrorists: "militants",
  militiaman: "militants", militiamen: "militants", jihadist: "militants", jihadists: "militants", commander: "militants",
  official: "officials", officials: "officials", diplomat: "officials", diplomats: "officials", leader: "officials", mayor: "officials", judge: "officials",
};

/** Nouns naming people or groups: an argument with one of these heads is an actor even without an entity. */
const ACTOR_NOUNS = [
  ...Object.keys(VICTIMS), "government", "governments", "forces", "force", "army", "military", "militia", "militias", "group", "groups",
  "administration", "ministry", "authorities", "regime", "police", "president", "minister", "spokesman", "spokeswoman", "party", "parties",
  "opposition", "coalition", "alliance", "navy", "signatories", "powers", "state", "states", "country", "countries", "nation", "nations",
  "movement", "organisation", "organization", "council", "parliament", "court", "embassy", "mission", "delegation", "side", "sides", "politicians",
  "partners", "allies", "rivals", "unit", "units", "squad", "battalion", "brigade", "brigades", "gang", "gangs", "cartel", "mob", "crowd",
  "union", "unions", "company", "firm", "bank", "agency", "agencies", "commission", "envoy", "envoys", "prime", "king", "prince", "general", "generals", "commanders", "commander",
  "prisoner", "prisoners", "inmate", "inmates", "captive", "captives", "hostage", "hostages", "counterpart", "counterparts",
  // people named by what they do or undergo, which the agent dictionary lacks
  ...["seeker", "sailor", "survivor", "patient", "hacker", "member", "critic", "supporter", "fan", "expert", "researcher", "volunteer",
    "rescuer", "smuggler", "trafficker", "defector", "blogger", "owner", "driver", "pilot", "fisherman", "aide", "lawmaker",
    "legislator", "senator", "activist", "lawyer", "attorney", "prosecutor", "doctor", "nurse", "teacher", "migrant", "refugee",
    "pilgrim", "worshipper", "suspect", "victim", "witness", "citizen", "voter", "employee", "investigator", "inspector",
    "negotiator", "mediator", "monitor", "observer", "representative", "delegate", "candidate", "spokesperson", "attacker",
    "assailant", "kidnapper", "abductor", "looter", "rioter", "bandit", "pirate", "sniper", "raider", "intruder", "perpetrator",
    "shooter", "bomber"].flatMap((w) => [w, w === "fisherman" ? "fishermen" : w === "witness" ? "witnesses" : w + "s"]),
  "public", "population", "populace", "electorate",
  "crew", "crews", "staff",
  // a crowd counted ("Thousands rallied")
  "thousands", "hundreds", "dozens", "scores", "millions",
  "bases", "base", "interests", "facilities", "positions", "targets", "convoy", "patrol", "checkpoint", "headquarters", "camp", "camps",
];

/** Things an attack can hit, as a target: buildings, vehicles, infrastructure (never a source, never casualties). */
const PROPERTY_NOUNS = [
  "building", "office", "vehicle", "car", "bus", "truck", "jeep", "house", "home", "residence", "store", "shop", "bank", "school",
  "church", "mosque", "temple", "synagogue", "hospital", "clinic", "bridge", "tower", "pylon", "pole", "pipeline", "plant", "station",
  "substation", "facility", "embassy", "consulate", "hotel", "restaurant", "market", "airport", "port", "railway", "train", "plane",
  "airliner", "ship", "boat", "tanker", "warehouse", "factory", "farm", "barracks", "prison", "jail", "courthouse", "hall", "university",
  "college", "library", "newspaper", "stadium", "refinery", "dam", "mine", "well", "oilfield", "field", "crop", "village", "neighborhood",
  "neighbourhood", "line", "network", "grid", "system", "installation", "property", "premises", "compound", "outpost", "garrison",
]
  .flatMap((w) => [w, plural([w])[0]!])
  .concat(["premises", "facilities", "property"]);

export function build(sharedDir: string): unknown {
  const { synsets, verbs, patterns } = parsePetrarchVerbs(readFileSync(join(sharedDir, "data/petrarch/CAMEO.2.0.txt"), "utf8"));
  // the PLOVER manual counts easing a curfew or an emergency as a concession (CONCEDE), where the CAMEO→PLOVER
  // table files CAMEO's 0813/0814 under RETREAT: code them as easing administrative sanctions (081)
  const concession = (c: string | null) => (c === "0813" || c === "0814" ? "081" : c);
  for (const v of verbs) v.code = concession(v.code);
  for (const list of Object.values(patterns)) for (const p of list) p.code = concession(p.code);
  for (const { block, match, code } of REFILED_PATTERNS) {
    const list = patterns[block] ?? [];
    patterns[block] = list.flatMap((p) => (p.code === match.code && (!match.post || JSON.stringify(p.post).includes(match.post)) ? (code === undefined ? [] : [{ ...p, code }]) : [p]));
  }
  // sitrep's additions go in their own block per entry so their patterns do not leak onto PETRARCH's synonyms
  EXTRA_VERBS.forEach((v, i) => {
    if (v.override) for (const e of verbs) if (e.lemma === v.lemma && !e.before && !e.after) { e.code = v.code; e.own = true; }
    if (v.detach) verbs.splice(0, verbs.length, ...verbs.filter((e) => e.lemma !== v.lemma || e.before || e.after));
    const block = `SITREP_${i}_${v.lemma.toUpperCase()}`;
    verbs.push({ lemma: v.lemma, block, code: v.post || v.pre ? null : v.code, own: true, ...(v.after ? { after: v.after } : {}), ...(v.stative ? { stative: true } : {}) });
    patterns[block] = v.post ? v.post.map((el) => ({ pre: [], post: [el], code: v.code })) : v.pre ? v.pre.map((el) => ({ pre: [el], post: [], code: v.code })) : [];
  });
  const nominals: Array<{ keys: string[]; code: string; mode?: string; weapon?: string; needsArgument?: boolean }> = [];
  for (const [phrase, code, mode, weapon] of NOMINALS) {
    const keys = keysOf(phrase);
    const forms = phrase.endsWith("s") || /ing$|fire$|fighting$/.test(phrase) ? [keys] : [keys, plural(keys)];
    for (const k of forms) {
      const e: (typeof nominals)[number] = { keys: k, code };
      if (mode) e.mode = mode;
      if (weapon) e.weapon = weapon;
      if (NEEDS_ARGUMENT.includes(phrase)) e.needsArgument = true;
      nominals.push(e);
    }
  }
  return {
    attribution:
      "Verbs, verb patterns and synsets converted from PETRARCH's CAMEO verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2, " +
      "MIT licence, (c) 2015 Open Event Data Alliance; derived from the TABARI/CAMEO dictionaries by Philip Schrodt et al.). " +
      "Nominal triggers, light and control verbs, weapon cues, modality cues, reporting verbs, victims and number words: sitrep (MIT).",
    version: 1,
    synsets,
    verbs,
    patterns,
    nominals,
    lightVerbs: LIGHT_VERBS,
    preventVerbs: PREVENT_VERBS,
    controlVerbs: CONTROL_VERBS,
    reportingVerbs: REPORTING_VERBS,
    senseConstraints: SENSE_CONSTRAINTS,
    disapproval: DISAPPROVAL,
    weapons: WEAPONS.map(([p, mode, weapon]) => ({ keys: keysOf(p), mode, ...(weapon ? { weapon } : {}) })),
    modality: MODALITY,
    numbers: NUMBER_WORDS,
    victims: VICTIMS,
    actorNouns: [...new Set(ACTOR_NOUNS)],
    propertyNouns: [...new Set(PROPERTY_NOUNS)],
  };
}
