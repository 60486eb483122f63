// Adding a document to a corpus: syndication check, actor resolution, blocking, scoring and the canonical events'
// records. The decisions are made here, once; each store implements the small repository port below.
//
// Why a plan of steps instead of an async function: better-sqlite3 is synchronous and its transactions cannot span
// an `await`, while node-postgres is asynchronous. The merge is therefore written as a generator that yields each
// repository call (a function of the repository) and receives its result. SQLite drives it synchronously inside
// one `BEGIN IMMEDIATE` transaction (runSync); PostgreSQL drives it with `await` inside its own transaction
// (runAsync). Same decisions, same order of reads and writes, both atomic.
import type { ExtractionDocument } from "../schema.ts";
import type { ActorRef, CanonicalEvent, ReportEvent } from "./records.ts";
import { reportEvent } from "./reports.ts";
import { profileOf, type Profile } from "./profile.ts";
import { summarize } from "./summarize.ts";
import { blockKey, groupReports, linked, reportKey, type Placement } from "./grouping.ts";
import { bandKeys, minhash, NEAR_DUPLICATE_SIMILARITY, publisherKeyOf, similarity } from "./syndication.ts";
import { actorId, actorKeys } from "./actors.ts";
import { typeFamily, modalityClass } from "./families.ts";

/** How many reports of a block are compared with a new report, most recent first. */
export const CANDIDATE_LIMIT = 300;
/** A component of linked reports is regrouped whole up to this size; a larger one (a long chain of near-daily
 *  events at one place) takes a new report into the events of the reports it links to, without regrouping. */
export const REGROUP_LIMIT = 400;
/** Syndication: how many earlier documents sharing LSH bands are compared, most shared bands first. */
export const SYNDICATION_CANDIDATES = 40;

export interface AddResult {
  documentId: string;
  status: "new" | "duplicate";
  /** report events stored */
  events: number;
  /** canonical events founded / merged into */
  founded: number;
  merged: number;
  /** the document this one is a near-identical copy of */
  syndicatedFrom: string | null;
}

/** A document as the store keeps it. */
export interface NewDocument {
  id: string;
  inputId: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  file: string | null;
  /** independent-source key (a syndicated copy takes its original's) */
  publisherKey: string;
  syndicatedFrom: string | null;
  minhash: number[];
  /** LSH band keys of the minhash, for finding copies later */
  bands: string[];
  ingestedAt: string;
  extraction: ExtractionDocument;
}

/** The blocking query: reports of a family and modality class, placed in a compatible country (or nowhere), whose
 *  date window reaches [lo, hi] or who have none (any date when `window` is null); the `limit` latest by start date. */
export interface CandidateQuery {
  family: string;
  modalityClass: string;
  country: string | null;
  window: { lo: number; hi: number } | null;
  limit: number;
}

/** A canonical event as the store writes it: the record, what merging compares with, and the columns filters read. */
export interface CanonicalRow {
  id: string;
  record: CanonicalEvent;
  profile: Profile;
  /** where it happened, else its actors' country */
  country: string | null;
  /** lower-case text for q= */
  search: string;
  /** resolved actors by role, deduplicated */
  actors: { actorId: string; role: "source" | "target" }[];
}

export type Maybe<T> = T | Promise<T>;

/** Where a report sits: its canonical event, the component of reports linked to it, and why it joined. */
export interface ReportPlace {
  canonicalId: string;
  component: string;
  score: number | null;
  reasons: string[];
}

/** A report as the store holds it. */
export interface StoredReport extends ReportPlace {
  report: ReportEvent;
}

/** What the merge asks of a store. SQLite answers synchronously, PostgreSQL with promises. */
export interface MergeRepository {
  hasDocument(id: string): Maybe<boolean>;
  /** earlier documents sharing band keys with a text, most shared bands first */
  syndicationCandidates(bands: string[], limit: number): Maybe<{ id: string; minhash: number[]; publisherKey: string }[]>;
  insertDocument(doc: NewDocument): Maybe<void>;
  /** the actor holding the first of these lookup keys that any actor holds */
  actorByKeys(keys: string[]): Maybe<string | null>;
  /** creates an actor (nothing when the id exists) */
  createActor(id: string, a: { name: string; country: string | null; sector: string | null; actorCode: string | null }): Maybe<void>;
  /** fills in what an earlier mention did not know */
  fillActor(id: string, a: { sector: string | null; actorCode: string | null }): Maybe<void>;
  /** adds lookup keys to an actor (keys another actor holds stay with it) */
  addActorKeys(id: string, keys: string[]): Maybe<void>;
  /** counts one more "subject backs object" */
  addBacking(subject: string, object: string): Maybe<void>;
  /** stored reports the blocking query finds */
  candidateReports(q: CandidateQuery): Maybe<StoredReport[]>;
  /** every stored report of these components */
  componentReports(components: string[]): Maybe<StoredReport[]>;
  /** stores a new report where grouping placed it */
  insertReport(r: ReportEvent, at: ReportPlace): Maybe<void>;
  /** moves a stored report (document id and event index) to another place */
  moveReport(documentId: string, eventIndex: number, at: ReportPlace): Maybe<void>;
  /** writes (or rewrites) a canonical event and its actor links */
  saveCanonical(row: CanonicalRow): Maybe<void>;
  /** removes a canonical event that regrouping dissolved (its reports are elsewhere now) */
  deleteCanonical(id: string): Maybe<void>;
}

/** One repository call; the driver runs it and sends its (awaited) result back into the plan. */
export type Step = (repo: MergeRepository) => unknown;
export type Plan<T> = Generator<Step, T, unknown>;

function* ask<T>(call: (repo: MergeRepository) => Maybe<T>): Plan<T> {
  return (yield call) as T;
}

/** Runs a plan against a synchronous repository (inside a synchronous transaction). */
export function runSync<T>(plan: Plan<T>, repo: MergeRepository): T {
  let step = plan.next();
  while (!step.done) {
    const value = step.value(repo);
    if (value instanceof Promise) throw new Error("runSync: the repository answered with a promise");
    step = plan.next(value);
  }
  return step.value;
}

/** Runs a plan against an asynchronous repository, one call at a time (inside the caller's transaction). */
export async function runAsync<T>(plan: Plan<T>, repo: MergeRepository): Promise<T> {
  let step = plan.next();
  while (!step.done) step = plan.next(await step.value(repo));
  return step.value;
}

/** The merge blocks a document's events fall in (family × modality class): stores whose writers run concurrently
 *  serialise on these keys, so two reports of one incident never both found an event. */
export function documentBlocks(doc: ExtractionDocument): string[] {
  return [...new Set(doc.events.map((e) => `${typeFamily(e.type)}|${modalityClass(e.modality)}`))].sort();
}

/** Adds a document: nothing when it is there (by content hash), else the document, its report events, their
 *  merges and actors. */
export function* addDocumentPlan(doc: ExtractionDocument, opts: { file?: string; now?: string } = {}): Plan<AddResult> {
  const d = doc.document;
  const result: AddResult = { documentId: d.id, status: "duplicate", events: 0, founded: 0, merged: 0, syndicatedFrom: null };
  if (yield* ask((repo) => repo.hasDocument(d.id))) return result;
  result.status = "new";

  // syndication: a near-identical earlier text lends this one its publisher key. Templated text (boilerplate, wire
  // round-ups) shares single bands with many documents; a near-duplicate shares several, so only the documents
  // sharing the most bands are compared.
  const sig = minhash(d.text);
  const bands = bandKeys(sig);
  const copies = yield* ask((repo) => repo.syndicationCandidates(bands, SYNDICATION_CANDIDATES));
  let publisherKey = publisherKeyOf(d.source, d.id);
  let bestSim = 0;
  for (const c of copies) {
    const sim = similarity(sig, c.minhash);
    if (sim >= NEAR_DUPLICATE_SIMILARITY && sim > bestSim) bestSim = sim, publisherKey = c.publisherKey, result.syndicatedFrom = c.id;
  }
  const row: NewDocument = {
    id: d.id, inputId: d.inputId ?? null, title: d.title ?? null, published: d.published ?? null, source: d.source ?? null, url: d.url ?? null,
    file: opts.file ?? null, publisherKey, syndicatedFrom: result.syndicatedFrom, minhash: sig, bands, ingestedAt: opts.now ?? new Date().toISOString(), extraction: doc,
  };
  yield* ask((repo) => repo.insertDocument(row));

  yield* storeRelations(doc);
  for (let i = 0; i < doc.events.length; i++) {
    const r = reportEvent(doc, i, publisherKey);
    const ev = doc.events[i]!;
    if (r.source && ev.source) r.source.actorId = yield* resolveActor(ev.source, doc), r.source.keys = actorKeys(ev.source, doc);
    if (r.target && ev.target) r.target.actorId = yield* resolveActor(ev.target, doc), r.target.keys = actorKeys(ev.target, doc);
    (yield* mergeReport(r)) ? result.merged++ : result.founded++;
    result.events++;
  }
  return result;
}

type ActorMention = { name: string; country: string | null; sector?: string | null; actorCode?: string | null; entity?: string | null };

/** The corpus-wide id of an actor: found by any of its keys, else created under its first. */
function* resolveActor(a: ActorMention, doc: ExtractionDocument): Plan<string | null> {
  const keys = actorKeys(a, doc);
  if (!keys.length) return null;
  let id = yield* ask((repo) => repo.actorByKeys(keys));
  const known = id;
  if (!known) {
    id = actorId(keys[0]!);
    const created = id;
    yield* ask((repo) => repo.createActor(created, { name: a.name, country: a.country ?? null, sector: a.sector ?? null, actorCode: a.actorCode ?? null }));
  } else yield* ask((repo) => repo.fillActor(known, { sector: a.sector ?? null, actorCode: a.actorCode ?? null }));
  const resolved = id!;
  yield* ask((repo) => repo.addActorKeys(resolved, keys));
  return resolved;
}

/** "X backs Y" relations between resolved actors, for the network's backing edges. */
function* storeRelations(doc: ExtractionDocument): Plan<void> {
  for (const rel of doc.relations) {
    if (rel.predicate !== "backs") continue;
    const s = doc.entities.find((e) => e.id === rel.subject), o = doc.entities.find((e) => e.id === rel.object);
    if (!s || !o) continue;
    const sid = yield* resolveActor({ ...s, entity: s.id }, doc), oid = yield* resolveActor({ ...o, entity: o.id }, doc);
    if (sid && oid) yield* ask((repo) => repo.addBacking(sid, oid));
  }
}

/** Blocking: same type family and modality class, a date window reaching the report's, a compatible place. */
export function candidateQuery(r: ReportEvent): CandidateQuery {
  const { family, modalityClass, country } = reportBlock(r);
  return { family, modalityClass, country, window: r.days ? { lo: r.days.start - 1, hi: r.days.end + 1 } : null, limit: CANDIDATE_LIMIT };
}

/** The block columns a store keeps beside each report, read by the blocking query: one definition for both. */
export function reportBlock(r: ReportEvent) {
  return { family: typeFamily(r.type), modalityClass: modalityClass(r.modality), country: r.location?.country ?? null, dayStart: r.days?.start ?? null, dayEnd: r.days?.end ?? null };
}

/** A report row as both stores read it back (report and reasons as JSON text). */
export interface StoredReportRow { canonical_id: string; component: string; score: number | null; reasons: string; report: string }
export const storedReportOf = (x: StoredReportRow): StoredReport =>
  ({ report: JSON.parse(x.report) as ReportEvent, canonicalId: x.canonical_id, component: x.component, score: x.score, reasons: JSON.parse(x.reasons) as string[] });

export { blockKey };

/** Adds a report: it joins the components of the stored reports it links to, and that component is grouped into
 *  canonical events again (see grouping.ts). Returns true when the report shares its event with another. */
function* mergeReport(r: ReportEvent): Plan<boolean> {
  const nearby = yield* ask((repo) => repo.candidateReports(candidateQuery(r)));
  const links = nearby.filter((x) => linked(r, x.report));
  const components = [...new Set(links.map((x) => x.component))].sort();
  const stored = components.length ? yield* ask((repo) => repo.componentReports(components)) : [];
  const component = components[0] ?? reportKey(r);
  // a component past the regrouping size: the report is grouped with the events of the reports it links to only
  const regrouped = stored.length < REGROUP_LIMIT ? stored : (() => {
    const events = new Set(links.map((x) => x.canonicalId));
    return stored.filter((x) => events.has(x.canonicalId));
  })();
  const groups = groupReports([...regrouped.map((x) => x.report), r]);

  const before = new Map(regrouped.map((x) => [reportKey(x.report), x]));
  const oldMembers = new Map<string, string[]>();
  for (const x of regrouped) oldMembers.set(x.canonicalId, [...(oldMembers.get(x.canonicalId) ?? []), reportKey(x.report)]);
  const kept = new Set(groups.map((g) => g.id));
  for (const id of oldMembers.keys()) if (!kept.has(id)) yield* ask((repo) => repo.deleteCanonical(id));
  let shared = false;
  for (const g of groups) {
    for (const m of g.members) {
      const at = placeOf(g.id, component, m);
      const was = before.get(reportKey(m.report));
      if (!was) yield* ask((repo) => repo.insertReport(r, at));
      else if (was.canonicalId !== at.canonicalId || was.component !== at.component || was.score !== at.score || JSON.stringify(was.reasons) !== JSON.stringify(at.reasons))
        yield* ask((repo) => repo.moveReport(m.report.documentId, m.report.eventIndex, at));
    }
    const keys = g.members.map((m) => reportKey(m.report));
    const holdsNew = keys.includes(reportKey(r));
    if (holdsNew) shared = keys.length > 1;
    if (holdsNew || keys.join(" ") !== (oldMembers.get(g.id) ?? []).join(" "))
      yield* ask((repo) => repo.saveCanonical(canonicalRow(g.id, g.members.map((m) => m.report))));
  }
  // the reports of merged components that were not regrouped (past the size limit) take the surviving label
  for (const x of stored) if (!before.has(reportKey(x.report)) && x.component !== component)
    yield* ask((repo) => repo.moveReport(x.report.documentId, x.report.eventIndex, { ...x, component }));
  return shared;
}

const placeOf = (canonicalId: string, component: string, m: Placement): ReportPlace => ({ canonicalId, component, score: m.score, reasons: m.reasons });

/** A canonical event's record and profile, recomputed from all its reports. */
export function canonicalRow(id: string, reports: ReportEvent[]): CanonicalRow {
  const record = summarize(id, reports);
  const profile = profileOf(reports);
  const country = record.location?.country ?? record.target?.country ?? record.source?.country ?? null;
  const search = [record.type, record.location?.name, record.source?.name, record.target?.name, ...reports.map((r) => r.evidence)]
    .filter(Boolean).join(" \u0001 ").toLowerCase();
  const actors: CanonicalRow["actors"] = [];
  const seen = new Set<string>();
  const link = (a: ActorRef | null, role: "source" | "target") => {
    if (a?.actorId && !seen.has(`${a.actorId}|${role}`)) seen.add(`${a.actorId}|${role}`), actors.push({ actorId: a.actorId, role });
  };
  for (const r of reports) link(r.source, "source"), link(r.target, "target");
  return { id, record, profile, country, search, actors };
}

export type { Profile };
