// Countries: lookups by code, name, alias, demonym and capital, and scanning a token stream.
import { test } from "node:test";
import assert from "node:assert/strict";
import { kb } from "./helpers.ts";
import { Countries } from "../src/knowledge/countries.ts";
import { wordTokens } from "../src/text/tokenize.ts";

const countries = () => kb().countries;

test("codes and names in any case, with diacritics or without", () => {
  const c = countries();
  assert.equal(c.byIso3("irq")?.name, "Iraq");
  assert.equal(c.byIso2("GB")?.iso3, "GBR");
  assert.equal(c.byName("united states of america")?.iso3, "USA");
  assert.equal(c.byName("the United States")?.iso3, "USA");
  assert.equal(c.byName("U.S.")?.iso3, "USA");
  assert.equal(c.byName("Britain")?.iso3, "GBR");
  assert.equal(c.byName("Cote d'Ivoire")?.iso3, "CIV");
  assert.equal(c.byName("Côte d’Ivoire")?.iso3, "CIV");
  assert.equal(c.byName("Ivory Coast")?.iso3, "CIV");
  assert.equal(c.byName("Burma")?.iso3, "MMR");
  assert.equal(c.byName("Turkey")?.iso3, "TUR");
  assert.equal(c.byName("Islamic Republic"), undefined);
});

test("demonyms and capitals", () => {
  const c = countries();
  assert.equal(c.byDemonym("Iraqi")?.iso3, "IRQ");
  assert.equal(c.byDemonym("Americans")?.iso3, "USA");
  assert.equal(c.byDemonym("British")?.iso3, "GBR");
  assert.equal(c.byDemonym("Salvadoran")?.iso3, "SLV");
  assert.equal(c.byCapital("Tehran")?.iso3, "IRN");
  assert.equal(c.byCapital("Washington")?.iso3, "USA");
  assert.equal(c.byCapital("Kiev")?.iso3, "UKR");
});

test("cities the Phoenix dictionary lists under a country are not country aliases", () => {
  const c = countries();
  assert.equal(c.byName("Tehran"), undefined);
  assert.equal(c.byName("Diyarbakir"), undefined);
  assert.equal(c.byName("Mosul"), undefined);
});

test("the matcher finds names, aliases and demonyms; acronyms need capitals in mixed case", () => {
  const c = countries();
  const scan = (text: string, upper = false) => {
    const toks = wordTokens(text);
    return c.matcher.findAll(toks).flatMap((m) => Countries.acceptMatch(m, toks, upper).map((v) => `${text.slice(m.start, m.end)}:${v.country.iso3}:${v.kind}`));
  };
  assert.deepEqual(scan("Officials in the United Arab Emirates and Saudi Arabia met Iraqi envoys."), [
    "United Arab Emirates:ARE:name", "Saudi Arabia:SAU:name", "Iraqi:IRQ:demonym",
  ]);
  assert.deepEqual(scan("The US said it would help us."), ["US:USA:alias"]);
  assert.deepEqual(scan("THE U.S. EMBASSY TOLD US NOTHING", true), ["U.S.:USA:alias"]);
});

test("every record carries codes and a centroid, and the file its attribution", () => {
  const c = countries();
  assert.ok(c.all().length >= 240);
  for (const r of c.all()) {
    assert.match(r.iso3, /^[A-Z]{3}$/);
    assert.ok(Number.isFinite(r.lat) && Number.isFinite(r.lon), r.iso3);
  }
  assert.match(c.attribution, /world-countries/);
});
