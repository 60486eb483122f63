// The country an article is about, when one dominates it: the dateline place's country and the countries its
// names, demonyms and named actors point at, counted. Analysts (and ICEWS/PETRARCH coders) read "the army",
// "police" or "Police spokesman X" in a Mogadishu-datelined Somali story as Somalia's; with two or more
// countries in comparable measure there is no owner and nothing is inferred.
import type { Candidate, EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";

// How much the dateline counts: wire copy is filed from the country it is about, mostly.
const DATELINE_WEIGHT = 3;
// A city that stands for its country in a dateline must be a real town, not a namesake village.
const DATELINE_MIN_POPULATION = 50_000;

/** The country of the dateline's place ("MOGADISHU", "GOMA, Congo"), if the lexicons know it. */
export function datelineCountry(ctx: EntityContext): string | null {
  const text = ctx.doc.dateline?.place?.text;
  if (!text) return null;
  const { countries, gazetteer } = ctx.kb;
  const head = text.split(",")[0]!.trim();
  const rec = countries.byName(text) ?? countries.byCapital(head) ?? countries.byName(head);
  if (rec) return rec.iso3;
  const place = gazetteer.lookup(head)[0];
  return place && place.country && place.population >= DATELINE_MIN_POPULATION ? place.country : null;
}

/** Country weights: every country name, demonym and capital written, every named actor's country, the dateline. */
export function countryWeights(ctx: EntityContext, hits: CountryHit[], named: Candidate[]): Map<string, number> {
  const w = new Map<string, number>();
  const add = (iso3: string | null | undefined, n = 1) => {
    if (iso3) w.set(iso3, (w.get(iso3) ?? 0) + n);
  };
  // each stretch of text counts once: "US Africa Command" is one mention, not a country, an actor and a name
  const spans = [
    ...hits.map((h) => ({ start: h.start, end: h.end, country: h.value.country.iso3 })),
    ...named.filter((c) => c.origin !== "countries" && !c.dependent && c.country).map((c) => ({ start: c.start, end: c.end, country: c.country })),
  ].sort((a, b) => b.end - b.start - (a.end - a.start));
  const counted: { start: number; end: number }[] = [];
  for (const sp of spans) {
    if (counted.some((c) => c.start < sp.end && sp.start < c.end)) continue;
    counted.push(sp);
    add(sp.country);
  }
  add(datelineCountry(ctx), DATELINE_WEIGHT);
  return w;
}

/** The dominant country: at least three points and twice the runner-up's; else null (no clear owner). */
export function dominantCountry(weights: Map<string, number>): string | null {
  const ranked = [...weights].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 3) return null;
  return !second || top[1] >= 2 * second[1] ? top[0] : null;
}
