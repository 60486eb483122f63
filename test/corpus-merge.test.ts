import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { STORE_KINDS } from "./store-kinds.ts";
import { BOGOTA, MEDELLIN, SAN_PEDRO_SULA, docWith, mucArticle } from "./corpus-fixtures.ts";

// the same merge decisions on every store: the merge lives in corpus/merge.ts, each store only answers its queries
for (const kind of STORE_KINDS) describe(kind.name, () => {
  test("two differently worded wire reports of one bombing merge into one event with two publishers", async () => {
    const store = await kind.open();
    // Reuters and ACAN-EFE on the telephone-office bomb in San Pedro Sula, 7 Feb 1989
    const reuters = mucArticle("dev-muc3-0001-0100", "DEV-MUC3-0075");
    const efe = mucArticle("dev-muc3-0001-0100", "DEV-MUC3-0076");
    assert.notEqual(reuters.source, efe.source);
    await store.addDocument(docWith(reuters, [{ evidence: "A BOMB BLAST DAMAGED A TELEPHONE\nOFFICE TODAY", type: "ASSAULT", place: SAN_PEDRO_SULA, source: { name: "leftist group", country: "HND" } }]));
    const r = await store.addDocument(docWith(efe, [{
      evidence: "CLAIMED RESPONSIBILITY TODAY FOR DETONATING A BOMB AT TELEPHONE COMPANY\nOFFICES IN SAN PEDRO SULA",
      type: "ASSAULT", place: SAN_PEDRO_SULA, source: { name: "Cinchonero Popular Liberation Movement", country: "HND", actorCode: "HNDREB" },
    }]));
    assert.equal(r.merged, 1);
    const page = await store.events({});
    assert.equal(page.total, 1);
    const ev = page.items[0]!;
    assert.equal(ev.reports, 2);
    assert.equal(ev.publishers, 2);
    assert.equal(ev.date, "1989-02-07");
    assert.ok(ev.confidence > 0.7, "two independent reports are more credible than one");
    const detail = (await store.event(ev.id))!;
    assert.equal(detail.reports.length, 2);
    assert.match(detail.merge.reasons.join("\n"), /same place San Pedro Sula/);
    assert.match(detail.merge.reasons.join("\n"), /same day 1989-02-07/);
    for (const ref of detail.reports) assert.ok(ref.sentence.text.includes(ref.evidence.text.slice(0, 20)), "the evidence sits in its sentence");
    await store.close();
  });

  test("bombings of the same type on the same day in one country stay apart; a third report joins the right one", async () => {
    const store = await kind.open();
    // 5 Sep 1989: a restaurant bombing in Medellin (DPA, Moscow radio) and a telephone-booth bomb in Bogota (AFP)
    const dpa = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0433");
    const afp = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0434");
    const moscow = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0435");
    await store.addDocument(docWith(dpa, [{ evidence: "WHEN A MEDIUM-INTENSITY BOMB EXPLODED IN THE\nESTABLISHMENT", type: "ASSAULT", date: "1989-09-05", place: MEDELLIN }]));
    const b = await store.addDocument(docWith(afp, [{ evidence: "A TELEPHONE BOOTH IN SOUTHERN\nBOGOTA WAS DESTROYED BY A BOMB", type: "ASSAULT", date: "1989-09-05", place: BOGOTA }]));
    assert.equal(b.merged, 0, "Bogota is not Medellin");
    const m = await store.addDocument(docWith(moscow, [{ evidence: "THREE\nSTRONG EXPLOSIONS OCCURRED LAST NIGHT IN MEDELLIN", type: "ASSAULT", date: "1989-09-05", place: MEDELLIN }]));
    assert.equal(m.merged, 1);
    const page = await store.events({ sort: "date" });
    assert.equal(page.total, 2);
    const medellin = page.items.find((e) => e.location?.name === "Medellin")!;
    const bogota = page.items.find((e) => e.location?.name === "Bogota")!;
    assert.equal(medellin.reports, 2);
    assert.equal(bogota.reports, 1);
    await store.close();
  });

  test("same type, same day, same country and nothing else in common is not enough to merge", async () => {
    const store = await kind.open();
    const dpa = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0433");
    const afp = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0434");
    const colombia = { name: "Colombia", country: "COL", lat: 4, lon: -72, precision: "country" as const };
    await store.addDocument(docWith(dpa, [{ evidence: "WHEN A MEDIUM-INTENSITY BOMB EXPLODED", type: "ASSAULT", date: "1989-09-05", place: colombia }]));
    await store.addDocument(docWith(afp, [{ evidence: "WAS DESTROYED BY A BOMB", type: "ASSAULT", date: "1989-09-05", place: colombia }]));
    assert.equal((await store.events({})).total, 2);
    await store.close();
  });

  test("a report that links two events brings them together, whatever order the three reports come in", async () => {
    // one bombing in San Pedro Sula, 7 Feb 1989: one report names the target but no place, one the place but no
    // target; neither is enough to merge the other, the third report names both
    const reuters = mucArticle("dev-muc3-0001-0100", "DEV-MUC3-0075");
    const efe = mucArticle("dev-muc3-0001-0100", "DEV-MUC3-0076");
    const third = { ...efe, text: `${efe.text}\n\nA BOMB DAMAGED THE TELEPHONE OFFICE IN SAN PEDRO SULA.`, source: "AFP" };
    const office = { name: "telephone office", country: "HND" };
    const docs = [
      docWith(reuters, [{ evidence: "A BOMB BLAST DAMAGED A TELEPHONE\nOFFICE TODAY", type: "ASSAULT", target: office }]),
      docWith(efe, [{ evidence: "CLAIMED RESPONSIBILITY TODAY FOR DETONATING A BOMB", type: "ASSAULT", place: SAN_PEDRO_SULA }]),
      docWith(third, [{ evidence: "A BOMB DAMAGED THE TELEPHONE OFFICE IN SAN PEDRO SULA", type: "ASSAULT", place: SAN_PEDRO_SULA, target: office }]),
    ];
    for (const order of [[0, 1, 2], [2, 0, 1], [1, 0, 2]]) {
      const store = await kind.open();
      for (const i of order) await store.addDocument(docs[i]!);
      const page = await store.events({});
      assert.deepEqual([page.total, page.items[0]!.reports], [1, 3], `order ${order}`);
      await store.close();
    }
  });

  test("a past event recalled in a later article merges with its original by the event's date, not the article's", async () => {
    const store = await kind.open();
    const original = { text: "Rebels shelled the port of Hodeidah on Tuesday, killing four fishermen.", published: "2020-03-04", source: "Daily Example" };
    const recall = { text: "Last year's shelling of Hodeidah, which killed four fishermen, was never investigated, the panel said.", published: "2021-05-10", source: "Weekly Example" };
    const hodeidah = { name: "Hodeidah", country: "YEM", lat: 14.7978, lon: 42.9545 };
    await store.addDocument(docWith(original, [{ evidence: "Rebels shelled the port of Hodeidah", type: "ASSAULT", date: "2020-03-03", place: hodeidah, fatalities: 4 }]));
    // the recalled event: dated at year precision by the later article, not at its publication date
    const r = await store.addDocument(docWith(recall, [{ evidence: "Last year's shelling of Hodeidah", type: "ASSAULT", date: "2020", precision: "year", place: hodeidah, fatalities: 4 }]));
    assert.equal(r.merged, 1);
    const [ev] = (await store.events({})).items;
    assert.equal(ev!.date, "2020-03-03", "the precise date wins");
    assert.equal(ev!.firstSeen, "2020-03-04");
    // dated by the later article's publication instead, it would have stayed apart
    const other = await kind.open();
    await other.addDocument(docWith(original, [{ evidence: "Rebels shelled the port of Hodeidah", type: "ASSAULT", date: "2020-03-03", place: hodeidah }]));
    const wrong = await other.addDocument(docWith(recall, [{ evidence: "Last year's shelling of Hodeidah", type: "ASSAULT", date: "2021-05-10", place: hodeidah }]));
    assert.equal(wrong.merged, 0);
    await store.close();
    await other.close();
  });

  test("an event's target is never its source: reports naming one side in either role give the other side as target", async () => {
    const store = await kind.open();
    const text = "Rebels and soldiers fought for hours in Mejicanos on Sunday, witnesses said. Soldiers attacked rebel positions. Rebels attacked an army post.";
    const mejicanos = { name: "Mejicanos", country: "SLV", lat: 13.74, lon: -89.21 };
    const rebels = { name: "rebels", country: "SLV" }, soldiers = { name: "soldiers", country: "SLV" };
    const clash = { type: "ASSAULT" as const, date: "1989-11-12", place: mejicanos };
    for (const [i, [source, target]] of [[rebels, soldiers], [soldiers, rebels], [rebels, rebels]].entries())
      await store.addDocument(docWith({ text: `${text} (${i})`, published: "1989-11-13", source: `Paper ${i}` }, [{ ...clash, evidence: "Rebels and soldiers fought for hours in Mejicanos", source, target }]));
    const [ev] = (await store.events({})).items;
    assert.equal(ev!.reports, 3);
    assert.deepEqual([ev!.source?.name, ev!.target?.name], ["rebels", "soldiers"]);
    // descriptions without a country ("people") are other actors in each document, but one side by name: two
    // reports of people against people (merged by their toll) make no event of people against people
    const other = await kind.open();
    const people = { name: "people" };
    for (const i of [0, 1])
      await other.addDocument(docWith({ text: `${text} [${i}]`, published: "1989-11-13", source: `Daily ${i}` }, [{ ...clash, evidence: "Rebels and soldiers fought for hours in Mejicanos", source: people, target: people, fatalities: 5 }]));
    const [pe] = (await other.events({})).items;
    assert.deepEqual([pe!.reports, pe!.source?.name, pe!.target], [2, "people", null]);
    await other.close();
    await store.close();
  });

  test("syndicated copies merge but count as one publisher; only asserted events count by default", async () => {
    const store = await kind.open();
    const wire = "KABUL - A roadside bomb struck a police vehicle in the Chardara district of Kunduz province on Sunday, killing three officers, a provincial spokesman said. No group claimed responsibility. The Taliban have stepped up attacks on security forces across the north in recent weeks, officials say.";
    const kunduz = { name: "Chardara", country: "AFG", lat: 36.7, lon: 68.75 };
    const spec = { evidence: "A roadside bomb struck a police vehicle", type: "ASSAULT" as const, date: "2021-05-09", place: kunduz, fatalities: 3 };
    await store.addDocument(docWith({ text: wire, published: "2021-05-10", source: "Wire Service" }, [spec]));
    const copy = await store.addDocument(docWith({ text: wire.replace("officials say", "officials said") + " (Reporting by staff)", published: "2021-05-10", source: "Reprinting Daily" }, [spec]));
    assert.ok(copy.syndicatedFrom, "the reprint is recognised as a copy");
    const threat = "The Taliban threatened to attack the Chardara police post again, a spokesman for the insurgents said on Monday, warning officers to leave the district.";
    await store.addDocument(docWith({ text: threat, published: "2021-05-10", source: "Other Paper" }, [{ evidence: "The Taliban threatened to attack the Chardara police post", type: "ASSAULT", date: "2021-05-10", place: kunduz, modality: "threatened" }]));
    const asserted = await store.events({});
    assert.equal(asserted.total, 1);
    assert.equal(asserted.items[0]!.reports, 2);
    assert.equal(asserted.items[0]!.publishers, 1);
    const all = await store.events({ modality: "any" });
    assert.equal(all.total, 2);
    assert.equal((await store.events({ modality: "threatened" })).total, 1);
    await store.close();
  });

  test("actors resolve across documents by name and country", async () => {
    const store = await kind.open();
    const t1 = { text: "The FMLN attacked an army post in Usulutan on Friday.", published: "1989-11-11" };
    const t2 = { text: "Guerrillas of the FMLN ambushed a patrol near San Miguel on Tuesday.", published: "1989-11-15" };
    await store.addDocument(docWith(t1, [{ evidence: "The FMLN attacked an army post", type: "ASSAULT", date: "1989-11-10", source: { name: "FMLN", country: "SLV" } }]));
    await store.addDocument(docWith(t2, [{ evidence: "ambushed a patrol", type: "ASSAULT", date: "1989-11-14", source: { name: "the F.M.L.N.", country: "SLV" } }]));
    const actors = await store.actors("FMLN");
    assert.equal(actors.length, 1);
    assert.equal(actors[0]!.events, 2);
    assert.equal((await store.events({ actor: actors[0]!.id })).total, 2);
    // a description without a country ("armed men") names different people in different reports
    const t3 = { text: "Armed men kidnapped a judge in Cali on Monday.", published: "1989-11-14" };
    const t4 = { text: "Armed men burned two buses in Lima on Monday.", published: "1989-11-14" };
    await store.addDocument(docWith(t3, [{ evidence: "Armed men kidnapped a judge", type: "ASSAULT", date: "1989-11-13", source: { name: "armed men" } }]));
    await store.addDocument(docWith(t4, [{ evidence: "Armed men burned two buses", type: "ASSAULT", date: "1989-11-13", source: { name: "armed men" } }]));
    assert.equal((await store.actors("armed men")).length, 2);
    await store.close();
  });

  test("a place taken from the dateline does not veto a merge: it is where the report was filed", async () => {
    const store = await kind.open();
    const filed = { text: "TEGUCIGALPA, 9 MAR 89 (XNA) -- [TEXT] GUERRILLAS OF THE PATRIOTIC FRONT DYNAMITED A POWER PYLON IN THE NORTH TODAY.", published: "1989-03-09", source: "XNA" };
    const local = { text: "Guerrillas of the Patriotic Front blew up a power pylon outside San Pedro Sula on Thursday, cutting power to the city.", published: "1989-03-10", source: "Other Wire" };
    const tegucigalpa = { name: "Tegucigalpa", country: "HND", lat: 14.08, lon: -87.21 };
    const front = { name: "Patriotic Front", country: "HND", sector: "REB" as const };
    const a = docWith(filed, [{ evidence: "GUERRILLAS OF THE PATRIOTIC FRONT DYNAMITED A POWER PYLON", type: "ASSAULT", date: "1989-03-09", place: tegucigalpa, source: front }]);
    a.events[0]!.location = { ...a.events[0]!.location!, start: 0, end: 11 };
    await store.addDocument(a);
    const b = await store.addDocument(docWith(local, [{ evidence: "Guerrillas of the Patriotic Front blew up a power pylon", type: "ASSAULT", date: "1989-03-09", place: SAN_PEDRO_SULA, source: front }]));
    assert.equal(b.merged, 1);
    const [ev] = (await store.events({})).items;
    assert.equal(ev!.location?.name, "San Pedro Sula", "the place in the text wins over the dateline's");
    const d = (await store.event(ev!.id))!;
    assert.match(d.merge.reasons.join("\n"), /place known only from a dateline \(Tegucigalpa\)/);
    await store.close();
  });

  test("countryless named organisations resolve across documents by code or name; descriptions do not", async () => {
    const store = await kind.open();
    const t1 = { text: "The United Nations condemned the shelling of a clinic in Aleppo on Sunday.", published: "2020-03-02" };
    const t2 = { text: "A UN convoy delivered food to Idlib on Wednesday, the world body said.", published: "2020-03-05" };
    const t3 = { text: "Doctors Without Borders evacuated staff from Marib on Friday.", published: "2020-04-04" };
    const t4 = { text: "Doctors Without Borders reopened a clinic in Taiz on Monday.", published: "2020-05-05" };
    await store.addDocument(docWith(t1, [{ evidence: "The United Nations condemned the shelling", type: "ASSAULT", date: "2020-03-01", source: { name: "United Nations", actorCode: "IGOUNO" } }]));
    await store.addDocument(docWith(t2, [{ evidence: "A UN convoy delivered food", type: "ASSAULT", date: "2020-03-04", source: { name: "UN", actorCode: "IGOUNO" } }]));
    await store.addDocument(docWith(t3, [{ evidence: "Doctors Without Borders evacuated staff", type: "ASSAULT", date: "2020-04-03", source: { name: "Doctors Without Borders" } }]));
    await store.addDocument(docWith(t4, [{ evidence: "Doctors Without Borders reopened a clinic", type: "ASSAULT", date: "2020-05-04", source: { name: "Doctors Without Borders" } }]));
    const un = await store.actors("IGOUNO");
    assert.equal(un.length, 1, "one actor for the code IGOUNO, whatever the name");
    assert.equal(un[0]!.events, 2);
    const msf = await store.actors("Doctors Without Borders");
    assert.equal(msf.length, 1);
    assert.equal(msf[0]!.events, 2);
    // a lower-case description and an all-caps name (case tells nothing) without code stay per document
    const t5 = { text: "Unidentified gunmen attacked a bus near Homs on Monday.", published: "2020-06-02" };
    const t6 = { text: "Unidentified gunmen attacked a market near Hama on Monday.", published: "2020-06-09" };
    await store.addDocument(docWith(t5, [{ evidence: "Unidentified gunmen attacked a bus", type: "ASSAULT", date: "2020-06-01", source: { name: "unidentified gunmen" } }]));
    await store.addDocument(docWith(t6, [{ evidence: "Unidentified gunmen attacked a market", type: "ASSAULT", date: "2020-06-08", source: { name: "unidentified gunmen" } }]));
    assert.equal((await store.actors("unidentified gunmen")).length, 2);
    await store.close();
  });

  test("text search finds substrings of every merged report's evidence, and follows merges", async () => {
    const store = await kind.open();
    const a = { text: "Rebels shelled the outskirts of Medellin on Tuesday, police said.", published: "1990-05-09", source: "Wire A" };
    const b = { text: "Insurgent mortar fire hit a school in Medellin on Tuesday.", published: "1990-05-10", source: "Wire B" };
    const c = { text: "Gunmen robbed a bank in Bogota on Tuesday.", published: "1990-05-09", source: "Wire C" };
    const rebels = { name: "Mountain Front", country: "COL" };
    await store.addDocument(docWith(a, [{ evidence: "Rebels shelled the outskirts of Medellin", type: "ASSAULT", date: "1990-05-08", place: MEDELLIN, source: rebels }]));
    await store.addDocument(docWith(c, [{ evidence: "Gunmen robbed a bank in Bogota", type: "ASSAULT", date: "1990-05-08", place: BOGOTA }]));
    assert.equal((await store.events({ q: "MORTAR" })).total, 0);
    const merged = await store.addDocument(docWith(b, [{ evidence: "Insurgent mortar fire hit a school in Medellin", type: "ASSAULT", date: "1990-05-08", place: MEDELLIN, source: rebels }]));
    assert.equal(merged.merged, 1);
    const hits = await store.events({ q: "MORTAR" });
    assert.equal(hits.total, 1, "the merged report's words find the event");
    assert.equal(hits.items[0]!.reports, 2);
    assert.equal((await store.events({ q: "helled the outsk" })).total, 1, "a substring, across words");
    assert.equal((await store.events({ q: "bank" })).total, 1);
    assert.equal((await store.events({ q: "in" })).total, 2, "two letters: scanned, not indexed");
    assert.equal((await store.events({ q: 'say "no"' })).total, 0, "quotes in the query are text, not syntax");
    await store.close();
  });
});

test("wire credits of one agency are one publisher, whatever the spelling", async () => {
  const { publisherKeyOf } = await import("../src/corpus/syndication.ts");
  const keys = ["ACAN - EFE", "ACAN-EFE", "ACAN"].map((s) => publisherKeyOf(s, "d"));
  assert.equal(new Set(keys).size, 1);
  assert.notEqual(publisherKeyOf("EFE", "d"), keys[0]);
  assert.equal(publisherKeyOf("Agence France-Presse", "d"), "pub:agence france presse");
  assert.equal(publisherKeyOf(null, "abc"), "doc:abc");
});
