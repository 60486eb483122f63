// Assembles the entity layer from linked mention clusters: one Entity per cluster (fullest name, type, country,
// sector, role and the actor code valid at the publication date), the sorted mention list, and the relations
// (backs, spokesperson_of, leader_of) between entities.
import type { EntityMention } from "../../doc.ts";
import { Sector, type Entity, type Relation } from "../../schema.ts";
import { foldKey } from "../../text/normalize.ts";
import { codeOf, spanText, type Candidate, type EntityContext } from "./context.ts";
import type { Cluster } from "./coref.ts";
import type { RoleNote } from "./names.ts";
import type { Backing } from "./backing.ts";

/** How much a finder's word counts when mentions overlap or an entity's lead mention is chosen. */
export const PRIORITY: Record<Candidate["origin"], number> = { actors: 5, countries: 5, pattern: 3, agent: 2, recognised: 1, nominal: 0, pronoun: 0 };

const validSector = (s: string | null | undefined): Sector | null => (s && Sector.safeParse(s).success ? (s as Sector) : null);

/** The entity of each cluster, the mention list and the relations. */
export function buildLayer(ctx: EntityContext, clusters: Map<string, Cluster>, roles: RoleNote[], backings: Backing[]): void {
  const { doc, kb } = ctx;
  const list = [...clusters.values()].filter((cl) => cl.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const entityOf = new Map<Candidate, string>();
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  const byKey = new Map<string, Entity>();
  // roles by their span and backings by their target, so each cluster looks up its own rather than testing every
  // role and backing against all its mentions (in the roles' and backings' own order, as a filter and a find give)
  const rolesAt = new Map<string, number[]>();
  roles.forEach((r, k) => {
    const key = `${r.start}:${r.end}`;
    const at = rolesAt.get(key);
    if (at) at.push(k);
    else rolesAt.set(key, [k]);
  });
  const backingOf = new Map<Candidate, number>();
  backings.forEach((b, k) => { if (!backingOf.has(b.target)) backingOf.set(b.target, k); });

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
    // roles whose country is written ("Colombian President X") before those given the article's country
    const roleIndices = new Set<number>();
    for (const m of ms) for (const k of rolesAt.get(`${m.start}:${m.end}`) ?? []) roleIndices.add(k);
    const role = [...roleIndices].sort((a, b) => a - b).map((k) => roles[k]!).sort((a, b) => Number(!!a.inferred) - Number(!!b.inferred));
    let country = lead.country ?? role.find((r) => r.country)?.country ?? null;
    let sector = isGpe ? null : (lead.actor ? lead.sector : role.find((r) => r.sector)?.sector ?? lead.sector) ?? null;
    if (lead.actor && !lead.sector) sector = role.find((r) => r.sector)?.sector ?? null;
    if (!country && lead.actor) country = role.find((r) => r.country)?.country ?? null;
    // an actor the dictionary gives no code at this date (a former official, the dead) is coded by its role here
    const resolved = lead.actor ? kb.actors.codeAt(lead.actor, ctx.date) : null;
    const code = isGpe ? rec?.iso3 ?? lead.code : resolved ?? codeOf(country, sector);
    const aliases = [...new Set(ms.filter((m) => m.kind !== "pronoun").map((m) => spanText(doc, m.start, m.end)))].filter((a) => a !== name);
    if (lead.actor && lead.actor.name !== name && !aliases.includes(lead.actor.name)) aliases.push(lead.actor.name);
    let firstBacking = -1;
    for (const m of ms) {
      const k = backingOf.get(m);
      if (k !== undefined && (firstBacking < 0 || k < firstBacking)) firstBacking = k;
    }
    const backed = (firstBacking >= 0 ? backings[firstBacking]!.country : undefined) ?? ms.find((m) => m.backedBy)?.backedBy ?? null;
    const e: Entity = {
      id, name, type: lead.type, country, sector: validSector(sector), role: role.map((r) => r.role).filter((r, i, a) => a.indexOf(r) === i).join("; ") || null,
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

  // the entity of the first mention with a span (as a find over the mentions in the order they were added)
  const firstAt = new Map<string, string>();
  for (const m of mentions) if (!firstAt.has(`${m.start}:${m.end}`)) firstAt.set(`${m.start}:${m.end}`, m.entity);
  const entityAt = (start: number, end: number) => firstAt.get(`${start}:${end}`);
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
