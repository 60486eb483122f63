// Builds data/ontology.json: CAMEO codes (name, Goldstein score, QuadClass), the CAMEO→PLOVER type and mode
// table, PLOVER's types with their modes (parsed from the manual), and ACLED's event and sub-event types with the
// rules that derive them from PLOVER type + mode + target kind.
//   npx tsx scripts/build-knowledge.ts ontology
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

// QuadClass by CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
const quadOfRoot = (root: number): number => (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);

// PLOVER drops CAMEO 01 (statements) and 02 (appeals); appeals are requests in the current manual's sense.
const ROOT_FALLBACK: Record<string, { type: string; mode: string | null }> = {
  "01": { type: "OTHER", mode: null },
  "02": { type: "REQUEST", mode: null },
};

// Where the 2021 table disagrees with the manual's text, the manual wins; where the table still uses the old
// mode names, the current ones are used (the manual's mode tables are the reference).
const OVERRIDES: Record<string, { type: string; mode: string | null; why: string }> = {
  "163": { type: "SANCTION", mode: "discontinue", why: "manual, SANCTION: international sanctions are coded as 'discontinue'" },
  "1712": { type: "ASSAULT", mode: "destroy", why: "manual, ASSAULT: destroy is the intentional destruction of property" },
  "171": { type: "COERCE", mode: "seize", why: "table mode kept" },
  "181": { type: "ASSAULT", mode: "abduct", why: "" },
  "184": { type: "ASSAULT", mode: "abduct", why: "human shields are captives" },
  "185": { type: "ASSAULT", mode: "targeted", why: "manual: targeted includes attempted assassinations" },
  "186": { type: "ASSAULT", mode: "targeted", why: "manual: targeted includes assassinations" },
  "1823": { type: "ASSAULT", mode: "beat", why: "killing by physical assault" },
  "183": { type: "ASSAULT", mode: "explosives", why: "non-military bombing" },
  "1831": { type: "ASSAULT", mode: "suicide-attack", why: "" },
  "195": { type: "ASSAULT", mode: "aerial", why: "manual: aerial = manned aircraft; drones get 'drone' from weapon cues" },
  "200": { type: "ASSAULT", mode: "targeted", why: "manual: targeted covers deliberate mass killings" },
  "202": { type: "ASSAULT", mode: "targeted", why: "manual: targeted covers deliberate mass killings" },
  "203": { type: "COERCE", mode: "deport", why: "ethnic cleansing is mass expulsion" },
  "201": { type: "COERCE", mode: "deport", why: "mass expulsion" },
  "204": { type: "ASSAULT", mode: "unconventional", why: "" },
  "2041": { type: "ASSAULT", mode: "unconventional", why: "" },
  "2042": { type: "ASSAULT", mode: "unconventional", why: "" },
  "175": { type: "ASSAULT", mode: null, why: "violent repression" },
  "1721": { type: "COERCE", mode: "censor", why: "manual: censor" },
  "1722": { type: "COERCE", mode: "restrict", why: "manual: banning individuals or organizations is restrict" },
  "1724": { type: "COERCE", mode: "martial-law", why: "" },
  "0841": { type: "RETREAT", mode: "release", why: "" },
  "0831": { type: "RETREAT", mode: "resign", why: "manual, RETREAT: 'also covers resignations of government officials'; CAMEO files a resignation as acceding to a change in leadership" },
  "0842": { type: "RETREAT", mode: "release", why: "'return' is no longer a mode" },
  "0871": { type: "RETREAT", mode: "ceasefire", why: "" },
  "0872": { type: "RETREAT", mode: "withdraw", why: "" },
  "0874": { type: "RETREAT", mode: "withdraw", why: "retreat militarily" },
  "161": { type: "SANCTION", mode: "withdraw", why: "" },
  "166": { type: "SANCTION", mode: "expel", why: "" },
  "116": { type: "SANCTION", mode: "convict", why: "manual: convictions are SANCTION convict" },
  "174": { type: "COERCE", mode: "deport", why: "" },
  "1323": { type: "THREATEN", mode: "restrict", why: "manual: curfews are restrict" },
  "1324": { type: "THREATEN", mode: "restrict", why: "" },
  "1322": { type: "THREATEN", mode: "restrict", why: "" },
  "1321": { type: "THREATEN", mode: "restrict", why: "" },
};

// ACLED event types and sub-event types (ACLED Codebook names).
const ACLED_TYPES: Record<string, string[]> = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

// First matching rule wins. Fields: PLOVER type; modes (any of); cameo prefixes (any of); weapon cue; target
// kind ("civilian" | "armed" | "protester"); source kind ("state" | "nonstate").
/** Weapon modes whose weapons a seizure or a defusal takes out of use. */
const WEAPON_CUES = ["explosives", "heavy-weapons", "firearms", "aerial", "drone", "unconventional", "suicide-attack", "arms"];

const ACLED_RULES: Array<Record<string, unknown>> = [
  { type: "ASSAULT", weapons: ["grenade"], acled: ["Explosions/Remote violence", "Grenade"] },
  { type: "ASSAULT", modes: ["unconventional"], acled: ["Explosions/Remote violence", "Chemical weapon"] },
  { type: "ASSAULT", modes: ["aerial", "drone"], acled: ["Explosions/Remote violence", "Air/drone strike"] },
  { type: "ASSAULT", modes: ["suicide-attack"], acled: ["Explosions/Remote violence", "Suicide bomb"] },
  { type: "ASSAULT", modes: ["heavy-weapons"], acled: ["Explosions/Remote violence", "Shelling/artillery/missile attack"] },
  { type: "ASSAULT", modes: ["explosives"], acled: ["Explosions/Remote violence", "Remote explosive/landmine/IED"] },
  { type: "ASSAULT", modes: ["sexual"], acled: ["Violence against civilians", "Sexual violence"] },
  { type: "ASSAULT", modes: ["abduct"], acled: ["Violence against civilians", "Abduction/forced disappearance"] },
  // violence by demonstrators is a violent demonstration; by an unorganised crowd, mob violence (ACLED codebook)
  { type: "ASSAULT", sources: ["protesters"], acled: ["Riots", "Violent demonstration"] },
  { type: "ASSAULT", sources: ["crowd"], acled: ["Riots", "Mob violence"] },
  { type: "ASSAULT", modes: ["crowd-control"], targets: ["protester"], acled: ["Protests", "Protest with intervention"] },
  { type: "ASSAULT", targets: ["protester"], acled: ["Protests", "Excessive force against protesters"] },
  { type: "ASSAULT", modes: ["destroy"], acled: ["Strategic developments", "Looting/property destruction"] },
  { type: "ASSAULT", targets: ["civilian"], acled: ["Violence against civilians", "Attack"] },
  { type: "ASSAULT", acled: ["Battles", "Armed clash"] },
  { type: "COERCE", cameo: ["192"], sources: ["state"], acled: ["Battles", "Government regains territory"] },
  { type: "COERCE", cameo: ["192"], acled: ["Battles", "Non-state actor overtakes territory"] },
  { type: "COERCE", modes: ["arrest"], acled: ["Strategic developments", "Arrests"] },
  // seizing, finding or defusing weapons disrupts their use (ACLED: disrupted weapons use), unlike taking property
  { type: "COERCE", cameo: ["171"], cues: WEAPON_CUES, acled: ["Strategic developments", "Disrupted weapons use"] },
  { type: "COERCE", modes: ["seize"], acled: ["Strategic developments", "Looting/property destruction"] },
  // looting by demonstrators is part of a violent demonstration
  { type: "COERCE", cameo: ["171"], sources: ["protesters"], acled: ["Riots", "Violent demonstration"] },
  // confiscating or destroying property (CAMEO 1711, 1712) is looting/property destruction, as seizing is
  { type: "COERCE", cameo: ["171"], acled: ["Strategic developments", "Looting/property destruction"] },
  // other coercion ACLED records (curfews, bans, expulsions) goes under its catch-all
  { type: "COERCE", acled: ["Strategic developments", "Other"] },
  { type: "PROTEST", modes: ["riot"], acled: ["Riots", "Violent demonstration"] },
  { type: "PROTEST", acled: ["Protests", "Peaceful protest"] },
  { type: "AGREE", cameo: ["057"], acled: ["Strategic developments", "Agreement"] },
  { type: "SUPPORT", cameo: ["057"], acled: ["Strategic developments", "Agreement"] },
  { type: "RETREAT", modes: ["ceasefire"], acled: ["Strategic developments", "Agreement"] },
  { type: "RETREAT", modes: ["withdraw"], cameo: ["0872", "0874"], acled: ["Strategic developments", "Non-violent transfer of territory"] },
  { type: "RETREAT", modes: ["release"], acled: ["Strategic developments", "Agreement"] },
  // a force posture that sets up a base, a camp or a headquarters
  { type: "MOBILIZE", cues: ["base"], acled: ["Strategic developments", "Headquarters or base established"] },
  { type: "MOBILIZE", acled: ["Strategic developments", "Other"] },
];

/** The mode names of each PLOVER type, read from the manual's "X modes" tables. */
export function parseManualModes(tex: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const re = /\\caption\{(?:\\plcat\{)?([A-Z]+)\}? modes[^\n]*\n([\s\S]*?)\\end\{tabular\}/g;
  for (let m = re.exec(tex); m; m = re.exec(tex)) {
    const modes: string[] = [];
    for (const line of m[2]!.split("\n")) {
      const row = /^\s*([a-z][a-z-]*)\s*&/.exec(line);
      if (row && row[1] !== "name") modes.push(row[1]!);
    }
    out[m[1]!] = modes;
  }
  if (out.REQUEST && !out.REJECT) out.REJECT = out.REQUEST; // "These modes are shared with REJECT"
  return out;
}

export function build(sharedDir: string): unknown {
  const rows = parse(readFileSync(join(sharedDir, "data/cameo/cameo-codes.csv"), "latin1"), { columns: true }) as Array<Record<string, string>>;
  const goldstein = new Map<string, number>();
  for (const line of readFileSync(join(sharedDir, "data/cameo/CAMEO.goldsteinscale.txt"), "utf8").split("\n").slice(1)) {
    const [code, score] = line.trim().split(/\s+/);
    if (code && score !== undefined) goldstein.set(code, Number(score));
  }
  const table = new Map<string, { type: string; mode: string | null }>();
  for (const line of readFileSync(join(sharedDir, "data/plover/CAMEO2PLOVER-2021.txt"), "utf8").split("\n")) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?/.exec(line);
    if (!m || m[1]!.length === 2) continue;
    table.set(m[1]!, { type: m[2]!, mode: (m[3] ?? "").trim() || null });
  }
  const modes = parseManualModes(readFileSync(join(sharedDir, "data/plover/PLOVER_MANUAL.tex"), "utf8"));
  modes.ASSAULT ??= [];

  const cameo: Record<string, { name: string; goldstein: number | null; quadClass: number; type: string; mode: string | null }> = {};
  for (const r of rows) {
    const code = r.code!;
    const root = code.slice(0, 2);
    let map: { type: string; mode: string | null } | undefined = OVERRIDES[code] ?? table.get(code);
    // a code the table lacks takes its nearest listed ancestor's type (no mode)
    for (let k = code.length - 1; !map && k >= 3; k--) {
      const up = table.get(code.slice(0, k));
      if (up) map = { type: up.type, mode: null };
    }
    map ??= table.get(`${root}0`) ?? ROOT_FALLBACK[root] ?? { type: "OTHER", mode: null };
    const type = PLOVER_TYPES.includes(map.type) ? map.type : "OTHER";
    // keep only modes the current manual lists for the type
    const mode = map.mode && (modes[type] ?? []).includes(map.mode) ? map.mode : null;
    const gs = goldstein.get(code) ?? (r.goldstein && r.goldstein !== "NA" ? Number(r.goldstein) : null);
    cameo[code] = { name: r.name!.trim(), goldstein: gs, quadClass: quadOfRoot(Number(root)), type, mode };
  }

  return {
    attribution:
      "CAMEO codes, names and Goldstein scores: andybega/icews (MIT, (c) 2022 Andreas Beger) and GDELT's CAMEO Goldstein lookup (open). " +
      "CAMEO→PLOVER table and PLOVER manual v0.8 modes: openeventdata/PLOVER (CC BY-SA 4.0, Open Event Data Alliance). " +
      "ACLED event and sub-event type names: ACLED Codebook (Armed Conflict Location & Event Data Project); the PLOVER→ACLED rules are sitrep's own.",
    version: 1,
    cameo,
    ploverTypes: Object.fromEntries(
      PLOVER_TYPES.map((t) => [t, { modes: modes[t] ?? [], quadClass: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"].includes(t) ? 1 : ["COOPERATE", "AID", "RETREAT"].includes(t) ? 2 : ["REQUEST", "ACCUSE", "REJECT", "THREATEN"].includes(t) ? 3 : 4 }]),
    ),
    acledTypes: ACLED_TYPES,
    acledRules: ACLED_RULES,
  };
}
