// The places stage on units and features beyond cities and first-level units: second-level units, islands, seas
// and lakes, abbreviations of states, and where a unit's centre lies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText, kb } from "./helpers.ts";
import type { Place } from "../src/schema.ts";

const places = (text: string): Place[] => annotateText(text, "2021-06-28", "places").places;
const find = (ps: Place[], text: string) => ps.find((p) => p.text === text || p.text === `the ${text}`);
const km = (a: { lat: number | null; lon: number | null }, lat: number, lon: number) => {
  const r = Math.PI / 180;
  const d = Math.sin(((lat - a.lat!) * r) / 2) ** 2 + Math.cos(a.lat! * r) * Math.cos(lat * r) * Math.sin(((lon - a.lon!) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(d));
};

test("second-level units: provinces, counties and departments resolve with their centres", () => {
  const ps = places("Pigs died on farms in Pangasinan and Nueva Ecija. Ducks died in the Somme region of France and in Dorset, England.");
  assert.equal(find(ps, "Pangasinan")?.precision, "admin2");
  assert.equal(find(ps, "Pangasinan")?.country, "PHL");
  assert.equal(find(ps, "Nueva Ecija")?.country, "PHL");
  assert.equal(find(ps, "Somme")?.country, "FRA");
  assert.ok(km(find(ps, "Dorset")!, 50.75, -2.33) < 50);
});

test("Northern Ireland is the UK's unit, not the country; Plum Island is no spelling of Iceland", () => {
  const ps = places("Riots broke out in Northern Ireland, and samples went to Plum Island.");
  assert.equal(find(ps, "Northern Ireland")?.precision, "admin1");
  assert.equal(find(ps, "Northern Ireland")?.country, "GBR");
  assert.equal(ps.find((p) => p.country === "ISL"), undefined);
});

test("abbreviations of states: 'N.Y.', 'Tenn.', 'NSW'", () => {
  const us = places("A tornado hit Albany, N.Y., and Paris, Tenn., on Monday.");
  assert.equal(find(us, "N.Y.")?.name, "New York");
  assert.equal(find(us, "Albany")?.country, "USA");
  assert.equal(find(us, "Tenn")?.name, "Tennessee");
  assert.equal(find(places("Racing stopped across NSW on Saturday."), "NSW")?.country, "AUS");
});

test("a state's centre is not its largest city's point", () => {
  const ny = find(places("Farms in New York state were quarantined."), "New York state");
  assert.equal(ny?.precision, "admin1");
  assert.ok(km(ny!, 43.0, -75.5) < 161);
});

test("islands, seas and lakes, and regions coordinated with places", () => {
  const ps = places("Flu spread across Sumatra and Luzon and reached the shores of Lake Erie.");
  assert.equal(find(ps, "Sumatra")?.country, "IDN");
  assert.equal(find(ps, "Luzon")?.country, "PHL");
  assert.ok(find(ps, "Lake Erie"));
  const r = places("There were deaths in both Africa and the Middle East, and Laura will travel to sub-Saharan Africa.");
  assert.ok(find(r, "Middle East"));
  assert.ok(r.find((p) => p.text.endsWith("Saharan Africa")));
});

test("a name listed with first-level units is the unit, not the namesake city", () => {
  const ps = places("Cases were found in Illinois, Missouri, New York, Ohio, Utah, Washington and Wisconsin.");
  assert.equal(find(ps, "New York")?.precision, "admin1");
  assert.equal(find(ps, "Washington")?.precision, "admin1");
  assert.ok(km(find(ps, "Washington")!, 47.4, -120.5) < 161);
  // alone, New York is the city
  assert.equal(find(places("New York and London are the biggest markets."), "New York")?.precision, "city");
});

test("a unit or country written after a town holds it: 'Buffalo, New York', 'Mobile, Alabama'", () => {
  const ps = places("Buffalo, New York, may be next. Mobile, Alabama was hit by a storm.");
  assert.equal(find(ps, "Buffalo")?.country, "USA");
  assert.equal(find(ps, "New York")?.precision, "admin1");
  assert.ok(km(find(ps, "Mobile")!, 30.69, -88.04) < 20);
});

test("a country's name that is also another country's state is the state among that country's states", () => {
  const us = places("The flight went from Atlanta, Georgia to Wichita. Storms hit Georgia and Florida.");
  assert.ok(us.filter((p) => p.text === "Georgia").every((p) => p.country === "USA" && p.precision === "admin1"));
  const caucasus = places("Russia and Georgia fought a war, and troops entered Georgia and Armenia.");
  assert.ok(caucasus.filter((p) => p.text === "Georgia").every((p) => p.country === "GEO"));
});

test("small towns and city sections are places only where the text says so and its countries back them", () => {
  const ps = places("A state of emergency was declared in Innisfail, Queensland. Horses were stabled in the Sydney suburb of Randwick.");
  assert.equal(find(ps, "Innisfail")?.country, "AUS");
  assert.ok(km(find(ps, "Innisfail")!, -17.52, 146.03) < 20);
  assert.ok(km(find(ps, "Randwick")!, -33.91, 151.25) < 10);
  // a bare name without a cue is no place, and other stages do not take such a name for a known place
  assert.equal(find(places("Randwick said the plan was fine."), "Randwick"), undefined);
  assert.equal(kb().gazetteer.lookup("Randwick").length, 0);
});

test("every unit of the name written after a town counts: Maryland is a US state and a Liberian county", () => {
  const md = places("Ducks were found in Hagerstown, Maryland.");
  assert.equal(find(md, "Hagerstown")?.country, "USA");
  assert.equal(find(md, "Maryland")?.country, "USA");
});

test("a bare name is never a minor place, even where a larger namesake abroad let it through", () => {
  const ps = places("Smith told reporters in Austin that Jones would run for governor.");
  assert.equal(find(ps, "Jones"), undefined);
  assert.equal(find(ps, "Austin")?.country, "USA");
});

test("the White House is the landmark, not the Tennessee town", () => {
  const w = find(places("President Joe Biden met Olaf Scholz at the White House on Tuesday."), "White House");
  assert.equal(w?.precision, "site");
  assert.ok(km(w!, 38.9, -77.04) < 5);
});

test("a name does not back itself: its first-round country is not counted for it in the second", () => {
  const ps = places("Hurricane Ian made landfall near Fort Myers, Florida, on Wednesday, flooding Naples.");
  assert.equal(find(ps, "Naples")?.country, "USA");
  // alone, Naples is Italy's
  assert.equal(find(places("Floods hit Naples on Wednesday."), "Naples")?.country, "ITA");
});

test("a unit written after a name makes it a town whatever the entity layer made of it", () => {
  assert.equal(find(places("The fire started near Paradise, California."), "Paradise")?.country, "USA");
});

test("AP abbreviations of states after a town and a comma: 'Athens, Ga.', 'Paris, Ky.'", () => {
  const ps = places("ATHENS, Ga. -- The school board voted Tuesday. Students from Winterville will move. Enrollment in Athens grew.");
  assert.ok(ps.filter((p) => /^athens$/i.test(p.text)).every((p) => p.country === "USA"));
  assert.equal(find(ps, "Ga")?.name, "Georgia");
  // a small town beside the document's places outranks a larger namesake in another state
  assert.ok(km(find(ps, "Winterville")!, 33.97, -83.28) < 20);
  const ky = places("A tornado hit Paris, Ky., on Monday.");
  assert.equal(find(ky, "Paris")?.country, "USA");
  // alone, such an abbreviation is no state
  assert.equal(places("Pa said the farm was sold.").length, 0);
});

test("a street named after a place is no place", () => {
  assert.equal(find(places("Students will move to a new campus on Lexington Road."), "Lexington"), undefined);
});

test("a country's name is another country's state where the document's towns lie in that state", () => {
  assert.equal(find(places("Atlanta's mayor said Georgia would vote."), "Georgia")?.country, "USA");
  assert.equal(find(places("Russian troops entered Georgia near Gori and Tbilisi."), "Georgia")?.country, "GEO");
});

test("with a unit word, a town far from the document's places in their country is not taken", () => {
  const ps = places("The fire spread toward Chico and Oroville in Butte County, California.");
  assert.equal(ps.find((p) => p.text.startsWith("Butte")), undefined);
  assert.equal(places("The body was examined by the Clark County, Nevada coroner's office.").find((p) => p.text.startsWith("Clark")), undefined);
});

test("a feature's kind word may close its name in lower case: 'the Amazon rainforest'", () => {
  assert.equal(find(places("The Amazon rainforest lost more trees this year."), "Amazon rainforest")?.precision, "region");
});

test("a person of a place is from it; a county named like a distant city is not that city", () => {
  const ps = places("Mayor Kasim Reed of Atlanta spoke at Emory University in Decatur on Tuesday.");
  assert.equal(find(ps, "Atlanta")?.country, "USA");
  assert.ok(km(find(ps, "Decatur")!, 33.77, -84.3) < 20);
  const ga = places("MACON, Ga. -- The suspect was taken to the Houston County jail after a chase through Bibb and Houston counties.");
  assert.equal(ga.find((p) => p.text.startsWith("Houston")), undefined);
});

test("a city's other spelling that only small towns bear as their name is that city's: 'Geneva'", () => {
  assert.equal(find(places("The UN envoy in Geneva urged talks."), "Geneva")?.country, "CHE");
  assert.equal(find(places("Officials in Geneva, Illinois, said the roads were closed."), "Geneva")?.country, "USA");
});

test("first-level units abolished in recent reforms are still their units: Kenya's provinces, France's old regions", () => {
  const ke = places("Cholera spread from Nyanza Province to the Rift Valley last year, and doctors in Katanga saw cases too.");
  assert.equal(find(ke, "Nyanza Province")?.country, "KEN");
  assert.ok(km(find(ke, "Nyanza Province")!, -0.5, 34.7) < 161);
  assert.equal(find(ke, "Rift Valley")?.country, "KEN");
  assert.equal(find(ke, "Katanga")?.country, "COD");
  const fr = places("Storks were counted in Lorraine and Picardy, and sheep in Hedmark and Oppland.");
  assert.equal(find(fr, "Lorraine")?.country, "FRA");
  assert.equal(find(fr, "Picardy")?.country, "FRA");
  assert.ok(km(find(fr, "Hedmark")!, 61.3, 11.3) < 161);
  assert.equal(find(fr, "Oppland")?.country, "NOR");
  assert.equal(places("A fever was reported in West Kasai province in June.").find((p) => p.text.startsWith("West Kasai"))?.country, "COD");
});

test("a name in a parallel list of units ('twelve in Ontario, eight in Alberta, and one in Quebec') is a unit", () => {
  const ca = places("Flu cases rose: twelve in Ontario, eight in Alberta, and one in Quebec.");
  assert.equal(find(ca, "Quebec")?.precision, "admin1");
  const us = places("Mumps cases were found: 3 in Texas, 2 in Kansas, and one case in New York.");
  assert.equal(find(us, "New York")?.precision, "admin1");
  // alone, Quebec with a town's cue is the city
  assert.equal(find(places("Two were treated in Quebec City."), "Quebec City")?.precision, "city");
});

test("a town written before a second-level unit is the namesake in that unit: 'Santa Maria, Bulacan'", () => {
  const ps = places("Pigs died in Santa Maria, Davao del Sur, and hens in San Jose, Batangas, last week.");
  assert.ok(km(find(ps, "Santa Maria")!, 6.55, 125.47) < 50);
  assert.ok(km(find(ps, "San Jose")!, 13.88, 121.1) < 50);
  // ... even after a capitalised word and "of"
  assert.ok(km(find(places("Hogs were culled in two Barangays of Santa Maria, Davao del Sur."), "Santa Maria")!, 6.55, 125.47) < 50);
});
