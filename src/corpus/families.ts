// Event type families for merging: two reports can be one event only if their PLOVER types are the same or
// close kin (an abduction coded ASSAULT by one report and COERCE by another). Families are the blocking key.
import type { PloverType } from "../schema.ts";

const FAMILY: Record<PloverType, string> = {
  ASSAULT: "violence", COERCE: "violence",
  MOBILIZE: "posture",
  PROTEST: "protest",
  SANCTION: "sanction",
  THREATEN: "threat",
  ACCUSE: "dispute", REJECT: "dispute",
  REQUEST: "request",
  AGREE: "agreement", CONSULT: "meeting",
  SUPPORT: "support",
  COOPERATE: "cooperation", AID: "cooperation",
  CONCEDE: "yield", RETREAT: "yield",
  OTHER: "other",
};

export function typeFamily(type: string): string {
  return FAMILY[type as PloverType] ?? "other";
}

/** Which modalities may merge: what happened with what happened; intentions, threats and denials apart. */
export function modalityClass(modality: string): string {
  return modality === "asserted" ? "asserted" : modality === "negated" || modality === "reported_denied" ? "negated" : "unrealised";
}
