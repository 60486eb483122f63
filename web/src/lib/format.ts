// Small formatters shared by the views.
import type { ActorRef } from "../types.ts";

export function actorLabel(a: ActorRef | null | undefined): string {
  if (!a) return "—";
  const tags = [a.country, a.sector].filter(Boolean).join(" ");
  return tags ? `${a.name} (${tags})` : a.name;
}

export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "—" : n.toLocaleString("en");
}

/** Colour per PLOVER type: conflict types warm, cooperation cool, verbal in between. */
export const TYPE_COLOURS: Record<string, string> = {
  AGREE: "#2a9d8f", CONSULT: "#52b69a", SUPPORT: "#76c893", CONCEDE: "#99d98c", COOPERATE: "#1e6091", AID: "#168aad",
  RETREAT: "#b5e48c", REQUEST: "#8ecae6", ACCUSE: "#f4a261", REJECT: "#e9c46a", THREATEN: "#e76f51", PROTEST: "#bc6c25",
  SANCTION: "#9d4edd", MOBILIZE: "#6d597a", COERCE: "#d62828", ASSAULT: "#8d0801", OTHER: "#adb5bd",
};
export const typeColour = (t: string) => TYPE_COLOURS[t] ?? "#adb5bd";

export const SECTOR_COLOURS: Record<string, string> = {
  GOV: "#1d3557", MIL: "#8d0801", REB: "#e76f51", OPP: "#f4a261", IGO: "#2a9d8f", NGO: "#52b69a", CVL: "#adb5bd",
  MED: "#6d597a", BUS: "#457b9d", COP: "#264653", SPY: "#3a0ca3", REL: "#bc6c25", CRM: "#5c4033",
};
export const sectorColour = (s: string | null) => (s && SECTOR_COLOURS[s]) || "#888";
