// Entities stage: finds the people, organisations, armed groups and countries an article names, links their
// mentions into one entity per referent, and records who backs whom and who speaks for or leads what.
// Finders (src/stages/entities/*): dictionary (actor base, countries), names (patterns for names no list holds),
// agents (generic actors: "Iraqi troops"), metonyms (demonyms, capitals), roles (appositions), backing ("Iran-
// backed"), coref (surnames, pronouns, nominals). This file resolves their overlaps and builds the layer.
import type { Doc, EntityMention } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { Entity, Relation, Sector } from "../schema.ts";
import { foldKey } from "../text/normalize.ts";
import { codeOf, makeContext, spanText, type Candidate, type EntityContext } from "./entities/context.ts";
import { actorMentions, countryHits, countryMentions } from "./entities/dictionary.ts";
import { nameMentions, type RoleNote } from "./entities/names.ts";
import { agentMentions, anchorIndex } from "./entities/agents.ts";
import { countryMetonyms } from "./entities/metonyms.ts";
import { roleMentions } from "./entities/roles.ts";
import { findBackings } from "./entities/backing.ts";
import { cluster, linkGroupNominals, linkNominals, linkPronouns, type Cluster } from "./entities/coref.ts";

const PRIORITY: Record<Candidate["origin"], number> = { actors: 4, countries: 4, pattern: 2, agent: 1, nominal: 0, pronoun: 0 };

/** Keeps the best of overlapping candidates; a name may sit inside the generic actor phrase it anchors
 * ("Iran's foreign ministry" holds "Iran", "the Biden administration" holds "Biden"), nothing else nests. */
export function resolveOverlaps(cands: Candidate[], upperCase = false): Candidate[] {
  const order = [...cands].sort(
    // the longest dictionary name wins ("Israel Defense Forces" over "Israel"); on the same span a country over an actor
    (a, b) => Number(!!a.dependent) - Number(!!b.dependent) || PRIORITY[b.origin] - PRIORITY[a.origin] || b.end - b.start - (a.end - a.start) ||
      Number(b.origin === "countries") - Number(a.origin === "countries") || a.start - b.start,
  );
  // a longer name holding a dictionary name is a more specific name ("Abu Hassan al-Tikriti" holds "Hassan")
  // (not in all-caps text, where a name's end is a guess)
  const patterns = upperCase ? [] : cands.filter((c) => c.origin === "pattern" && !c.dependent);
  const inside = (a: Candidate) => a.origin === "actors" && patterns.some((p) => p.start <= a.start && a.end <= p.end && p.end - p.start > a.end - a.start);
  const kept: Candidate[] = [];
  const nests = (inner: Candidate, outer: Candidate) =>
    outer.origin === "agent" && inner.origin !== "agent" && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;
  for (const c of order) {
    if (inside(c)) continue;
    const clash = kept.some((k) => k.start < c.end && c.start < k.end && !nests(k, c) && !nests(c, k));
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function entitiesStage(doc: Doc, kb: Knowledge): void {
  const ctx = makeContext(doc, kb);
  const hits = countryHits(ctx);
  const named = [...actorMentions(ctx), ...countryMentions(ctx, hits), ...countryMetonyms(ctx, hits)];
  const names = nameMentions(ctx, hits);
  inheritBySurname([...named, ...names.candidates]);
  const agents = agentMentions(ctx, anchorIndex(hits, [...named, ...names.candidates]));
  let cands = resolveOverlaps([...named, ...names.candidates, ...agents], doc.upperCase);

  // roles: titles found with the names, appositions and role phrases; role words there are not actors themselves
  const persons = cands.filter((c) => c.type === "PERSON" && c.origin !== "agent");
  const found = roleMentions(ctx, persons, cands, hits);
  const roles = [...names.roles, ...found.roles];
  // an office named as a title before a name ("Secretary of State Antony Blinken") is the person's role, not an actor
  const titleSpans = names.roles.flatMap((r) => (r.title ? [r.title] : []));
  cands = cands.filter((c) => !(c.origin === "actors" && titleSpans.some((s) => c.start >= s.start && c.end <= s.end)));
  cands = cands.filter((c) => !(c.origin === "agent" && c.type === "PERSON" && found.spans.some((s) => c.start >= s.start && c.end <= s.end)));

  const backings = findBackings(ctx, cands, hits);
  const clusters = cluster(cands);
  linkPronouns(ctx, clusters);
  linkNominals(ctx, clusters);
  linkGroupNominals(ctx, clusters);
  build(ctx, clusters, roles, backings);
}

/** A lone surname borrows the country of the full name it shortens ("the Biden administration" is American). */
function inheritBySurname(cands: Candidate[]): void {
  const last = (n: string) => n.split(/[\s-]+/).pop()?.toLowerCase() ?? "";
  const full = cands.filter((c) => !c.dependent && c.type === "PERSON" && c.country);
  for (const d of cands) {
    if (!d.dependent || d.country) continue;
    const host = full.find((f) => last(f.name) === last(d.name));
    if (host) d.country = host.country;
  }
}

/** The entity of each cluster, the mention list and the relations. */
function build(ctx: EntityContext, clusters: Map<string, Cluster>, roles: RoleNote[], backings: ReturnType<typeof findBackings>): void {
  const { doc, kb } = ctx;
  const list = [...clusters.values()].filter((cl) => cl.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const entityOf = new Map<Candidate, string>();
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  const byKey = new Map<string, Entity>();

  list.forEach((cl, n) => {
    const id = `e${n + 1}`;
    const ms = cl.mentions;
    const lead = [...ms].sort((a, b) => PRIORITY[b.origin] - PRIORITY[a.origin])[0]!;
    const named = ms.filter((m) => m.kind === "name" || m.kind === "alias" || m.kind === "metonym");
    const isGpe = cl.key.startsWith("C:");
    const rec = isGpe ? kb.countries.byIso3(cl.key.slice(2)) : undefined;
    // the fullest name: the country's name; in all-caps text the actor's display name; else the longest name written
    let name = rec?.name ?? (doc.upperCase && lead.actor ? lead.actor.name : [...(named.length ? named : ms)].sort((a, b) => b.name.length - a.name.length)[0]!.name);
    if (lead.origin === "agent") name = lead.name;
    // a leader named only by surname ("Trump") keeps the dictionary's full name
    if (lead.actor && lead.actor.name.length > name.length && foldKey(lead.actor.name).includes(foldKey(name))) name = lead.actor.name;
    const role = roles.filter((r) => ms.some((m) => m.start === r.start && m.end === r.end));
    let country = lead.country ?? role.find((r) => r.country)?.country ?? null;
    let sector = isGpe ? null : (lead.actor ? lead.sector : role.find((r) => r.sector)?.sector ?? lead.sector) ?? null;
    if (lead.actor && !lead.sector) sector = role.find((r) => r.sector)?.sector ?? null;
    if (!country && lead.actor) country = role.find((r) => r.country)?.country ?? null;
    // an actor the dictionary gives no code at this date (a former official, the dead) is coded by its role here
    const resolved = lead.actor ? kb.actors.codeAt(lead.actor, ctx.date) : null;
    const code = isGpe ? rec?.iso3 ?? lead.code : resolved ?? codeOf(country, sector);
    const aliases = [...new Set(ms.filter((m) => m.kind !== "pronoun").map((m) => spanText(doc, m.start, m.end)))].filter((a) => a !== name);
    if (lead.actor && lead.actor.name !== name && !aliases.includes(lead.actor.name)) aliases.push(lead.actor.name);
    const backed = backings.find((b) => ms.includes(b.target))?.country ?? ms.find((m) => m.backedBy)?.backedBy ?? null;
    const e: Entity = {
      id, name, type: lead.type, country, sector: sector as Sector | null, role: role.map((r) => r.role).filter((r, i, a) => a.indexOf(r) === i).join("; ") || null,
      actorCode: code ?? null, aliases, backedBy: backed, origin: lead.origin === "actors" ? `actors:${lead.actor?.source ?? ""}` : lead.origin,
      mentions: ms.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind: m.kind })),
    };
    entities.push(e);
    byKey.set(cl.key, e);
    for (const m of ms) {
      entityOf.set(m, id);
      mentions.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), entity: id, kind: m.kind });
    }
  });

  const entityAt = (start: number, end: number) => mentions.find((m) => m.start === start && m.end === end)?.entity;
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const relate = (subject: string | undefined, predicate: string, object: string | undefined, start: number, end: number) => {
    if (!subject || !object || subject === object) return;
    const k = `${subject} ${predicate} ${object}`;
    if (seen.has(k)) return;
    seen.add(k);
    relations.push({ subject, predicate, object, evidence: { start, end, text: doc.text.slice(start, end) } as Relation["evidence"] });
  };
  for (const b of backings) {
    const backer = byKey.get(`C:${b.country}`)?.id ?? entityAt(ctx.tokens[b.backerFrom]!.start, ctx.tokens[b.backerTo - 1]!.end);
    relate(backer, "backs", entityOf.get(b.target) ?? entityAt(b.target.start, b.target.end), b.start, b.end);
  }
  for (const r of roles) {
    if (!r.org || !r.predicate) continue;
    relate(entityAt(r.start, r.end), r.predicate, entityAt(r.org.start, r.org.end), Math.min(r.start, r.org.start), Math.max(r.end, r.org.end));
  }
  doc.entities = entities;
  doc.mentions = mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  doc.relations.push(...relations);
}
