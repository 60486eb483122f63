// First-level units abolished or merged in reforms of the 2000s and 2010s that news of their time names, and that
// the current ISO 3166-2 tables (iso3166-2-db, @countrystatecity/countries) no longer list or list without a
// centre: Kenya's provinces (replaced by counties in 2013), the Democratic Republic of the Congo's provinces of
// before 2015, France's regions of before 2016 and Norway's counties of before 2020. Approximate centres, sitrep's
// own table. A unit whose name a current unit of the same country still bears (Équateur, Kasaï-Oriental, Bas-Congo
// as Kongo Central) is left to that unit.
export interface FormerUnit {
  name: string;
  alt?: string[];
  /** ISO 3166-1 alpha-3 */
  country: string;
  lat: number;
  lon: number;
}

export const FORMER_UNITS: FormerUnit[] = [
  // Kenya, provinces until 2013 (Nairobi remains a unit); compass-word names only with their kind word
  { name: "Nyanza Province", alt: ["Nyanza"], country: "KEN", lat: -0.6, lon: 34.6 },
  { name: "Rift Valley Province", alt: ["Rift Valley"], country: "KEN", lat: 0.5, lon: 36.0 },
  { name: "Western Province", country: "KEN", lat: 0.5, lon: 34.6 },
  { name: "North Eastern Province", alt: ["North-Eastern Province", "Northeastern Province"], country: "KEN", lat: 1.5, lon: 40.2 },
  { name: "Eastern Province", country: "KEN", lat: 0.8, lon: 38.3 },
  { name: "Central Province", country: "KEN", lat: -0.6, lon: 36.9 },
  { name: "Coast Province", country: "KEN", lat: -3.0, lon: 39.4 },
  // Democratic Republic of the Congo, provinces until 2015
  { name: "Kasaï-Occidental", alt: ["Kasai-Occidental", "Kasai Occidental", "Kasaï Occidental", "West Kasai", "Western Kasai"], country: "COD", lat: -5.3, lon: 21.4 },
  { name: "Katanga", country: "COD", lat: -8.9, lon: 26.4 },
  { name: "Bandundu Province", alt: ["Bandundu"], country: "COD", lat: -4.5, lon: 18.4 },
  { name: "Orientale Province", alt: ["Orientale", "Province Orientale"], country: "COD", lat: 2.0, lon: 26.5 },
  // France, regions until 2016
  { name: "Alsace", country: "FRA", lat: 48.3, lon: 7.5 },
  { name: "Aquitaine", country: "FRA", lat: 44.4, lon: -0.2 },
  { name: "Auvergne", country: "FRA", lat: 45.5, lon: 3.2 },
  { name: "Lower Normandy", alt: ["Basse-Normandie"], country: "FRA", lat: 48.9, lon: -0.6 },
  { name: "Upper Normandy", alt: ["Haute-Normandie"], country: "FRA", lat: 49.5, lon: 1.0 },
  { name: "Burgundy", alt: ["Bourgogne"], country: "FRA", lat: 47.1, lon: 4.5 },
  { name: "Champagne-Ardenne", country: "FRA", lat: 49.0, lon: 4.5 },
  { name: "Franche-Comté", alt: ["Franche-Comte"], country: "FRA", lat: 47.1, lon: 6.1 },
  { name: "Languedoc-Roussillon", country: "FRA", lat: 43.6, lon: 3.4 },
  { name: "Limousin", country: "FRA", lat: 45.7, lon: 1.7 },
  { name: "Lorraine", country: "FRA", lat: 48.9, lon: 6.2 },
  { name: "Midi-Pyrénées", alt: ["Midi-Pyrenees"], country: "FRA", lat: 43.9, lon: 1.6 },
  { name: "Nord-Pas-de-Calais", country: "FRA", lat: 50.5, lon: 2.8 },
  { name: "Picardy", alt: ["Picardie"], country: "FRA", lat: 49.7, lon: 2.7 },
  { name: "Poitou-Charentes", country: "FRA", lat: 46.0, lon: 0.2 },
  { name: "Rhône-Alpes", alt: ["Rhone-Alpes"], country: "FRA", lat: 45.5, lon: 5.5 },
  // Norway, counties until 2020 that no current unit names
  { name: "Hedmark", country: "NOR", lat: 61.3, lon: 11.3 },
  { name: "Oppland", country: "NOR", lat: 61.4, lon: 9.4 },
  { name: "Aust-Agder", country: "NOR", lat: 58.9, lon: 8.3 },
  { name: "Vest-Agder", country: "NOR", lat: 58.4, lon: 7.3 },
  { name: "Hordaland", country: "NOR", lat: 60.3, lon: 6.1 },
  { name: "Sogn og Fjordane", country: "NOR", lat: 61.5, lon: 6.4 },
  { name: "Sør-Trøndelag", alt: ["Sor-Trondelag", "South Trøndelag"], country: "NOR", lat: 63.0, lon: 10.3 },
  { name: "Nord-Trøndelag", alt: ["Nord-Trondelag", "North Trøndelag"], country: "NOR", lat: 64.4, lon: 12.0 },
];
