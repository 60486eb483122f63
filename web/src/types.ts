// The dashboard's view of the API: the answer types come from src/contracts/api.ts (type-only: nothing of src/ is
// bundled), never copied here. Only the vocabularies the filter bar lists live here, as values the browser needs;
// test/dashboard-lib.test.ts holds them equal to the extraction schema's.
export type {
  ActorRef, CanonicalEvent, CountRow, DyadMonth, EventDetail, EventPage, MapPoint, NetworkEdge, NetworkNode, ReportRef, Span, TimelineBucket,
  ActorRecord as ActorItem, StoredDocument as ExtractionDocument,
} from "../../src/contracts/api.ts";

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
] as const;
export const MODALITIES = ["asserted", "negated", "intended", "threatened", "conditional", "hypothetical", "reported_denied"] as const;
export const ACLED_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"] as const;
