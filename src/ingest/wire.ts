// Multi-article wire files (the MUC-3/4 corpora): each message opens with an id line ("DEV-MUC3-0001 (NOSC)")
// and then a dateline ("SAN SALVADOR, 3 JAN 90 (RADIO CADENA YSU) --") that gives its date and medium.
import type { Article } from "../doc.ts";
import { parseDateline } from "../text/dateline.ts";

const ID_LINE = /^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3,})(?:[ \t]+\([^)\n]*\))?[ \t]*$/gm;

/** True when the text holds several messages opened by wire id lines. */
export function isWireFile(text: string): boolean {
  const head = text.slice(0, 200);
  ID_LINE.lastIndex = 0;
  const first = ID_LINE.exec(head);
  if (!first || first.index > 5) return false;
  ID_LINE.lastIndex = 0;
  return (text.match(ID_LINE)?.length ?? 0) >= 1 && /\n\s*\n/.test(text.slice(0, 400));
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** The date and medium of a dateline the general parser missed ("ROME (ITALY), 11 JAN 90 --", "7 FEB (REUTER) --");
 *  a date written without a year takes the year of the message before it. */
function wireDateline(body: string, prevYear: number | null): { date: string | null; source: string | null } {
  const line = body.slice(0, 160).split(/--/)[0]!;
  const m = line.match(/\b(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?(?:\s+(\d{2,4}))?\b(?:\s*\(([^)\n]{2,60})\))?/i);
  if (!m) return { date: null, source: null };
  const month = MONTHS.indexOf(m[2]!.toUpperCase()) + 1;
  const year = m[3] ? (m[3].length === 4 ? +m[3] : +m[3] >= 30 ? 1900 + +m[3] : 2000 + +m[3]) : prevYear;
  const day = +m[1]!;
  if (!month || !year || day < 1 || day > 31) return { date: null, source: m[4] ?? null };
  return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, source: m[4] ?? null };
}

export function splitWire(text: string, name: string): { name: string; article: Article }[] {
  const out: { name: string; article: Article }[] = [];
  let prevYear: number | null = null;
  const heads = [...text.matchAll(ID_LINE)];
  heads.forEach((m, i) => {
    const end = i + 1 < heads.length ? heads[i + 1]!.index! : text.length;
    const body = text.slice(m.index! + m[0].length, end).replace(/^\s+/, "").replace(/\s+$/, "\n");
    if (!body.trim()) return;
    const dl = parseDateline(body);
    const fallback = dl?.date ? null : wireDateline(body, prevYear);
    const published = dl?.date ?? fallback?.date ?? null;
    if (published) prevYear = +published.slice(0, 4);
    out.push({
      name: `${name}#${m[1]}`,
      article: { id: m[1], text: body, title: m[1], published, source: dl?.source ?? fallback?.source ?? null, url: null },
    });
  });
  return out;
}
