// CAMEO-style actor codes are runs of three-letter parts: a country (ISO3 or a CAMEO region), then roles:
// "IRNGOVLEG" = Iran, government, legislature; "IGOUNOKID" = intergovernmental, UN, children; "SYRREB" = Syria,
// rebels. This reads the country and the (first) sector out of one.
import { Sector } from "../schema.ts";

const SECTORS = new Set<string>(Sector.options);
// Parts that stand for a sector under another name.
const SECTOR_PART: Record<string, string> = { IMG: "REB", MNC: "BUS", INS: "REB", SEP: "REB", PTY: "POL", HRI: "NGO", MOD: "GOV", PRS: "GOV", ATG: "GOV", FRM: "GOV" };

// CAMEO country parts that are not ISO 3166 codes, as the ISO code of the state (or its successor)
const CAMEO_COUNTRY: Record<string, string> = { ANG: "AGO", TMP: "TLS", KSV: "UNK", SUN: "RUS", DDR: "DEU" };

export interface ParsedCode {
  country: string | null;
  sector: string | null;
}

/** Country (ISO3 when `isIso` says it is one) and first sector of a code. */
export function parseActorCode(code: string, isIso: (part: string) => boolean): ParsedCode {
  const parts = code.toUpperCase().match(/[A-Z]{3}/g) ?? [];
  let country: string | null = null;
  let sector: string | null = null;
  parts.forEach((p, i) => {
    if (i === 0 && CAMEO_COUNTRY[p] && isIso(CAMEO_COUNTRY[p]!)) country = CAMEO_COUNTRY[p]!;
    else if (i === 0 && !SECTORS.has(p) && !SECTOR_PART[p] && isIso(p)) country = p;
    else if (!sector && (SECTORS.has(p) || SECTOR_PART[p])) sector = SECTORS.has(p) ? p : SECTOR_PART[p]!;
  });
  return { country, sector };
}
