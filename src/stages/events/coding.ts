// CAMEO code arithmetic for embedded events (PETRARCH's verb-verb combinations, written out): "vowed to attack"
// is a threat, "vowed not to roll back" a refusal, "will lift sanctions" an expressed intent, "insists X must
// lift sanctions" a demand; and the ontology fields every event carries (type, mode, Goldstein, QuadClass, ACLED).
import type { Knowledge } from "../../knowledge/index.ts";
import type { Actor, Event } from "../../schema.ts";
import { actorKind } from "./actors.ts";

const root = (code: string) => Number(code.slice(0, 2));

/** A threat of the act coded `code` (CAMEO 13x). */
export function threatOf(code: string): string {
  const r = root(code);
  if (code.startsWith("163") || r === 16) return "1312";
  if (code.startsWith("172")) return "132";
  if (r === 17) return "137";
  if (r === 14) return "133";
  if (r >= 15) return "138";
  return "130";
}

/** An expressed intent to do the cooperative act `code` (CAMEO 03x). */
export function intentOf(code: string): string {
  const r = root(code);
  if (code.startsWith("085")) return "0354";
  if (code.startsWith("081")) return "0351";
  if (code.startsWith("084")) return "0353";
  if (code.startsWith("087")) return "0356";
  if (code.startsWith("045")) return "039";
  if (r === 8) return "035";
  if (r === 7) return "033";
  if (r === 6) return "031";
  if (r === 5) return "032";
  if (r === 4) return "036";
  return "030";
}

/** A refusal to do the act `code` (CAMEO 12x). */
export function refusalOf(code: string): string {
  const r = root(code);
  if (code.startsWith("085")) return "1244";
  if (code.startsWith("084")) return "1243";
  if (r === 8) return "124";
  if (r === 4 || code.startsWith("036")) return "125";
  if (r === 7) return "122";
  if (r === 6) return "121";
  return "120";
}

/** A demand that the target do the act `code` (CAMEO 10x). */
export function demandOf(code: string | null): string {
  if (!code) return "100";
  const r = root(code);
  if (code.startsWith("085")) return "1054";
  if (code.startsWith("084")) return "1053";
  if (r === 8) return "105";
  if (r === 4) return "106";
  if (r === 7) return "103";
  if (r === 6) return "101";
  return "100";
}

export const isCooperative = (code: string) => root(code) >= 3 && root(code) <= 9;
export const isMaterialConflict = (code: string) => root(code) >= 15;

/** What kind of people an actor is, for ACLED's civilian/armed split. */
function targetKind(a: Actor | null, victims: string | null): string | null {
  if (victims === "protesters" || actorKind(a) === "protesters") return "protester";
  if (victims === "civilians" || victims === "journalists") return "civilian";
  if (!a?.sector) return null;
  if (a.sector === "CVL" || a.sector === "MED" || a.sector === "EDU" || a.sector === "REL" || a.sector === "LAB" || a.sector === "HLH" || a.sector === "REF" || a.sector === "NGO") return "civilian";
  if (["MIL", "REB", "COP", "SPY", "UAF", "CRM"].includes(a.sector)) return "armed";
  return null;
}

/** Fills type, mode, Goldstein, QuadClass and ACLED from the CAMEO code and the cues found. */
export function ontologyFields(
  kb: Knowledge,
  code: string,
  cue: { mode?: string | null; weapon?: string | null; arms?: boolean; base?: boolean },
  source: Actor | null,
  target: Actor | null,
  victims: string | null,
): Pick<Event, "type" | "mode" | "cameo" | "goldstein" | "quadClass" | "acled"> {
  const entry = kb.ontology.cameo(code);
  const type = kb.ontology.ploverType(code);
  let mode = entry?.mode ?? null;
  // a weapon named in the clause says how an assault was carried out ("in a drone strike")
  // (and a weapon heavier than small arms says how "fired" or "shot" was done: "fired mortar rounds at the camp")
  // (a chemical agent, a suicide bomber or a sexual assault named decides it whatever the verb: "sexually assaulted")
  if (type === "ASSAULT" && cue.mode && kb.ontology.isMode(type, cue.mode) && (!mode || mode === "targeted" || mode === "aerial" || mode === "heavy-weapons" || mode === "explosives" && cue.mode === "suicide-attack" || mode === "firearms" && kb.lexicon.heavyModes.has(cue.mode) || kb.lexicon.overridingModes.has(cue.mode))) mode = cue.mode;
  // a mode the cues settled that the code has none of ("cyber" for a coercion)
  if (!mode && cue.mode && type !== "ASSAULT" && kb.ontology.isMode(type, cue.mode)) mode = cue.mode;
  if (!kb.ontology.isMode(type, mode)) mode = null;
  const acled = kb.ontology.acled(type, mode, { cameo: code, weapon: cue.weapon ?? null, cueMode: cue.mode ?? (cue.arms ? "arms" : cue.base ? "base" : null), targetKind: targetKind(target, victims), sourceKind: actorKind(source) });
  return {
    type,
    mode,
    cameo: entry ? code : null,
    goldstein: entry?.goldstein ?? null,
    quadClass: entry?.quadClass ?? kb.ontology.quadClassOfType(type),
    acled,
  };
}
