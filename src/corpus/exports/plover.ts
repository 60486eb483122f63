// PLOVER JSON Lines: one event per line with the PLOVER manual's JSON fields ("JSON Data Fields", draft 0.7):
// id, date (YYYY-MM-DD) and enddate, source and recipient as lists of actor objects (code, sector, actor_text,
// identifier_id), event as a list of categories, mode, context, quad_code, event_scale, event_loc (GeoNames'
// field names), event_text, coder and coded_date. The manual allows a provider's own fields: sitrep adds the
// date's precision, modality, tolls, CAMEO and ACLED codes, confidence and every merged report with its evidence.
import type { ActorRef, LocationRef } from "../records.ts";
import type { Exporter, ExportRefs } from "./types.ts";
import { exportDay, skip } from "./event-dates.ts";
import { PLOVER_NONSTATE, PLOVER_SECTORS } from "./check/plover.ts";

/** A PLOVER sector from sitrep's (CAMEO's) sector codes: CAMEO MED (media) is PLOVER JRN, CAMEO HLH (health) is
 * PLOVER MED, a politician (POL) a party (PTY); codes PLOVER does not list are left out. */
function ploverSector(sector: string | null): string | null {
  const s = sector === "MED" ? "JRN" : sector === "HLH" ? "MED" : sector === "POL" ? "PTY" : sector;
  return s && PLOVER_SECTORS.has(s) ? s : null;
}

/** The manual's actor object: code (ISO 3166 alpha-3, or a non-state code such as IGO), sector, the text. */
function actorObjects(a: ActorRef | null, refs: ExportRefs): object[] {
  if (!a) return [];
  const code = a.country && refs.country(a.country) ? a.country : a.sector && PLOVER_NONSTATE.has(a.sector) ? a.sector : null;
  return [{ code, sector: ploverSector(a.sector), actor_text: a.name, identifier_id: a.actorId, cameo_code: a.actorCode }];
}

/** The manual's location object (GeoNames' field names, plus cc3): the GeoNames id and admin1 code of the
 * gazetteer place, or of the country for a country-level place. */
function eventLoc(l: LocationRef | null, refs: ExportRefs): object | null {
  if (!l || l.lat == null || l.lon == null) return null;
  const country = refs.country(l.country);
  const codes = refs.place(l);
  return {
    geonameid: codes?.geonameId ?? (l.precision === "country" ? (country?.geonameId ?? null) : null),
    name: l.name, latitude: l.lat, longitude: l.lon,
    "country code": country?.iso2 ?? null, cc3: country?.iso3 ?? null,
    "admin1 code": codes?.admin1Key.split(".")[1] ?? null,
    precision: l.precision,
  };
}

export const exportPlover: Exporter = async function* (events, ctx) {
  const now = ctx.now ?? new Date();
  for await (const { event: e, reports } of events) {
    const day = exportDay(e, now);
    if (!day) { skip(ctx, "no date"); continue; }
    yield JSON.stringify({
      id: e.id,
      // PLOVER's date is a day; enddate closes a week, month or year, and date_precision says how much the text gave
      date: day.first,
      enddate: day.last !== day.first ? day.last : undefined,
      date_precision: day.precision,
      source: actorObjects(e.source, ctx.refs),
      recipient: actorObjects(e.target, ctx.refs),
      event: [e.type],
      mode: e.mode,
      context: [],
      // the manual's quad category of the PLOVER category (the CAMEO code's QuadClass can differ: 020 appeal is 1)
      quad_code: ctx.refs.ploverQuads()[e.type] ?? null,
      event_scale: e.goldstein,
      event_loc: eventLoc(e.location, ctx.refs),
      event_text: [...new Set(reports.map((r) => r.sentence.text.replace(/\s+/g, " ").trim()))],
      coder: "sitrep",
      coded_date: now.toISOString().slice(0, 10),
      modality: e.modality,
      fatalities: e.fatalities,
      injuries: e.injuries,
      cameo: e.cameo,
      acled: e.acled,
      confidence: e.confidence,
      num_reports: e.reports,
      num_publishers: e.publishers,
      first_seen: e.firstSeen,
      sources: reports.map((r) => ({ document: r.documentId, title: r.title, publisher: r.source, published: r.published, url: r.url, event_index: r.eventIndex, sentence: r.sentence, evidence: r.evidence })),
    }) + "\n";
  }
};
