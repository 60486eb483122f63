// Word lists the places stage reads its cues from: what a locative context looks like, which words name the
// kind of a place, and which capitalised words are ordinary words rather than names.

/** Prepositions that put a following name in a place role ("in Vienna", "near Baghdad", "DE SAN MIGUEL"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  "in", "near", "at", "of", "from", "to", "into", "toward", "towards", "outside", "around", "across", "through",
  "throughout", "between", "inside", "within", "via", "en", "de", "del", "on", "over", "north", "south", "east",
  "west", "northeast", "northwest", "southeast", "southwest", "off", "beyond", "along", "by",
]);

/** Nouns naming a settlement: "the city of X", "X city", "the town of X". */
export const SETTLEMENT_WORDS = new Set([
  "city", "town", "village", "hamlet", "municipality", "township", "settlement", "capital", "port", "border town",
  "district", "suburb", "neighbourhood", "neighborhood", "canton", "caserio", "barrio", "colonia", "locality",
]);

/** Nouns naming a first-level unit: "Anbar province", "the department of San Miguel". */
export const ADMIN_WORDS = new Set([
  "province", "provinces", "governorate", "department", "departments", "departamento", "state", "region", "oblast",
  "prefecture", "county", "territory", "emirate", "krai", "muhafazah", "wilaya", "wilayat", "counties",
  "governorates", "prefectures",
]);

/** Nouns after a place name that make it a facility or area around the place: "Baghdad airport". */
export const FACILITY_WORDS = new Set([
  "airport", "international", "airbase", "base", "port", "harbour", "harbor", "area", "outskirts", "suburbs",
  "road", "highway", "bridge", "border", "crossing", "square", "valley", "countryside", "metropolitan",
]);

/** Lower-case particles that may open or sit inside a place name ("al-Qaim", "Deir ez-Zor", "Rio de Janeiro"). */
export const NAME_PARTICLES = new Set([
  "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ez", "es", "de", "del", "della", "di", "da", "do", "dos",
  "das", "la", "le", "les", "los", "las", "the", "of", "on", "upon", "sur", "en", "y", "i", "bin", "ibn", "abu", "-",
  "'", "'s",
]);

/** Connectors across which a preceding capitalised word still belongs to the same name ("Bank of England",
 * "Kata'ib Sayyid al-Shuhada"). */
export const NAME_CONNECTORS = new Set(["of", "al", "el", "-", "bin", "ibn", "abu", "de", "del", "da", "di", "van", "von", "le", "la"]);

/** Words that are never a one-word place name in news, whatever the cue ("in August", "on Sunday"). */
export const NEVER_PLACES = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
  "ramadan", "god", "allah", "i", "a", "an", "the", "will", "can", "must", "says", "said",
  // compass words alone name a direction or a bloc ("Western partners", "Central command"), not the province so
  // called ("Western Province", "the Central Region" still match with their admin word)
  "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west", "northwest", "northeast",
  "southwest", "southeast",
]);

/** Titles and ranks before a name make it a person's ("COL VARGAS", "President Jackson"). */
export const PERSON_TITLES = new Set([
  "mr", "mrs", "ms", "dr", "col", "colonel", "gen", "general", "capt", "captain", "maj", "major", "lt", "lieutenant",
  "sgt", "sergeant", "cpl", "corporal", "adm", "admiral", "cmdr", "commander", "president", "minister", "senator",
  "sen", "rep", "deputy", "judge", "justice", "father", "monsignor", "msgr", "bishop", "archbishop", "cardinal",
  "pope", "sheikh", "imam", "ayatollah", "king", "queen", "prince", "princess", "emir", "sultan", "mayor", "governor",
  "gov", "ambassador", "secretary", "chancellor", "premier", "spokesman", "spokeswoman", "lawyer", "attorney",
  "professor", "prof", "engineer", "eng", "doctor", "sister", "brother", "saint", "don", "dona", "senor", "senora",
  "comandante", "commandant", "chief", "officer", "agent", "inspector", "detective", "colonels", "generals",
]);

/** Given names common in the regions news covers: before another word they open a personal name
 * ("JUAN ROSALES", "OSCAR DUENAS"); needed where case gives no clue. */
export const GIVEN_NAMES = new Set([
  "jose", "juan", "carlos", "luis", "jorge", "manuel", "francisco", "pedro", "antonio", "miguel", "jesus", "javier",
  "mario", "oscar", "rafael", "ricardo", "roberto", "fernando", "alfredo", "alberto", "eduardo", "hector", "hugo",
  "julio", "enrique", "guillermo", "gustavo", "ramon", "rodrigo", "sergio", "victor", "raul", "ruben", "pablo",
  "diego", "andres", "alejandro", "alvaro", "armando", "arturo", "cesar", "ernesto", "felix", "gonzalo", "ignacio",
  "joaquin", "marco", "mauricio", "nestor", "orlando", "rene", "rolando", "salvador", "tomas", "vicente", "maria",
  "ana", "rosa", "carmen", "elena", "isabel", "teresa", "marta", "patricia", "gloria", "john", "james", "robert",
  "michael", "william", "david", "richard", "joseph", "thomas", "charles", "george", "paul", "mark", "peter", "mary",
  "elizabeth", "jennifer", "susan", "margaret", "mohammed", "muhammad", "mohamed", "ahmed", "ahmad", "ali", "hassan",
  "hussein", "omar", "abdul", "abdullah", "ibrahim", "khalid", "mahmoud", "mustafa", "yusuf", "jean", "pierre",
  "michel", "jacques", "vladimir", "sergei", "ivan", "dmitry", "alexander", "nikolai", "andrei",
]);

/** Institutions named after a person or saint rather than the place: "ROSALES HOSPITAL", "TEJUTLA CHURCH",
 * "SAN RAMON NEIGHBORHOOD" (a quarter of another city). */
export const INSTITUTION_WORDS = new Set([
  "hospital", "clinic", "church", "cathedral", "chapel", "parish", "school", "university", "college", "institute",
  "academy", "stadium", "hotel", "bank", "company", "corporation", "street", "avenue", "boulevard", "park", "plaza",
  "neighborhood", "neighbourhood", "colonia", "barracks", "battalion", "brigade", "regiment", "prison", "jail",
  "farm", "estate", "hacienda", "ranch", "hill", "river", "stream", "mine", "dam", "factory", "plant", "market",
  "cemetery", "foundation", "group", "movement", "front", "party", "cartel", "command", "detachment", "garrison",
]);

/** Words heading the name of an institution, office or facility: a place name opening such a name is where it
 * is ("California Department of Health", "Seoul City Hall", "Queensland Premier", "Denver District Judge"). Words
 * such as "City" or "District" between do not head it: "Century City Towers" is no building of a Century. */
export const LOCATED_HEADS = new Set([
  "department", "ministry", "council", "hospital", "airport", "health", "service", "services", "premier", "minister",
  "secretary", "governor", "mayor", "court", "hall", "zoo", "museum", "station", "authority", "agency",
  "board", "commission", "government", "parliament", "legislature", "office", "institute", "clinic", "prison",
  "racecourse", "judge", "sheriff", "library", "railway", "harbour", "harbor", "gov", "sen", "rep", "senator",
  "governor", "lawmakers", "attorney",
]);

/** Words qualifying a place's unit in a name: "Davao City", "Nairobi County Government", "Tokyo Metropolitan". */
export const UNIT_QUALIFIERS = new Set(["city", "district", "province", "county", "municipal", "regional", "metropolitan"]);

/** Nouns for people or parts of a place that open a sentence before "of" and a place ("Residents of Lake Charles"):
 * the tagger may read them as names there, but they do not make the place part of a longer name. */
export const PEOPLE_NOUNS = new Set([
  "residents", "officials", "citizens", "people", "leaders", "authorities", "members", "representatives",
  "thousands", "hundreds", "dozens", "millions", "parts", "most", "many", "some", "all", "much", "rest", "areas",
  "voters", "farmers", "police", "doctors", "villagers", "workers", "students", "families", "survivors",
]);

/** Street words: capitalised after a place's name they name a street ("Lexington Road", "Baghdad Street"). */
export const STREET_WORDS = new Set(["road", "street", "avenue", "boulevard", "drive", "lane", "parkway", "pike", "turnpike"]);

/** The Associated Press's abbreviations of US states that spell words or other things, read as states only right
 * after a town and a comma ("Athens, Ga.", "Paris, Ky."); the unambiguous ones are gazetteer alternates. */
export const AP_STATE_QUALIFIERS: Record<string, string> = {
  ala: "Alabama", ark: "Arkansas", del: "Delaware", ga: "Georgia", ill: "Illinois", ind: "Indiana", kan: "Kansas",
  kans: "Kansas", ky: "Kentucky", la: "Louisiana", md: "Maryland", mass: "Massachusetts", miss: "Mississippi",
  mo: "Missouri", mont: "Montana", ore: "Oregon", pa: "Pennsylvania", va: "Virginia", vt: "Vermont",
  wash: "Washington", wis: "Wisconsin",
};

/** Natural features named after a place, or the place named after them: "the Vistula river", "Jordan river". */
export const FEATURE_WORDS = new Set(["river", "stream", "creek", "hill", "hills", "mountain", "mountains", "lake", "canal", "volcano"]);

/** Verbs of saying: a bare name before one is a speaker, not a place ("Kirby said"), unless a capital. */
export const SPEECH_VERBS = new Set([
  "said", "says", "told", "tells", "added", "adds", "stated", "noted", "argued", "insisted", "insists", "warned",
  "explained", "wrote", "asked", "announced", "claimed", "declared", "denied", "replied", "urged", "acknowledged",
  "reported", "reports", "affirmed", "stressed", "indicated", "pointed", "emphasized", "emphasised", "commented",
]);

/** Capitalised words that open sentences or titles and happen to be place names somewhere. */
export const COMMON_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "will", "can", "may",
  "mobile", "reading", "bath", "nice", "split", "deal", "union", "liberty", "independence", "victoria", "university",
  "president", "general", "colonel", "major", "captain", "minister", "police", "army", "guard", "national",
  "republic", "federal", "central", "university", "church", "party", "front", "council", "court", "assembly",
  "congress", "senate", "house", "office", "state", "states", "government", "page", "bar", "best", "royal", "hope",
  "paradise", "eagle", "buffalo", "phoenix", "mission", "progress", "concord", "commerce", "industry", "enterprise",
  "justice", "unity", "friendship", "providence", "trinity", "angel", "san", "santa", "santo", "saint", "st",
  "la", "el", "los", "las", "de", "del", "new", "north", "south", "east", "west", "northern", "southern", "eastern",
  "western", "upper", "lower", "sur", "norte", "central", "media", "press", "video", "radio", "television", "post",
  "man", "van", "ban", "son", "bay", "sale", "bra", "gap", "ede", "ore", "lay", "orange", "lincoln", "jackson",
  "hamilton", "wellington", "kingston", "nelson", "douglas", "clinton", "madison", "franklin",
  "florence", "marion", "mercedes", "dolores", "trinidad", "rosario", "soledad",
  "guadalupe", "esperanza", "libertad", "paz", "providencia", "christmas",
  "easter", "ramadan", "allah", "god", "bible", "koran", "quran", "atlantic", "pacific", "caribbean", "elizabeth",
]);

/** Capitalised words that stand between a country and a person's name without making the country a name part:
 * "US President Joe Biden", "Iran Foreign Ministry". */
export const TITLE_WORDS = new Set([
  "president", "prime", "foreign", "defence", "defense", "interior", "army", "navy", "air", "government", "embassy",
  "ambassador", "minister", "ministry", "secretary", "special", "envoy", "forces", "military", "officials", "official",
  "state", "senator", "general", "national", "supreme", "central", "federal", "consulate", "border", "coast",
  "treasury", "department", "congress", "parliament", "navy", "marines", "troops", "police",
]);

/** Country names that are also common given names: alone before another capitalised name they are a person. */
export const GIVEN_NAME_COUNTRIES = new Set(["chad", "jordan", "georgia", "israel", "india", "kenya", "niger", "china", "france", "trinidad"]);

/** Verbs and auxiliaries after which a capital or country is acting as its government ("Tehran insists"). */
export const METONYM_POS = new Set(["VERB", "AUX"]);
/** Copulas and verbs of location: "Iraq is home to", "Erbil lies" describe the place, not its government. */
export const NON_METONYM_VERBS = new Set(["is", "was", "are", "were", "be", "been", "being", "'s", "remains", "remained", "lies", "lay", "sits", "based", "located", "situated", "borders", "bordering", "has been", "became", "becomes", "seems", "looks"]);
