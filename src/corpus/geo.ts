// Distances between event locations, and how far apart two reports of one event may place it.
import type { LocationRef } from "./records.ts";

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const RANK: Record<string, number> = { site: 5, city: 4, admin2: 3, region: 2, admin1: 2, country: 1 };

export function precisionRank(p: string | null | undefined): number {
  return RANK[p ?? ""] ?? 0;
}

/** How far apart two places of the given precisions may be and still be the same place (km). */
export function toleranceKm(a: string, b: string): number {
  const coarser = Math.min(precisionRank(a), precisionRank(b));
  return coarser >= 4 ? 30 : coarser === 3 ? 80 : coarser === 2 ? 250 : Infinity;
}

export function distanceKm(a: LocationRef, b: LocationRef): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}
