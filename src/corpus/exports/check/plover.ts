// PLOVER JSON Lines rules, from the PLOVER manual (Open Event Data Alliance, draft 0.7, "JSON Data Fields"):
// one JSON object per line; required id, date (YYYY-MM-DD), source (a list of actor objects) and event (a list of
// event categories); optional recipient (actor objects), enddate, event_loc (a location object with GeoNames'
// field names), quad_code 1-4, event_scale. Other fields are the provider's own and are allowed.
import type { ExportRefs } from "../types.ts";
import { EARLIEST_YEAR, Findings, calendarDay, type CheckReport } from "./report.ts";

/** The manual's sector primary codes (ch. 3, "Sector Primary Code"). */
export const PLOVER_SECTORS = new Set(["GOV", "JUD", "LEG", "MIL", "COP", "OPP", "PTY", "REB", "PRM", "SPY", "UAF", "CVL", "ELI", "BUS", "EDU", "MED", "LAB", "AGR", "JRN", "REF", "REL", "SOC", "CRM"]);
/** Actor codes that are not countries (ch. 3, "Non-state actor codes"). */
export const PLOVER_NONSTATE = new Set(["IGO", "NGO", "ISM", "IMG", "MNC"]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

export function checkPlover(text: string, refs: ExportRefs, now = new Date()): CheckReport {
  const f = new Findings();
  const iso3 = new Set(refs.countries().map((c) => c.iso3));
  const iso2 = new Set(refs.countries().map((c) => c.iso2));
  // the PLOVER categories this project codes, with their quad categories (refs.ploverQuads)
  const categories = refs.ploverQuads();
  const ids = new Map<string, number>();
  const lines = text.split("\n").filter((l) => l.trim());
  lines.forEach((line, i) => {
    const n = i + 1;
    const bad = (field: string, rule: string, message: string) => f.add(n, field, rule, message);
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (e) {
      bad("line", "json.syntax", `not JSON: ${(e as Error).message}`);
      return;
    }
    if (!isObject(r)) return bad("line", "json.object", "a record is a JSON object");

    if (typeof r.id !== "string" && typeof r.id !== "number") bad("id", "id.required", "id is required (string or number)");
    else if (ids.has(String(r.id))) bad("id", "id.unique", `${r.id} repeats line ${ids.get(String(r.id))}`);
    else ids.set(String(r.id), n);

    const day = typeof r.date === "string" ? calendarDay(r.date) : null;
    if (!day) bad("date", "date.format", `date ${JSON.stringify(r.date)} is not YYYY-MM-DD`);
    else if (day[0] < EARLIEST_YEAR || Date.UTC(day[0], day[1] - 1, day[2]) > now.getTime() + 86_400_000) bad("date", "date.range", `${r.date} is before ${EARLIEST_YEAR} or after the export`);
    if (r.enddate != null) {
      if (typeof r.enddate !== "string" || !calendarDay(r.enddate)) bad("enddate", "enddate.format", `enddate ${JSON.stringify(r.enddate)} is not YYYY-MM-DD`);
      else if (day && r.enddate < (r.date as string)) bad("enddate", "enddate.after_date", `enddate ${r.enddate} is before date ${r.date}`);
    }

    // event: a list of PLOVER categories; quad_code the quad category they share
    const events = Array.isArray(r.event) ? r.event : null;
    if (!events || !events.length) bad("event", "event.list", "event is a non-empty list of event categories");
    else for (const e of events) if (typeof e !== "string" || !(e in categories)) bad("event", "event.category", `${JSON.stringify(e)} is not a PLOVER event category`);
    if (r.quad_code != null) {
      if (![1, 2, 3, 4].includes(r.quad_code as number)) bad("quad_code", "quad_code.range", `quad_code ${JSON.stringify(r.quad_code)} is not 1-4`);
      else if (events?.length === 1 && categories[events[0] as string] != null && categories[events[0] as string] !== r.quad_code) bad("quad_code", "quad_code.of_event", `quad_code ${r.quad_code} is not ${events[0]}'s (${categories[events[0] as string]})`);
    }
    if (r.event_scale != null && (typeof r.event_scale !== "number" || Math.abs(r.event_scale) > 10)) bad("event_scale", "event_scale.range", `event_scale ${JSON.stringify(r.event_scale)} is not a number in -10..10`);

    // source (required) and recipient: lists of actor objects with a 3-character code and sector
    for (const side of ["source", "recipient"] as const) {
      const list = r[side];
      if (list == null) {
        if (side === "source") bad(side, "actors.required", "source is required (a list of actor objects; [] when the text names none)");
        continue;
      }
      if (!Array.isArray(list)) {
        bad(side, "actors.list", `${side} is a list of actor objects, not ${typeof list}`);
        continue;
      }
      list.forEach((a, j) => {
        const at = `${side}[${j}]`;
        if (!isObject(a)) return bad(at, "actor.object", `${at} is an actor object, not ${JSON.stringify(a)}`);
        if (a.code != null && (typeof a.code !== "string" || !(iso3.has(a.code) || PLOVER_NONSTATE.has(a.code)))) bad(`${at}.code`, "actor.code", `${JSON.stringify(a.code)} is not an ISO 3166 alpha-3 or non-state actor code`);
        if (a.sector != null && (typeof a.sector !== "string" || !PLOVER_SECTORS.has(a.sector.slice(0, 3)) || !/^[A-Z]{3}([A-Z]{3})?$/.test(a.sector))) bad(`${at}.sector`, "actor.sector", `${JSON.stringify(a.sector)} is not a PLOVER sector code`);
        if (a.code == null && a.sector == null && a.actor_text == null && a.identifier_text == null) bad(at, "actor.empty", `${at} has no code, sector or text`);
      });
    }

    // event_loc: GeoNames' field names (name, latitude, longitude, geonameid, "country code" alpha-2) plus cc3
    if (r.event_loc != null) {
      const l = r.event_loc;
      if (!isObject(l)) bad("event_loc", "event_loc.object", "event_loc is a location object");
      else {
        if (typeof l.latitude !== "number" || Math.abs(l.latitude) > 90) bad("event_loc.latitude", "event_loc.latitude", `latitude ${JSON.stringify(l.latitude)} is not a number in -90..90`);
        if (typeof l.longitude !== "number" || Math.abs(l.longitude) > 180) bad("event_loc.longitude", "event_loc.longitude", `longitude ${JSON.stringify(l.longitude)} is not a number in -180..180`);
        if (l.geonameid != null && !Number.isInteger(l.geonameid)) bad("event_loc.geonameid", "event_loc.geonameid", `geonameid ${JSON.stringify(l.geonameid)} is not an integer`);
        if (l["country code"] != null && !iso2.has(l["country code"] as string)) bad("event_loc.country code", "event_loc.country_code", `${JSON.stringify(l["country code"])} is not an ISO 3166 alpha-2 code`);
        if (l.cc3 != null && !iso3.has(l.cc3 as string)) bad("event_loc.cc3", "event_loc.cc3", `${JSON.stringify(l.cc3)} is not an ISO 3166 alpha-3 code`);
        if (typeof l.name !== "string" || !l.name) bad("event_loc.name", "event_loc.name", "a location has a name");
      }
    }
    if ("location" in r) bad("location", "event_loc.name_of_field", "the manual's location field is event_loc");
  });
  return f.report("plover", lines.length);
}
