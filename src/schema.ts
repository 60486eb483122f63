// The extraction document (shared/spec/document-json.md, version 1): one zod schema that is both the runtime
// validator and, through z.infer, the TypeScript type every stage, store and exporter uses.
import { z } from "zod";

/** ISO 3166-1 alpha-3, upper case. Unknown is null, never a guess. */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/);
/** ISO 8601 at the precision the text supports: 2021-06-27, 2021-02, 2020, 2021-W26, P4M, PT3H, T14:00 ... */
export const IsoValue = z.string().min(1);

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;
export const TextSpan = Span.extend({ text: z.string() });

export const Sector = z.enum(["GOV", "MIL", "REB", "OPP", "MED", "BUS", "IGO", "NGO", "CVL", "JUD", "LEG", "POL", "SPY", "EDU", "REL", "LAB", "HLH", "COP", "ELI", "UAF", "CRM", "REF", "AGR", "ENV", "OTHER"]);
export type Sector = z.infer<typeof Sector>;

export const EntityType = z.enum(["PERSON", "ORG", "GPE", "LOC", "FAC", "ARMED_GROUP", "NORP"]);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = TextSpan.extend({
  /** how the entity is named here: by name, a shorter alias, a pronoun, a description, a metonym or a demonym */
  kind: z.enum(["name", "alias", "pronoun", "nominal", "metonym", "demonym"]).optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  country: Iso3.nullable(),
  sector: Sector.nullable().optional(),
  role: z.string().nullable().optional(),
  /** CAMEO-style actor code, e.g. USAGOV, IRQREB, IGOUNO */
  actorCode: z.string().nullable().optional(),
  aliases: z.array(z.string()).optional(),
  /** ISO3 of a state sponsor ("Iran-backed") */
  backedBy: Iso3.nullable().optional(),
  /** where the entity came from: the actor base, the gazetteer, a pattern */
  origin: z.string().optional(),
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;

export const TimexType = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export const Timex = TextSpan.extend({
  type: TimexType,
  value: IsoValue,
  /** TIMEX3-style modifier: BEFORE, AFTER, APPROX, START, END, MID, LESS_THAN, MORE_THAN ... */
  mod: z.string().optional(),
  precision: z.enum(["second", "minute", "hour", "day", "week", "month", "quarter", "season", "year", "decade", "century"]).optional(),
});
export type Timex = z.infer<typeof Timex>;

export const PlacePrecision = z.enum(["country", "admin1", "admin2", "region", "city", "site"]);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

export const Place = TextSpan.extend({
  name: z.string(),
  country: Iso3.nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonameId: z.number().int().nullable().optional(),
  precision: PlacePrecision,
  /** a place used for a government or people ("Tehran insists") */
  metonym: z.boolean().optional(),
  /** a demonym or adjective of a country ("Turkish", "Iraqis") placed at that country; it locates no event */
  demonym: z.boolean().optional(),
  entity: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const Speaker = z.object({ name: z.string(), entity: z.string().nullable().optional(), start: z.number().int().optional(), end: z.number().int().optional() });
export const Quote = TextSpan.extend({
  direct: z.boolean(),
  speaker: Speaker.nullable(),
  /** the reporting verb: said, told, added, warned ... */
  verb: z.string().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Modality = z.enum(["asserted", "negated", "intended", "threatened", "conditional", "hypothetical", "reported_denied"]);
export type Modality = z.infer<typeof Modality>;

export const PloverType = z.enum([
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
]);
export type PloverType = z.infer<typeof PloverType>;

export const Actor = z.object({
  name: z.string(),
  text: z.string().optional(),
  country: Iso3.nullable(),
  sector: Sector.nullable().optional(),
  entity: z.string().nullable().optional(),
  actorCode: z.string().nullable().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  /** coordinated actors ("the UK, Germany, France, China and Russia") */
  get members() { return z.array(Actor).optional(); },
});
export type Actor = z.infer<typeof Actor>;

export const EventDate = z.object({
  value: IsoValue.nullable(),
  text: z.string().nullable().optional(),
  precision: z.enum(["day", "week", "month", "year", "decade", "unknown"]).optional(),
  /** how the date was found: the clause's timex, the publication date, tense ... */
  basis: z.string().optional(),
});

export const EventLocation = z.object({
  name: z.string(),
  country: Iso3.nullable(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  geonameId: z.number().int().nullable().optional(),
  precision: PlacePrecision,
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

export const Event = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable().optional(),
  cameo: z.string().nullable().optional(),
  goldstein: z.number().nullable().optional(),
  quadClass: z.number().int().min(1).max(4).nullable().optional(),
  acled: z.object({ eventType: z.string(), subEventType: z.string() }).nullable().optional(),
  source: Actor.nullable(),
  target: Actor.nullable(),
  date: EventDate.nullable(),
  location: EventLocation.nullable(),
  modality: Modality,
  fatalities: z.number().int().nonnegative().nullable(),
  injuries: z.number().int().nonnegative().nullable(),
  /** who the victims were: civilians, soldiers, militants, police ... */
  victims: z.string().nullable().optional(),
  confidence: z.number().min(0).max(1),
  trigger: TextSpan.optional(),
  evidence: TextSpan,
  /** the quote this event was reported in, when it was */
  reportedBy: z.object({ name: z.string(), entity: z.string().nullable().optional() }).nullable().optional(),
});
export type Event = z.infer<typeof Event>;

export const Relation = z.object({
  subject: z.string(),
  predicate: z.string(),
  object: z.string(),
  evidence: TextSpan,
});
export type Relation = z.infer<typeof Relation>;

export const DocumentMeta = z.object({
  id: z.string(),
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  text: z.string(),
  /** the caller's own id for the input (batch mode), kept alongside the content hash */
  inputId: z.string().optional(),
});

export const ExtractionDocument = z.object({
  version: z.literal(1).optional(),
  document: DocumentMeta,
  sentences: z.array(Span).optional(),
  entities: z.array(Entity),
  timexes: z.array(Timex),
  places: z.array(Place),
  quotes: z.array(Quote),
  events: z.array(Event),
  relations: z.array(Relation),
});
export type ExtractionDocument = z.infer<typeof ExtractionDocument>;

/** Validates an extraction document; throws a readable error naming the first bad field. */
export function validateDocument(value: unknown): ExtractionDocument {
  const r = ExtractionDocument.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new Error(`invalid extraction document at ${first?.path.join(".") || "(root)"}: ${first?.message}`);
}
