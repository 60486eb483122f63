// GDELT 2.0 event table rules, from the GDELT 2.0 Event Database Data Format Codebook: 61 tab-separated columns
// in the codebook's order, no header; dates, CAMEO event and actor codes, FIPS 10-4 country codes in the geography.
import { parse } from "csv-parse/sync";
import type { ExportRefs } from "../types.ts";
import { EARLIEST_YEAR, Findings, calendarDay, isDecimal, type CheckReport } from "./report.ts";

const actorCols = (p: string) => ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map((c) => `${p}${c}`);
const geoCols = (p: string) => ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${p}_${c}`);

/** The 61 columns of the GDELT 2.0 event table, in the codebook's order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  ...actorCols("Actor1"), ...actorCols("Actor2"),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoCols("Actor1Geo"), ...geoCols("Actor2Geo"), ...geoCols("ActionGeo"),
  "DATEADDED", "SOURCEURL",
];

/** CAMEO actor type codes (CAMEO manual, ch. 2: domestic roles, other roles, organisation types). */
export const CAMEO_TYPE_CODES = new Set([
  "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
  "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC",
  "NGM", "NGO", "SET",
]);

/** QuadClass of a CAMEO root code as GDELT assigns it: 1 verbal cooperation (01-05), 2 material cooperation
 * (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). */
export function quadClassOfRoot(root: string): number {
  const r = +root;
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

const col = (name: string) => GDELT_COLUMNS.indexOf(name);

export function checkGdelt(text: string, refs: ExportRefs): CheckReport {
  const f = new Findings();
  let rows: string[][];
  try {
    // GDELT fields are never quoted: a quote is a character like any other
    rows = parse(text, { delimiter: "\t", quote: false, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    f.add(0, "file", "tsv.syntax", `not parseable as TSV: ${(e as Error).message}`);
    return f.report("gdelt", 0);
  }
  if (rows[0]?.[0] === "GLOBALEVENTID") f.add(1, "row", "header.none", "GDELT event files have no header row");
  const fips = new Set(refs.countries().map((c) => c.fips));
  const cameo = refs.cameoCodes();
  const ids = new Map<string, number>();
  rows.forEach((cells, i) => {
    const n = i + 1;
    if (cells.length !== GDELT_COLUMNS.length) {
      f.add(n, "row", "row.columns", `${cells.length} fields, GDELT 2.0 rows have ${GDELT_COLUMNS.length}`);
      return;
    }
    const v = (name: string) => cells[col(name)]!;
    const bad = (field: string, rule: string, message: string) => f.add(n, field, rule, message);

    const id = v("GLOBALEVENTID");
    if (!/^[1-9]\d*$/.test(id)) bad("GLOBALEVENTID", "GLOBALEVENTID.integer", `"${id}" is not a positive integer`);
    else if (ids.has(id)) bad("GLOBALEVENTID", "GLOBALEVENTID.unique", `${id} repeats row ${ids.get(id)}`);
    else ids.set(id, n);

    // SQLDATE a real day; MonthYear, Year and FractionDate the same date in other forms; DATEADDED YYYYMMDDHHMMSS
    const sql = v("SQLDATE"), day = calendarDay(sql, true);
    const added = v("DATEADDED");
    const addedDay = /^\d{14}$/.test(added) ? calendarDay(added.slice(0, 8), true) : null;
    if (!addedDay) bad("DATEADDED", "DATEADDED.format", `"${added}" is not YYYYMMDDHHMMSS`);
    if (!day) bad("SQLDATE", "SQLDATE.date", `"${sql}" is not a calendar date YYYYMMDD`);
    else {
      if (day[0] < EARLIEST_YEAR || (addedDay && sql > added.slice(0, 8))) bad("SQLDATE", "SQLDATE.range", `${sql} is before ${EARLIEST_YEAR} or after DATEADDED`);
      if (v("MonthYear") !== sql.slice(0, 6)) bad("MonthYear", "MonthYear.matches_SQLDATE", `"${v("MonthYear")}" is not ${sql.slice(0, 6)}`);
      if (v("Year") !== sql.slice(0, 4)) bad("Year", "Year.matches_SQLDATE", `"${v("Year")}" is not ${sql.slice(0, 4)}`);
      // the codebook's fraction is the share of the year completed by that day (approximately: it counts 30-day months)
      const doy = (Date.UTC(day[0], day[1] - 1, day[2]) - Date.UTC(day[0], 0, 1)) / 86_400_000 + 1;
      const frac = v("FractionDate");
      if (!isDecimal(frac) || Math.abs(+frac - (day[0] + doy / 365)) > 0.1) bad("FractionDate", "FractionDate.matches_SQLDATE", `"${frac}" is not ${sql}'s year and fraction (≈ ${(day[0] + doy / 365).toFixed(4)})`);
    }

    // actors: CAMEO actor codes (3-letter elements), country codes, CAMEO type codes
    for (const a of ["Actor1", "Actor2"]) {
      const code = v(`${a}Code`);
      if (code && !/^(?:[A-Z0-9]{3})+$/.test(code)) bad(`${a}Code`, "ActorCode.cameo", `"${code}" is not a CAMEO actor code (3-character elements)`);
      const cc = v(`${a}CountryCode`);
      if (cc && !/^[A-Z]{3}$/.test(cc)) bad(`${a}CountryCode`, "ActorCountryCode.cameo", `"${cc}" is not a 3-letter CAMEO country code`);
      for (const t of ["Type1Code", "Type2Code", "Type3Code"]) {
        const tc = v(`${a}${t}`);
        if (tc && !CAMEO_TYPE_CODES.has(tc)) bad(`${a}${t}`, "ActorType.cameo", `"${tc}" is not a CAMEO actor type code`);
      }
    }

    // the event: a CAMEO code, its base and root, QuadClass of the root, Goldstein in -10..10
    const code = v("EventCode");
    if (!cameo.has(code)) bad("EventCode", "EventCode.cameo", `"${code}" is not a CAMEO event code`);
    else {
      if (v("EventBaseCode") !== code.slice(0, 3)) bad("EventBaseCode", "EventBaseCode.of_code", `"${v("EventBaseCode")}" is not ${code.slice(0, 3)}`);
      if (v("EventRootCode") !== code.slice(0, 2)) bad("EventRootCode", "EventRootCode.of_code", `"${v("EventRootCode")}" is not ${code.slice(0, 2)}`);
      const q = quadClassOfRoot(code.slice(0, 2));
      if (v("QuadClass") !== String(q)) bad("QuadClass", "QuadClass.of_root", `"${v("QuadClass")}" should be ${q} for root ${code.slice(0, 2)}`);
    }
    if (!/^[1-4]$/.test(v("QuadClass"))) bad("QuadClass", "QuadClass.range", `"${v("QuadClass")}" is not 1-4`);
    const g = v("GoldsteinScale");
    if (!isDecimal(g) || Math.abs(+g) > 10) bad("GoldsteinScale", "GoldsteinScale.range", `"${g}" is not a number in -10..10`);
    if (!/^[01]$/.test(v("IsRootEvent"))) bad("IsRootEvent", "IsRootEvent.flag", `"${v("IsRootEvent")}" is not 0 or 1`);
    for (const c of ["NumMentions", "NumSources", "NumArticles"]) if (!/^[1-9]\d*$/.test(v(c))) bad(c, "counts.positive", `${c} "${v(c)}" is not a positive integer`);
    const tone = v("AvgTone");
    if (tone && (!isDecimal(tone) || Math.abs(+tone) > 100)) bad("AvgTone", "AvgTone.range", `"${tone}" is not a number in -100..100`);

    // geography: Type 0-5 (0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state); a located
    // row has a FIPS 10-4 country code, coordinates in range, ADM1 codes that start with the country code
    for (const p of ["Actor1Geo", "Actor2Geo", "ActionGeo"]) {
      const type = v(`${p}_Type`);
      if (!/^[0-5]$/.test(type)) {
        bad(`${p}_Type`, "Geo_Type.range", `"${type}" is not 0-5`);
        continue;
      }
      const cc = v(`${p}_CountryCode`), adm1 = v(`${p}_ADM1Code`), lat = v(`${p}_Lat`), lon = v(`${p}_Long`);
      if (type === "0") {
        if (cc || lat || lon) bad(`${p}_Type`, "Geo_Type.none_is_empty", "type 0 (no location) with location fields filled");
        continue;
      }
      if (!fips.has(cc)) bad(`${p}_CountryCode`, "Geo_CountryCode.fips", `"${cc}" is not a FIPS 10-4 country code`);
      if ((type === "2" || type === "3") && cc !== "US") bad(`${p}_Type`, "Geo_Type.us", `type ${type} is for the United States, not ${cc}`);
      if (adm1 && !adm1.startsWith(cc)) bad(`${p}_ADM1Code`, "Geo_ADM1Code.of_country", `"${adm1}" does not start with the country code ${cc}`);
      if (!isDecimal(lat) || Math.abs(+lat) > 90) bad(`${p}_Lat`, "Geo_Lat.range", `"${lat}" is not a latitude in -90..90`);
      if (!isDecimal(lon) || Math.abs(+lon) > 180) bad(`${p}_Long`, "Geo_Long.range", `"${lon}" is not a longitude in -180..180`);
      if (!v(`${p}_FullName`)) bad(`${p}_FullName`, "Geo_FullName.required", "a located row names its place");
    }
    if (!v("SOURCEURL")) bad("SOURCEURL", "SOURCEURL.required", "SOURCEURL is empty");
  });
  return f.report("gdelt", rows.length);
}
