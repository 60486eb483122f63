// Datelines of wire copy: "SAN SALVADOR, 3 JAN 90 (RADIO CADENA YSU) --", "Concepcion, 23 Aug 88 (Santiago
// Domestic Service) --", "BAGHDAD, June 27 (Reuters) -", "WASHINGTON (AP) —". The place opens the text, the date
// (when written) anchors relative dates when no publication date is given.
import type { Dateline } from "../doc.ts";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "").slice(0, word.toLowerCase().startsWith("sept") ? 4 : 3)];
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 30 ? 1900 + n : 2000 + n;
}

// place: up to five capitalised words (commas allowed inside, "SANTA ELENA, USULUTAN" is rare); then an
// optional date "3 JAN 90" / "June 27" / "27 June 2021"; then an optional "(source)"; then a dash.
const DATELINE = new RegExp(
  String.raw`^(?:[^\n]*\n){0,2}?[ \t]*` +
    String.raw`(?<place>[A-Z][A-Za-z'.\-]+(?:[ \t]+[A-Za-z'.\-]+){0,4}?)` +
    // a country in brackets before the comma: "CARACAS (VENEZUELA), 23 AUG 89"
    String.raw`(?:[ \t]*\([A-Za-z .'\-]{2,30}\)(?=,))?` +
    String.raw`(?:,[ \t]*(?<date>\d{1,2}[ \t]+[A-Za-z]{3,9}\.?(?:[ \t]+\d{2,4})?|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?))?` +
    String.raw`[ \t]*(?:\((?<source>[^)\n]{2,60})\))?` +
    String.raw`[ \t]*(?:--|[-\u2013\u2014])[ \t\n]`,
);

export function parseDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 400));
  if (!m?.groups) return null;
  const { place, date, source } = m.groups;
  // a dateline needs a date or a source in brackets; a bare "Word -" is ordinary prose
  if (!date && !source) return null;
  const placeStart = m.index + m[0].indexOf(place!);
  const out: Dateline = { start: placeStart, end: m.index + m[0].length };
  out.place = { start: placeStart, end: placeStart + place!.length, text: place! };
  if (source) out.source = source.trim();
  if (date) {
    const parts = date.replace(/,/g, " ").split(/\s+/).filter(Boolean);
    let iso: string | undefined;
    if (/^\d/.test(parts[0]!)) {
      const mo = monthOf(parts[1]!);
      if (mo && parts[2]) iso = isoDate(fullYear(parts[2]), mo, Number(parts[0]));
    } else {
      const mo = monthOf(parts[0]!);
      if (mo && parts[2]) iso = isoDate(fullYear(parts[2]), mo, Number(parts[1]));
    }
    if (iso) out.date = iso;
  }
  return out;
}
