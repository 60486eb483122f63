// Country names and codes to ISO 3166 alpha-3, for filters typed by people ("El Salvador", "SV", "slv"): reads only
// data/countries.json (70 KB), so a query command does not load the extraction knowledge. Node only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import { foldKey } from "../text/normalize.ts";

interface CountryNames { iso3: string; iso2: string; name: string; aliases: string[] }
let index: Map<string, string> | null = null;

function build(): Map<string, string> {
  const data = JSON.parse(readFileSync(join(PACKAGE_ROOT, "data", "countries.json"), "utf8")) as { countries: CountryNames[] };
  const out = new Map<string, string>();
  // codes first, then names: a name never takes over a code
  for (const c of data.countries) out.set(c.iso3.toLowerCase(), c.iso3);
  for (const c of data.countries) if (!out.has(c.iso2.toLowerCase())) out.set(c.iso2.toLowerCase(), c.iso3);
  for (const c of data.countries) for (const n of [c.name, ...c.aliases]) if (!out.has(foldKey(n))) out.set(foldKey(n), c.iso3);
  return out;
}

/** The ISO3 code of a country given by code or name, or null when none is known by it. */
export function countryCode(input: string): string | null {
  index ??= build();
  const q = input.trim();
  return index.get(q.toLowerCase()) ?? index.get(foldKey(q)) ?? index.get(foldKey(q.replace(/^the\s+/i, ""))) ?? null;
}
