// GDELT 2.0 event table: its 61 tab-separated columns, no header (as GDELT publishes them). Deviations: country
// codes are ISO 3166 alpha-3 throughout (GDELT's geography uses FIPS), AvgTone is left empty (no tone model).
import type { ActorRef, LocationRef } from "../records.ts";
import { numericId, type Exporter } from "./types.ts";
import { spreadsheetSafe } from "../../util/spreadsheet.ts";
import { firstDayOf } from "../dates.ts";

const actorCols = (p: string) => ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map((c) => `${p}${c}`);
const geoCols = (p: string) => ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${p}_${c}`);

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  ...actorCols("Actor1"), ...actorCols("Actor2"),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoCols("Actor1Geo"), ...geoCols("Actor2Geo"), ...geoCols("ActionGeo"),
  "DATEADDED", "SOURCEURL",
];

function actor(a: ActorRef | null): (string | number)[] {
  if (!a) return ["", "", "", "", "", "", "", "", "", ""];
  return [a.actorCode ?? "", a.name.toUpperCase(), a.country ?? "", "", "", "", "", a.sector ?? "", "", ""];
}

/** GDELT geo types: 1 country, 4 world city, 5 world state (ADM1). */
function geo(l: LocationRef | null): (string | number)[] {
  if (!l) return ["0", "", "", "", "", "", "", ""];
  const type = l.precision === "country" ? 1 : l.precision === "admin1" ? 5 : 4;
  return [type, l.name, l.country ?? "", "", "", l.lat ?? "", l.lon ?? "", ""];
}

/** A TSV line: tabs and line breaks inside a field become spaces (GDELT fields are never quoted). */
const tsvLine = (fields: (string | number)[]) => fields.map((f) => String(spreadsheetSafe(typeof f === "string" ? f.replace(/[\t\r\n]+/g, " ").trim() : f))).join("\t") + "\n";

export const exportGdelt: Exporter = async function* (events, ctx) {
  const added = (ctx.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  for await (const { event: e, reports } of events) {
    // SQLDATE is a real day: the first day of the event's interval, else of the first report's publication
    const ymd = (firstDayOf(e.date) ?? firstDayOf(e.firstSeen) ?? (ctx.now ?? new Date()).toISOString().slice(0, 10)).replace(/-/g, "");
    const y = +ymd.slice(0, 4), m = +ymd.slice(4, 6) || 1, day = +ymd.slice(6, 8) || 1;
    const fraction = y ? Math.round((y + ((m - 1) * 30 + day) / 365) * 10000) / 10000 : "";
    const cameo = e.cameo ?? "";
    const actorGeo = (a: ActorRef | null) => (a && e.location && a.country === e.location.country ? geo(e.location) : geo(null));
    const docs = new Set(reports.map((r) => r.documentId)).size;
    yield tsvLine([
      numericId(e.id), ymd, ymd.slice(0, 6), ymd.slice(0, 4), fraction,
      ...actor(e.source), ...actor(e.target),
      reports.some((r) => r.evidence.start < 600) ? 1 : 0, cameo, cameo.slice(0, 3), cameo.slice(0, 2), e.quadClass ?? "", e.goldstein ?? "",
      e.reports, e.publishers, docs, "",
      ...actorGeo(e.source), ...actorGeo(e.target), ...geo(e.location),
      added, reports.find((r) => r.url)?.url ?? (reports[0] ? `sitrep:document/${reports[0].documentId}` : ""),
    ]);
  }
};
