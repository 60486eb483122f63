// The OpenAPI description against the server's real answers: every documented GET route answers, on a real
// store, with JSON its documented schema accepts (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses), and every query
// value the server accepts is documented.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { OPENAPI } from "../src/server/openapi.ts";
import { EVENT_SORTS } from "../src/store/store.ts";
import { startServer } from "../src/server/serve.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import { docWith } from "./corpus-fixtures.ts";

const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-openapi-")), "s.db"));
const servers: { close(): void }[] = [];
after(async () => {
  servers.forEach((s) => s.close());
  await store.close();
});

const places = [{ name: "Kassala", country: "SDN", lat: 15.45, lon: 36.4 }, { name: "Gedaref", country: "SDN", lat: 14.03, lon: 35.38 }];
for (const [i, p] of places.entries()) {
  const text = `Soldiers fired on protesters in ${p.name} on Saturday, killing three, witnesses said. Protesters marched through ${p.name} demanding the release of students.`;
  await store.addDocument(docWith({ text, published: `2022-04-1${i}`, source: `Wire ${i}`, title: `Unrest in ${p.name}` }, [
    { evidence: `Soldiers fired on protesters in ${p.name}`, type: "ASSAULT", date: `2022-04-0${i + 1}`, place: p, fatalities: 3,
      source: { name: "Sudanese army", country: "SDN", sector: "MIL" }, target: { name: "protesters", country: "SDN", sector: "CVL" } },
    { evidence: `Protesters marched through ${p.name}`, type: "PROTEST", date: `2022-04-0${i + 1}`, place: p,
      source: { name: "protesters", country: "SDN", sector: "CVL" }, target: { name: "Sudan", country: "SDN", sector: "GOV" } },
  ]));
}

type Json = Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
/** The documented schema of a route's 200 answer, with the components its references point into. */
function answerSchema(path: string): Json | null {
  const op = (OPENAPI.paths as Record<string, { get?: { responses: Record<string, { content?: Record<string, { schema?: Json }> }> } }>)[path]?.get;
  const schema = op?.responses[200]?.content?.["application/json"]?.schema;
  return schema ? { ...schema, components: OPENAPI.components } : null;
}

test("every documented GET route answers with JSON its documented schema accepts", async () => {
  const { server, port } = await startServer(store, { port: 0 });
  servers.push(server);
  const base = `http://127.0.0.1:${port}`;
  const get = async (p: string) => {
    const r = await fetch(base + p);
    assert.equal(r.status, 200, `${p}: ${r.status}`);
    return r.json() as Promise<Json>;
  };
  const events = await get("/api/events?minConfidence=0");
  const first = (events.items as Json[])[0]!;
  const detail = await get(`/api/events/${first.id}`);
  const documentId = (detail.reports as Json[])[0]!.documentId as string;
  const actors = (await get("/api/actors")).items as Json[];
  const concrete: Record<string, string> = {
    "/api/events/{id}": `/api/events/${first.id}`,
    "/api/documents/{id}": `/api/documents/${documentId}`,
    "/api/dyad": `/api/dyad?a=${actors[0]!.id}&b=${actors[1]!.id}`,
  };
  const checked: string[] = [];
  for (const [path, item] of Object.entries(OPENAPI.paths)) {
    const schema = answerSchema(path);
    // routes behind the ingest token are tested with ingest (test/api.test.ts)
    if (!("get" in item) || !schema || "security" in item.get) continue;
    const url = concrete[path] ?? path;
    assert.ok(!url.includes("{"), `${path}: a concrete URL to ask`);
    const answer = await get(url);
    const valid = ajv.validate(schema, answer);
    assert.ok(valid, `${url}: ${ajv.errorsText(ajv.errors, { separator: "; " })}`);
    checked.push(path);
  }
  assert.ok(checked.length >= 9, `routes checked: ${checked.join(", ")}`);
});

test("what the server accepts is what the description documents: sort orders and filter parameters", () => {
  const params = OPENAPI.paths["/api/events"].get.parameters as { name: string; schema: { enum?: string[] } }[];
  assert.deepEqual([...(params.find((p) => p.name === "sort")!.schema.enum ?? [])].sort(), [...EVENT_SORTS].sort());
  for (const name of ["actor", "country", "type", "acled", "modality", "minConfidence", "from", "to", "place", "bbox", "q", "limit", "offset"])
    assert.ok(params.some((p) => p.name === name), `${name} is documented`);
});

test("a schema that does not fit the answers is caught (the check can fail)", () => {
  const schema = { ...answerSchema("/api/events")!, properties: { total: { type: "string" } } };
  assert.equal(ajv.validate(schema, { total: 3, items: [] }), false);
});
