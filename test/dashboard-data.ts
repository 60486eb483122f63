// Synthetic extraction documents for the dashboard tests and the 100,000-event benchmark: invented reports
// written for these tests (not news, not gold data), with real-looking actors, places and dates so every view
// has something to draw, a share of stories re-reported by several publishers (merging), and one hostile
// document whose text, names, title and URL carry markup and script.
import { createHash } from "node:crypto";
import type { ExtractionDocument } from "../src/schema.ts";
import { seededRandom } from "../src/util/random.ts";

type Sector = "GOV" | "MIL" | "REB" | "IGO" | "CVL";
interface ActorDef { id: string; name: string; country: string | null; sector: Sector; code: string; backedBy?: string }
interface PlaceDef { name: string; country: string; lat: number; lon: number; precision: "site" | "city" | "admin1" | "region" | "country" }

export const ACTORS: ActorDef[] = [
  { id: "usa-gov", name: "United States", country: "USA", sector: "GOV", code: "USAGOV" },
  { id: "usa-mil", name: "US forces", country: "USA", sector: "MIL", code: "USAMIL" },
  { id: "irn-gov", name: "Iran", country: "IRN", sector: "GOV", code: "IRNGOV" },
  { id: "irq-gov", name: "Iraqi government", country: "IRQ", sector: "GOV", code: "IRQGOV" },
  { id: "irq-reb", name: "Dawn Brigades", country: "IRQ", sector: "REB", code: "IRQREB", backedBy: "irn-gov" },
  { id: "syr-reb", name: "Free Valley Front", country: "SYR", sector: "REB", code: "SYRREB", backedBy: "tur-mil" },
  { id: "syr-gov", name: "Syrian government", country: "SYR", sector: "GOV", code: "SYRGOV" },
  { id: "tur-mil", name: "Turkish army", country: "TUR", sector: "MIL", code: "TURMIL" },
  { id: "rus-mil", name: "Russian forces", country: "RUS", sector: "MIL", code: "RUSMIL" },
  { id: "ukr-mil", name: "Ukrainian army", country: "UKR", sector: "MIL", code: "UKRMIL" },
  { id: "lbn-reb", name: "Cedar Resistance", country: "LBN", sector: "REB", code: "LBNREB", backedBy: "irn-gov" },
  { id: "yem-reb", name: "Highland Movement", country: "YEM", sector: "REB", code: "YEMREB", backedBy: "irn-gov" },
  { id: "sau-mil", name: "Saudi-led coalition", country: "SAU", sector: "MIL", code: "SAUMIL" },
  { id: "nga-reb", name: "Lake Chad insurgents", country: "NGA", sector: "REB", code: "NGAREB" },
  { id: "nga-mil", name: "Nigerian army", country: "NGA", sector: "MIL", code: "NGAMIL" },
  { id: "fra-mil", name: "French troops", country: "FRA", sector: "MIL", code: "FRAMIL" },
  { id: "mli-gov", name: "Malian transitional government", country: "MLI", sector: "GOV", code: "MLIGOV" },
  { id: "un", name: "United Nations", country: null, sector: "IGO", code: "IGOUNO" },
  { id: "eth-gov", name: "Ethiopian government", country: "ETH", sector: "GOV", code: "ETHGOV" },
  { id: "eth-reb", name: "Northern Liberation Front", country: "ETH", sector: "REB", code: "ETHREB" },
  { id: "sdn-mil", name: "Sudanese army", country: "SDN", sector: "MIL", code: "SDNMIL" },
  { id: "sdn-reb", name: "Desert Support Forces", country: "SDN", sector: "REB", code: "SDNREB" },
  { id: "col-gov", name: "Colombian government", country: "COL", sector: "GOV", code: "COLGOV" },
  { id: "col-reb", name: "Mountain Liberation Army", country: "COL", sector: "REB", code: "COLREB" },
  { id: "slb-gov", name: "Solomon Islands government", country: "SLB", sector: "GOV", code: "SLBGOV" },
];
const actor = (id: string) => ACTORS.find((a) => a.id === id)!;

const PLACES: Record<string, PlaceDef[]> = {
  IRQ: [{ name: "Baghdad", country: "IRQ", lat: 33.31, lon: 44.36, precision: "city" }, { name: "Erbil", country: "IRQ", lat: 36.19, lon: 44.01, precision: "city" },
    { name: "Ain al-Asad air base", country: "IRQ", lat: 33.8, lon: 42.44, precision: "site" }, { name: "Iraq", country: "IRQ", lat: 33.0, lon: 44.0, precision: "country" }],
  SYR: [{ name: "Deir ez-Zor", country: "SYR", lat: 35.33, lon: 40.14, precision: "city" }, { name: "Afrin", country: "SYR", lat: 36.51, lon: 36.87, precision: "city" },
    { name: "Syria", country: "SYR", lat: 35.0, lon: 38.0, precision: "country" }],
  IRN: [{ name: "Tehran", country: "IRN", lat: 35.69, lon: 51.39, precision: "city" }, { name: "Iran", country: "IRN", lat: 32.0, lon: 53.0, precision: "country" }],
  USA: [{ name: "Washington", country: "USA", lat: 38.9, lon: -77.04, precision: "city" }],
  UKR: [{ name: "Kharkiv", country: "UKR", lat: 49.99, lon: 36.23, precision: "city" }, { name: "Bakhmut", country: "UKR", lat: 48.59, lon: 38.0, precision: "city" },
    { name: "Zaporizhzhia nuclear plant", country: "UKR", lat: 47.51, lon: 34.58, precision: "site" }, { name: "Ukraine", country: "UKR", lat: 49.0, lon: 32.0, precision: "country" }],
  RUS: [{ name: "Belgorod", country: "RUS", lat: 50.6, lon: 36.59, precision: "city" }],
  LBN: [{ name: "Beirut", country: "LBN", lat: 33.89, lon: 35.5, precision: "city" }, { name: "southern Lebanon", country: "LBN", lat: 33.27, lon: 35.4, precision: "region" }],
  YEM: [{ name: "Sanaa", country: "YEM", lat: 15.37, lon: 44.19, precision: "city" }, { name: "Hodeidah port", country: "YEM", lat: 14.8, lon: 42.95, precision: "site" },
    { name: "Marib", country: "YEM", lat: 15.46, lon: 45.32, precision: "city" }, { name: "Yemen", country: "YEM", lat: 15.5, lon: 47.5, precision: "country" }],
  SAU: [{ name: "Jizan", country: "SAU", lat: 16.89, lon: 42.55, precision: "city" }],
  NGA: [{ name: "Maiduguri", country: "NGA", lat: 11.85, lon: 13.16, precision: "city" }, { name: "Borno State", country: "NGA", lat: 11.5, lon: 13.0, precision: "admin1" },
    { name: "Nigeria", country: "NGA", lat: 9.1, lon: 8.7, precision: "country" }],
  MLI: [{ name: "Bamako", country: "MLI", lat: 12.64, lon: -8.0, precision: "city" }, { name: "Gao", country: "MLI", lat: 16.27, lon: -0.04, precision: "city" },
    { name: "Mali", country: "MLI", lat: 17.6, lon: -4.0, precision: "country" }],
  ETH: [{ name: "Mekelle", country: "ETH", lat: 13.5, lon: 39.47, precision: "city" }, { name: "Tigray", country: "ETH", lat: 14.0, lon: 38.5, precision: "admin1" },
    { name: "Addis Ababa", country: "ETH", lat: 9.03, lon: 38.74, precision: "city" }],
  SDN: [{ name: "Khartoum", country: "SDN", lat: 15.5, lon: 32.56, precision: "city" }, { name: "El Fasher", country: "SDN", lat: 13.63, lon: 25.35, precision: "city" },
    { name: "Darfur", country: "SDN", lat: 13.0, lon: 24.0, precision: "region" }],
  COL: [{ name: "Cúcuta", country: "COL", lat: 7.89, lon: -72.5, precision: "city" }, { name: "Bogotá", country: "COL", lat: 4.71, lon: -74.07, precision: "city" },
    { name: "Colombia", country: "COL", lat: 4.6, lon: -74.0, precision: "country" }],
  TUR: [{ name: "Ankara", country: "TUR", lat: 39.93, lon: 32.86, precision: "city" }],
  FRA: [{ name: "Paris", country: "FRA", lat: 48.86, lon: 2.35, precision: "city" }],
};

/** Dyads that make the news, with where it happens and whether the pair mostly fights or cooperates. */
const DYADS: { s: string; t: string; where: string; hostile: boolean; weight: number }[] = [
  { s: "usa-mil", t: "irq-reb", where: "IRQ", hostile: true, weight: 6 }, { s: "irq-reb", t: "usa-mil", where: "IRQ", hostile: true, weight: 5 },
  { s: "usa-gov", t: "irn-gov", where: "IRN", hostile: true, weight: 4 }, { s: "irn-gov", t: "usa-gov", where: "USA", hostile: true, weight: 3 },
  { s: "rus-mil", t: "ukr-mil", where: "UKR", hostile: true, weight: 9 }, { s: "ukr-mil", t: "rus-mil", where: "RUS", hostile: true, weight: 6 },
  { s: "yem-reb", t: "sau-mil", where: "SAU", hostile: true, weight: 3 }, { s: "sau-mil", t: "yem-reb", where: "YEM", hostile: true, weight: 4 },
  { s: "nga-reb", t: "nga-mil", where: "NGA", hostile: true, weight: 4 }, { s: "nga-mil", t: "nga-reb", where: "NGA", hostile: true, weight: 3 },
  { s: "eth-gov", t: "eth-reb", where: "ETH", hostile: true, weight: 3 }, { s: "sdn-reb", t: "sdn-mil", where: "SDN", hostile: true, weight: 4 },
  { s: "sdn-mil", t: "sdn-reb", where: "SDN", hostile: true, weight: 4 }, { s: "col-gov", t: "col-reb", where: "COL", hostile: false, weight: 2 },
  { s: "col-reb", t: "col-gov", where: "COL", hostile: true, weight: 2 }, { s: "syr-gov", t: "syr-reb", where: "SYR", hostile: true, weight: 2 },
  { s: "tur-mil", t: "syr-reb", where: "SYR", hostile: false, weight: 2 }, { s: "lbn-reb", t: "usa-gov", where: "LBN", hostile: true, weight: 1 },
  { s: "fra-mil", t: "mli-gov", where: "MLI", hostile: false, weight: 2 }, { s: "un", t: "eth-gov", where: "ETH", hostile: false, weight: 2 },
  { s: "un", t: "sdn-mil", where: "SDN", hostile: false, weight: 2 }, { s: "irq-gov", t: "usa-gov", where: "IRQ", hostile: false, weight: 2 },
  { s: "usa-gov", t: "ukr-mil", where: "UKR", hostile: false, weight: 3 },
];

interface TypeDef { type: string; verb: string; goldstein: number; quad: number; cameo: string; acled: [string, string] | null; mode: string | null; deadly: boolean }
const HOSTILE: TypeDef[] = [
  { type: "ASSAULT", verb: "carried out air strikes on", goldstein: -10, quad: 4, cameo: "195", acled: ["Explosions/Remote violence", "Air/drone strike"], mode: "aerial", deadly: true },
  { type: "ASSAULT", verb: "clashed with", goldstein: -10, quad: 4, cameo: "190", acled: ["Battles", "Armed clash"], mode: "firearms", deadly: true },
  { type: "ASSAULT", verb: "shelled positions held by", goldstein: -10, quad: 4, cameo: "194", acled: ["Explosions/Remote violence", "Shelling/artillery/missile attack"], mode: "artillery", deadly: true },
  { type: "COERCE", verb: "detained members of", goldstein: -7, quad: 4, cameo: "173", acled: ["Strategic developments", "Arrests"], mode: "seize", deadly: false },
  { type: "THREATEN", verb: "threatened retaliation against", goldstein: -7, quad: 3, cameo: "138", acled: null, mode: null, deadly: false },
  { type: "ACCUSE", verb: "accused", goldstein: -2, quad: 3, cameo: "112", acled: null, mode: null, deadly: false },
  { type: "MOBILIZE", verb: "moved troops towards", goldstein: -7.2, quad: 4, cameo: "152", acled: ["Strategic developments", "Change to group/activity"], mode: "troops", deadly: false },
  { type: "SANCTION", verb: "imposed sanctions on", goldstein: -5, quad: 4, cameo: "163", acled: null, mode: null, deadly: false },
  { type: "REJECT", verb: "rejected demands from", goldstein: -4, quad: 3, cameo: "120", acled: null, mode: null, deadly: false },
];
const FRIENDLY: TypeDef[] = [
  { type: "CONSULT", verb: "held talks with", goldstein: 1, quad: 1, cameo: "040", acled: null, mode: null, deadly: false },
  { type: "AGREE", verb: "signed an agreement with", goldstein: 5.4, quad: 1, cameo: "057", acled: ["Strategic developments", "Agreement"], mode: null, deadly: false },
  { type: "AID", verb: "delivered aid to", goldstein: 7.4, quad: 2, cameo: "070", acled: null, mode: null, deadly: false },
  { type: "COOPERATE", verb: "shared intelligence with", goldstein: 6, quad: 2, cameo: "062", acled: null, mode: null, deadly: false },
  { type: "SUPPORT", verb: "voiced support for", goldstein: 3.5, quad: 1, cameo: "051", acled: null, mode: null, deadly: false },
  { type: "REQUEST", verb: "called on", goldstein: 3, quad: 1, cameo: "020", acled: null, mode: null, deadly: false },
];
const PUBLISHERS = ["Daily Ledger", "Northern Wire", "Coastal Times", "The Meridian", "Capital Herald", "Frontier Post", "Global Dispatch", "Evening Courier"];
const SPEAKERS = ["Amal Haddad", "Tomas Varga", "Ines Okafor", "Daniel Reyes", "Lena Brandt", "Yusuf Demir", "Grace Mensah", "Pavel Koval"];
const QUOTES = ["We will respond to any further attack", "Our forces acted in self-defence", "We are ready to talk if the shelling stops",
  "Civilians are paying the highest price", "The agreement must be honoured by both sides", "This escalation helps no one"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY = 86_400_000;
const START = Date.UTC(2019, 0, 1);

/** Deterministic PRNG, so every run builds the same corpus. */
export const rng = seededRandom;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function pickWeighted<T extends { weight: number }>(r: () => number, xs: T[]): T {
  const total = xs.reduce((n, x) => n + x.weight, 0);
  let u = r() * total;
  for (const x of xs) if ((u -= x.weight) < 0) return x;
  return xs[xs.length - 1]!;
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** One story: what happened, which the documents then report. */
export interface Story { s: ActorDef; t: ActorDef; type: TypeDef; date: number; place: PlaceDef; fatalities: number | null; modality: string }

export function makeStory(r: () => number, days = 1800): Story {
  const d = pickWeighted(r, DYADS);
  const type = pick(r, d.hostile ? (r() < 0.85 ? HOSTILE : FRIENDLY) : (r() < 0.85 ? FRIENDLY : HOSTILE));
  const place = pick(r, PLACES[d.where]!);
  const fatalities = type.deadly && r() < 0.7 ? Math.floor(r() * r() * 40) : null;
  const modality = type.type === "THREATEN" ? "threatened" : r() < 0.08 ? pick(r, ["intended", "negated", "reported_denied"]) : "asserted";
  return { s: actor(d.s), t: actor(d.t), type, date: START + Math.floor(r() * days) * DAY, place, fatalities, modality };
}

/** Builds text piece by piece and remembers where each piece landed. */
class TextBuilder {
  text = "";
  add(s: string): { start: number; end: number; text: string } {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

const entityOf = (a: ActorDef, id: string) => ({ id, name: a.name, type: a.sector === "GOV" || a.sector === "IGO" ? "ORG" as const : "ARMED_GROUP" as const,
  country: a.country, sector: a.sector, actorCode: a.code, origin: "test", mentions: [] as { start: number; end: number; text: string }[] });

/** A report of a story by one publisher, `lag` days after it happened. Offsets are exact. */
export function reportStory(story: Story, publisher: string, lag: number, variant: number): ExtractionDocument {
  return reportStories([story], publisher, lag, variant);
}

/** One article reporting several stories (a wire round-up), one paragraph and one quote each. */
export function reportStories(stories: Story[], publisher: string, lag: number, variant: number): ExtractionDocument {
  const first = stories[0]!;
  const published = Math.max(...stories.map((st) => st.date)) + lag * DAY;
  const b = new TextBuilder();
  const entities = new Map<string, ExtractionDocument["entities"][number]>();
  const entity = (a: ActorDef) => {
    let e = entities.get(a.id);
    if (!e) entities.set(a.id, (e = entityOf(a, `e${entities.size + 1}`)));
    return e;
  };
  const doc: ExtractionDocument = {
    version: 1,
    document: { id: "", title: stories.length > 1 ? `${first.place.name} and elsewhere: ${stories.length} reports` : `${first.s.name} ${first.type.verb} ${first.t.name}`,
      published: iso(published), source: publisher,
      url: `https://news.example.org/${publisher.toLowerCase().replace(/\W+/g, "-")}/${iso(published)}/${variant}`, text: "" },
    sentences: [], entities: [], timexes: [], places: [], quotes: [], events: [], relations: [],
  };
  const hedge: Record<string, string> = { negated: " denied it had", intended: " vowed it would soon have", reported_denied: " reportedly", threatened: "" };
  b.add(`${first.place.name.toUpperCase()} — `);
  for (const [i, story] of stories.entries()) {
    if (i > 0) b.add("\n\n");
    const weekday = WEEKDAYS[new Date(story.date).getUTCDay()]!;
    const s = entity(story.s);
    const t = entity(story.t);
    const sentStart = b.text.length;
    s.mentions.push(b.add(story.s.name));
    b.add(`${hedge[story.modality] ?? ""} `);
    const trigger = b.add(story.type.verb);
    b.add(" ");
    t.mentions.push(b.add(story.t.name));
    b.add(story.place.precision === "city" || story.place.precision === "site" ? " near " : " in ");
    const placeSpan = b.add(story.place.name);
    b.add(" on ");
    const timeSpan = b.add(weekday);
    if (story.fatalities) b.add(`, killing ${story.fatalities} people`);
    b.add((variant + i) % 2 ? ", officials said." : ", according to local sources.");
    const sentence = { start: sentStart, end: b.text.length, text: b.text.slice(sentStart) };
    b.add("\n\n");
    const quoteStart = b.text.length;
    const speakerName = SPEAKERS[(variant + i + story.date / DAY) % SPEAKERS.length]!;
    const q = b.add(`"${QUOTES[(variant + i + story.date / DAY) % QUOTES.length]},"`);
    b.add(" said ");
    const speakerSpan = b.add(speakerName);
    b.add(", a spokesperson for ");
    t.mentions.push(b.add(story.t.name));
    b.add(".");
    let speaker = [...entities.values()].find((e) => e.name === speakerName);
    if (!speaker) entities.set(`person:${speakerName}`, (speaker = { id: `e${entities.size + 1}`, name: speakerName, type: "PERSON", country: story.t.country, sector: "GOV", origin: "test", mentions: [] }));
    speaker.mentions.push(speakerSpan);

    doc.sentences!.push({ start: sentence.start, end: sentence.end }, { start: quoteStart, end: b.text.length });
    doc.timexes.push({ ...timeSpan, type: "DATE", value: iso(story.date), precision: "day" });
    doc.places.push({ ...placeSpan, name: story.place.name, country: story.place.country, lat: story.place.lat, lon: story.place.lon, precision: story.place.precision });
    doc.quotes.push({ start: q.start + 1, end: q.end - 2, text: q.text.slice(1, -2), direct: true, speaker: { name: speakerName, entity: speaker.id }, verb: "said" });
    doc.events.push({
      id: `v${i + 1}`, type: story.type.type as ExtractionDocument["events"][number]["type"], mode: story.type.mode, cameo: story.type.cameo,
      goldstein: story.type.goldstein, quadClass: story.type.quad,
      acled: story.type.acled ? { eventType: story.type.acled[0], subEventType: story.type.acled[1] } : null,
      source: { name: story.s.name, text: story.s.name, country: story.s.country, sector: story.s.sector, entity: s.id, actorCode: story.s.code },
      target: { name: story.t.name, text: story.t.name, country: story.t.country, sector: story.t.sector, entity: t.id, actorCode: story.t.code },
      date: { value: iso(story.date), text: weekday, precision: "day", basis: "timex" },
      location: { name: story.place.name, country: story.place.country, lat: story.place.lat, lon: story.place.lon, precision: story.place.precision },
      modality: story.modality as ExtractionDocument["events"][number]["modality"], fatalities: story.fatalities, injuries: null, confidence: 0.8,
      trigger, evidence: sentence,
    });
    for (const a of [story.s, story.t]) {
      if (!a.backedBy) continue;
      const sponsor = entity(actor(a.backedBy));
      doc.relations.push({ subject: sponsor.id, predicate: "backs", object: entity(a).id, evidence: sentence });
    }
  }
  b.add("\n\nAnalysts said the events fit a pattern seen over previous months.");
  doc.document.text = b.text;
  doc.entities = [...entities.values()];
  doc.document.id = createHash("sha256").update(doc.document.text + doc.document.source + doc.document.published).digest("hex");
  return doc;
}

/** `count` documents; about a third re-report an earlier story (another publisher, a day or two later). */
export function syntheticDocuments(count: number, seed = 7): ExtractionDocument[] {
  return [...syntheticStream(count, seed)];
}

/** The same documents one at a time, for corpora too large to hold (the 100,000-event benchmark); with
 * perDoc > 1 each document is a round-up of that many stories. */
export function* syntheticStream(count: number, seed = 7, days = 1800, perDoc = 1): Generator<ExtractionDocument> {
  const r = rng(seed);
  const recent: Story[] = [];
  for (let i = 0; i < count; i++) {
    const stories: Story[] = [];
    for (let k = 0; k < perDoc; k++) {
      const again = recent.length > 10 && r() < 0.3;
      const story = again ? recent[recent.length - 1 - Math.floor(r() * 10)]! : makeStory(r, days);
      if (!again) {
        recent.push(story);
        if (recent.length > 20) recent.shift();
      }
      if (!stories.includes(story)) stories.push(story);
    }
    yield reportStories(stories, pick(r, PUBLISHERS), perDoc === 1 && recent.at(-1) !== stories[0] ? 1 + Math.floor(r() * 2) : 0, i);
  }
}

/** One event far from every other, at an exact site: a lone marker on the world map. */
export function remoteSiteDocument(): ExtractionDocument {
  const place: PlaceDef = { name: "Honiara port", country: "SLB", lat: -9.43, lon: 159.95, precision: "site" };
  const story: Story = { s: actor("un"), t: actor("slb-gov"), type: FRIENDLY.find((t) => t.type === "AID")!, date: Date.UTC(2023, 5, 14), place, fatalities: null, modality: "asserted" };
  return reportStory(story, "Pacific Observer", 0, 1);
}

export const HOSTILE_MARKER = "window.__xss";
const EVIL = `${HOSTILE_MARKER}=1`;

/** A document whose every field tries to run script or inject markup. Must render as inert text. */
export function hostileDocument(): ExtractionDocument {
  const b = new TextBuilder();
  b.add(`<script>${EVIL}</script> KHARKIV — `);
  const sentStart = b.text.length;
  const src = b.add(`<b onmouseover="${EVIL}">Night Raven</b> Militia<img src=x onerror="${EVIL}">`);
  b.add(" ");
  const trig = b.add("attacked");
  b.add(" ");
  const tgt = b.add(`<a href="javascript:${EVIL}">Village Guard</a>`);
  b.add(" near ");
  const place = b.add("Kharkiv");
  b.add(" on ");
  const when = b.add("Tuesday");
  b.add(`, killing 3 people <iframe src="javascript:${EVIL}"></iframe>.`);
  const sentence = { start: sentStart, end: b.text.length, text: b.text.slice(sentStart) };
  b.add("\n\n");
  const q = b.add(`<svg onload="${EVIL}">We were not there</svg>`);
  b.add(" said ");
  const spk = b.add(`<img src=x onerror="${EVIL}">Commander`);
  b.add(".");
  const text = b.text;
  return {
    version: 1,
    document: { id: createHash("sha256").update(text).digest("hex"), title: `<script>${EVIL}</script><img src=x onerror="${EVIL}">Hostile headline`,
      published: "2024-12-05", source: `<img src=x onerror="${EVIL}">Evil Wire`, url: `javascript:${EVIL}`, text },
    sentences: [{ start: sentence.start, end: sentence.end }],
    entities: [
      { id: "e1", name: src.text, type: "ARMED_GROUP", country: "UKR", sector: "REB", actorCode: "UKRREB", mentions: [src] },
      { id: "e2", name: tgt.text, type: "ORG", country: "UKR", sector: "CVL", actorCode: "UKRCVL", mentions: [tgt] },
      { id: "e3", name: spk.text, type: "PERSON", country: "UKR", sector: "REB", mentions: [spk] },
    ],
    timexes: [{ ...when, type: "DATE", value: "2024-12-03", precision: "day" }],
    places: [{ ...place, name: "Kharkiv", country: "UKR", lat: 49.99, lon: 36.23, precision: "city" }],
    quotes: [{ ...q, direct: true, speaker: { name: spk.text, entity: "e3" }, verb: "said" }],
    events: [{
      id: "v1", type: "ASSAULT", mode: "firearms", cameo: "190", goldstein: -10, quadClass: 4, acled: { eventType: "Battles", subEventType: "Armed clash" },
      source: { name: src.text, country: "UKR", sector: "REB", entity: "e1", actorCode: "UKRREB" },
      target: { name: tgt.text, country: "UKR", sector: "CVL", entity: "e2", actorCode: "UKRCVL" },
      date: { value: "2024-12-03", text: "Tuesday", precision: "day", basis: "timex" },
      location: { name: "Kharkiv", country: "UKR", lat: 49.99, lon: 36.23, precision: "city" },
      modality: "asserted", fatalities: 3, injuries: null, confidence: 0.7, trigger: trig, evidence: sentence,
    }],
    relations: [],
  };
}
