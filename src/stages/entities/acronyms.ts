// Acronyms a text defines: "the National Liberation Army (ELN)" makes "ELN" a name of that entity, there and
// wherever the text uses it later. Dictionaries know the common ones; a text's own definitions cover the rest.
import type { Candidate, EntityContext } from "./context.ts";

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;

/** The candidates with aliases for acronyms defined in brackets after a named organisation and their later uses. */
export function definedAcronyms(ctx: EntityContext, cands: Candidate[]): Candidate[] {
  if (ctx.doc.upperCase) return cands; // in all-caps copy every word looks like an acronym
  const { tokens } = ctx;
  const out: Candidate[] = [];
  // (an unsure dictionary acronym at the same place gives way: the text's own definition decides)
  const taken = new Set(cands.filter((c) => !c.dependent).map((c) => c.from));
  const defined = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.type === "PERSON" || c.type === "GPE" || c.kind === "pronoun" || c.kind === "nominal") continue;
    const open = tokens[c.to], acr = tokens[c.to + 1], close = tokens[c.to + 2];
    if (open?.text !== "(" || close?.text !== ")" || !acr || !ACRONYM.test(acr.text) || defined.has(acr.text)) continue;
    defined.set(acr.text, c);
  }
  if (!defined.size) return cands;
  for (const t of tokens) {
    const host = defined.get(t.text);
    if (!host || t.start < host.end || taken.has(t.i)) continue;
    out.push({ ...host, start: t.start, end: t.end, from: t.i, to: t.i + 1, kind: "alias", dependent: false });
  }
  const added = new Set(out.map((c) => c.from));
  return [...cands.filter((c) => !(c.dependent && added.has(c.from))), ...out];
}
