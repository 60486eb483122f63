// The places stage on how names are written: elided particles, hyphens, possessives, and names of offices and
// facilities that open with the place they are in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Place } from "../src/schema.ts";

const places = (text: string): Place[] => annotateText(text, "2021-06-28", "places").places;
const find = (ps: Place[], text: string) => ps.find((p) => p.text === text || p.text === `the ${text}`);

test("an elided particle or a lower-case word between hyphens stays inside a name", () => {
  const ps = places("Cases were reported in Côte d'Ivoire, in Cote d'Ivoire's north and in Port-au-Prince.");
  assert.equal(find(ps, "Côte d'Ivoire")?.country, "CIV");
  assert.equal(find(ps, "Cote d'Ivoire")?.country, "CIV");
  assert.equal(find(ps, "Port-au-Prince")?.country, "HTI");
});

test("an Arabic article written with a hyphen matches the spaced gazetteer name", () => {
  assert.equal(find(places("Birds died in Al-Minya last week."), "Al-Minya")?.country, "EGY");
});

test("a place before its lower-case facility is the place; before a river it is not", () => {
  const ps = places("He was taken to the Benghazi hospital and later to a Jakarta prison.");
  assert.equal(find(ps, "Benghazi")?.country, "LBY");
  assert.equal(find(ps, "Jakarta")?.country, "IDN");
  assert.equal(find(places("Swans were found on the bank of the Vistula river."), "Vistula"), undefined);
});

test("a possessive ends a place name before another capitalised name", () => {
  const ps = places("The pope left Rome's Gemelli hospital, and he landed at Moscow's Sheremetyevo airport.");
  assert.equal(find(ps, "Rome")?.country, "ITA");
  assert.equal(find(ps, "Moscow")?.country, "RUS");
});

test("a place opening the name of an office or institution is where it is", () => {
  const ps = places("The California Department of Health Services said so. Crowds gathered outside Seoul City Hall.");
  assert.equal(find(ps, "California")?.precision, "admin1");
  assert.equal(find(ps, "Seoul")?.country, "KOR");
  // a department of state is no province: the place text ends before it
  assert.equal(find(ps, "California")?.text, "California");
});

test("a country in a description or a title stays a country; a given name does not", () => {
  const ps = places("A US soldier died. Funds come from the US President's Malaria Initiative, Chad Smith said.");
  assert.equal(ps.filter((p) => p.country === "USA").length, 2);
  assert.equal(ps.find((p) => p.country === "TCD"), undefined);
});

test("a country glued to a currency sign or to a name that is no place is no place", () => {
  const ps = places("A US$460 million settlement was paid, Agence France-Presse reported, after the Iran-Iraq war.");
  assert.equal(ps.find((p) => p.country === "USA"), undefined);
  assert.equal(ps.find((p) => p.country === "FRA"), undefined);
  assert.equal(find(ps, "Iran")?.country, "IRN");
  assert.equal(find(ps, "Iraq")?.country, "IRQ");
});

test("a name alone after a preposition of place is a place even where a person's name was guessed", () => {
  const ps = places("Race horses at Randwick racecourse in Sydney were infected. The 700 horses stabled at Randwick were ill.");
  assert.equal(ps.filter((p) => p.text === "Randwick" && p.country === "AUS").length, 2);
  // written as a surname in the document, it stays a person
  const person = places("Officials met John Randwick in Sydney. Crowds gathered around Randwick.");
  assert.equal(person.find((p) => p.text === "Randwick"), undefined);
});

test("'City' after a small place's name makes another place; compass words alone open a longer name", () => {
  assert.equal(places("He was taken to the Century City Towers.").length, 0);
  const ps = places("Officials asked the governments of South East Asia to help.");
  assert.equal(ps.length, 1);
  assert.equal(ps[0]!.text, "South East Asia");
  assert.equal(ps[0]!.country, null);
});

test("a city of note named in several words is no person's name", () => {
  const ps = places("In addition, Fort Worth's annual Mayfest, which attracts 200,000 people, was cancelled.");
  assert.equal(find(ps, "Fort Worth")?.country, "USA");
});

test("a place before a person's office is where the office is: 'Texas Gov. Greg Abbott'", () => {
  const ps = places("Texas Gov. Greg Abbott declared a disaster, and Florida Attorney General Pam Bondi spoke.");
  assert.equal(find(ps, "Texas")?.precision, "admin1");
  assert.equal(find(ps, "Florida")?.precision, "admin1");
});

test("people of a place opening a sentence do not make the place part of a longer name", () => {
  const ps = places("Residents of Lake Charles and Baton Rouge lost power.");
  assert.equal(find(ps, "Lake Charles")?.country, "USA");
  assert.equal(places("Bank of England officials said rates would rise.").length, 0);
});

test("a hyphenated name written with spaces, and 'St.' for 'Saint', name the same place", () => {
  assert.equal(places("Aid went by road to Bas Congo province.").find((p) => p.text.startsWith("Bas Congo"))?.country, "COD");
  const ps = places("Aid went by boat to St. Marc, north of the capital. Patients filled the hospital in St. Marc last week.");
  assert.deepEqual(ps.filter((p) => p.text === "St. Marc").map((p) => p.country), ["HTI", "HTI"]);
  assert.equal(find(places("Ferries left Saint Petersburg for Tallinn."), "Saint Petersburg")?.country, "RUS");
  // a saint's possessive before a square or church names the site, not a town
  assert.equal(places("Pilgrims gathered in St. Peter's Square and at St. Paul's Cathedral.").find((p) => p.text.startsWith("St.")), undefined);
});

test("a name after an organisation's possessive is a place, not a surname: 'Oxfam's Nairobi office'", () => {
  const ps = places("Oxfam's Nairobi office said the loan was approved, and the World Bank's Hanoi spokesman agreed.");
  assert.equal(find(ps, "Nairobi")?.country, "KEN");
  assert.equal(find(ps, "Hanoi")?.country, "VNM");
});

test("a city of note closing a facility's name is where the facility is: 'Red Cross Hospital Kandahar'", () => {
  const ps = places("Staff at the Red Cross Hospital Kandahar are safe, and children at the SOS Children's Village Malakal were fed.");
  assert.equal(find(ps, "Kandahar")?.country, "AFG");
  assert.equal(find(ps, "Malakal")?.country, "SSD");
  // a small town's name after such a word stays part of the name
  assert.equal(places("He works at the Grace Hospital Windsor Park branch.").find((p) => p.text === "Windsor"), undefined);
});

test("a hyphenated name may be written as one word: 'Kitaakita' for Kita-Akita", () => {
  const ps = places("Flu closed schools in the city of Kitaakita in Akita Prefecture.");
  assert.equal(find(ps, "Kitaakita")?.country, "JPN");
});
