// The quotes stage's word lists, kept as data: reporting verbs with every inflection and the complements they
// take, the words that mark a title or role in a speaker's name, and the pronouns that can speak.
// Forms are written out (not derived from lemmas) so all-caps wire text, where tagging is weaker, matches too.

/**
 * What may follow a reporting verb:
 * - clause: a reported clause, with or without "that" ("said (that) the army ...")
 * - object: an addressee first ("told reporters (that) ...", "warned Iran that ...")
 * - to: a to-infinitive ("vowed to retaliate")
 * - of: an object then "of" ("accused Washington of ...")
 */
export type Frame = "clause" | "object" | "to" | "of";

export interface ReportingVerb {
  lemma: string;
  /** every written form; multi-word forms ("pointed out") are matched as phrases */
  forms: string[];
  frames: Frame[];
  /** forms that are also nouns or names ("claims", "States"): they count only when tagged as verbs */
  nounLike?: string[];
}

/** Verbs of belief, expectation and stance that attribute a clause to their subject ("X believes (that) ...",
 * "X expects ..."), read only where the parse gives them a clausal complement. */
export const ATTITUDE_VERBS = [
  "believe", "think", "expect", "hope", "fear", "worry", "feel", "know", "doubt", "suspect", "conclude", "find",
  "agree", "point", "signal", "estimate", "forecast", "recommend", "propose", "demand", "answer", "respond",
  "wonder", "question", "assume", "guess", "imply", "hint", "remark", "speculate", "show", "prove", "decide",
  "understand", "realize", "realise", "recognize", "recognise", "learn", "wish", "joke", "worry", "lie",
];

/**
 * Verbs of speech, judgement and intention whose content, when no clause follows, is a phrase ("endorsed Trump",
 * "called for a repeal", "refused to testify", "called the plan a disgrace"), read from the parse. Per lemma, the
 * frames it attributes: "obj" its object, with what is said of it when something is ("a disgrace", "as useful",
 * "to a snake", "for failing"); "pred" an object only with such a predicate ("called the plan a disgrace", not
 * "called a meeting"); "to" an infinitive or gerund it governs; any other word, the preposition of a phrase after it.
 */
export const CONTENT_VERBS: Record<string, string[]> = {
  // naming and characterising
  call: ["pred", "for"], describe: ["pred"], label: ["pred"], brand: ["pred"], dub: ["pred"], term: ["pred"],
  characterize: ["pred"], characterise: ["pred"], liken: ["pred"], portray: ["pred"], refer: ["to"],
  see: ["pred"], view: ["pred"], regard: ["pred"], consider: ["pred"],
  // judging, backing and opposing
  criticize: ["obj"], criticise: ["obj"], condemn: ["obj"], denounce: ["obj"], praise: ["obj"], hail: ["obj"],
  applaud: ["obj"], blast: ["obj"], slam: ["obj"], blame: ["obj"], accuse: ["obj"], thank: ["obj"],
  endorse: ["obj"], support: ["obj"], oppose: ["obj"], reject: ["obj"], dismiss: ["obj"],
  dispute: ["obj"], deny: ["obj"], question: ["obj"], challenge: ["obj"], mock: ["obj"], ridicule: ["obj"],
  // speaking of something
  cite: ["obj"], mention: ["obj"], note: ["obj"], acknowledge: ["obj"], admit: ["obj"], explain: ["obj"],
  discuss: ["obj"], highlight: ["obj"], emphasize: ["obj"], emphasise: ["obj"], stress: ["obj"], underscore: ["obj"],
  reveal: ["obj"], disclose: ["obj"], predict: ["obj"], repeat: ["obj"], reiterate: ["obj"], recite: ["obj"],
  express: ["obj"], voice: ["obj"], tout: ["obj"], tweet: ["obj"], retweet: ["obj"],
  speak: ["of", "about", "against"], talk: ["about"], comment: ["on"], testify: ["about"], boast: ["about", "of"],
  joke: ["about"], complain: ["about", "of"], warn: ["of", "about", "against"], argue: ["for", "against"],
  push: ["for"], advocate: ["for"], allude: ["to"], point: ["to"],
  // asking for and proposing
  demand: ["obj"], propose: ["obj", "to"], suggest: ["obj"], recommend: ["obj", "against"], urge: ["obj"],
  offer: ["obj", "to"], promise: ["obj"], pledge: ["obj"], unveil: ["obj"],
  // believing and expecting
  believe: ["obj"], understand: ["obj"], expect: ["obj", "to"], worry: ["about"], wonder: ["about"],
  learn: ["of", "about"], ask: ["about"],
  // intending and refusing
  refuse: ["to"], decline: ["to"], plan: ["to"], intend: ["to"], aim: ["to"], want: ["to"], hope: ["to"],
  wish: ["to"], agree: ["to", "with"], decide: ["to", "against"],
};

/**
 * Adjectives of belief and feeling that attribute what follows them to their subject ("Democrats are afraid that
 * ...", "she was confident of victory", "he is eager to run"), by written form (participles such as "worried" are
 * tagged as verbs as often as adjectives). Frames as for CONTENT_VERBS; "that" a clause after the adjective.
 */
export const CONTENT_ADJECTIVES: Record<string, string[]> = {
  afraid: ["that", "of"], sure: ["that"], certain: ["that"], unsure: ["that"], confident: ["that", "of"],
  convinced: ["that", "of"], worried: ["that", "about"], concerned: ["that", "about"], aware: ["that", "of"],
  hopeful: ["that", "about"], optimistic: ["that", "about"], pessimistic: ["that", "about"], skeptical: ["that", "of", "about"],
  sceptical: ["that", "of", "about"], adamant: ["that"], doubtful: ["that"], fearful: ["that", "of"],
  angry: ["that", "about"], upset: ["that", "about"], furious: ["that", "about"], frustrated: ["that", "with"],
  disappointed: ["that", "with", "in"], pleased: ["that", "with"], proud: ["that", "of"], glad: ["that"],
  grateful: ["that", "for"], critical: ["of"], supportive: ["of"], opposed: ["to"],
  eager: ["to"], willing: ["to"], unwilling: ["to"], reluctant: ["to"], determined: ["to"], keen: ["to"],
};

/**
 * Nouns of speech, belief and intention whose complement clause is attributed to whoever holds them ("Trump's
 * claim that the vote was rigged", "the senator's decision to resign", "concerns that the deal would fail").
 */
export const CONTENT_NOUNS = [
  "claim", "belief", "view", "idea", "notion", "argument", "assertion", "allegation", "accusation", "charge",
  "promise", "pledge", "vow", "threat", "warning", "demand", "request", "call", "proposal", "plan", "suggestion",
  "recommendation", "decision", "determination", "resolve", "concern", "fear", "hope", "worry", "doubt", "suspicion",
  "acknowledgment", "acknowledgement", "admission", "denial", "refusal", "reluctance", "willingness", "eagerness",
  "desire", "insistence", "conclusion", "finding", "message", "statement", "announcement", "assurance", "prediction",
  "sense", "feeling", "conviction", "commitment", "intention", "intent", "bid", "offer", "vision", "recognition",
  "case", "misgiving", "reservation", "criticism", "complaint", "remark", "comment", "speech", "insight", "question",
];

/** Verbs that make a content noun their subject's ("expressed concern that", "made the case that", "issued a
 * warning that"): the noun's holder is the verb's subject. */
export const LIGHT_VERBS = [
  "make", "express", "voice", "issue", "offer", "share", "raise", "repeat", "reiterate", "announce", "unveil", "have",
  "give", "deliver", "renew", "signal", "state", "reaffirm", "outline", "lay", "put", "send",
];

/** Possessive pronouns and the speaker pronoun each stands for ("his claim" is what "he" claims). */
export const POSSESSIVE_PRONOUNS: Record<string, string> = { his: "he", her: "she", their: "they", its: "it", our: "we", my: "i" };

export const REPORTING_VERBS: ReportingVerb[] = [
  { lemma: "say", forms: ["say", "says", "said", "saying"], frames: ["clause"], nounLike: ["say"] },
  { lemma: "tell", forms: ["tell", "tells", "told", "telling"], frames: ["object"] },
  { lemma: "add", forms: ["add", "adds", "added", "adding"], frames: ["clause"] },
  { lemma: "warn", forms: ["warn", "warns", "warned", "warning"], frames: ["clause", "object"], nounLike: ["warning"] },
  { lemma: "insist", forms: ["insist", "insists", "insisted", "insisting"], frames: ["clause"] },
  { lemma: "claim", forms: ["claim", "claims", "claimed", "claiming"], frames: ["clause"], nounLike: ["claim", "claims"] },
  { lemma: "state", forms: ["state", "states", "stated", "stating"], frames: ["clause"], nounLike: ["state", "states"] },
  { lemma: "announce", forms: ["announce", "announces", "announced", "announcing"], frames: ["clause"] },
  { lemma: "note", forms: ["note", "notes", "noted", "noting"], frames: ["clause"], nounLike: ["note", "notes"] },
  { lemma: "stress", forms: ["stress", "stresses", "stressed", "stressing"], frames: ["clause"], nounLike: ["stress"] },
  { lemma: "argue", forms: ["argue", "argues", "argued", "arguing"], frames: ["clause"] },
  { lemma: "accuse", forms: ["accuse", "accuses", "accused", "accusing"], frames: ["of"], nounLike: ["accused"] },
  { lemma: "deny", forms: ["deny", "denies", "denied", "denying"], frames: ["clause"] },
  { lemma: "acknowledge", forms: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"], frames: ["clause"] },
  { lemma: "confirm", forms: ["confirm", "confirms", "confirmed", "confirming"], frames: ["clause"] },
  { lemma: "explain", forms: ["explain", "explains", "explained", "explaining"], frames: ["clause"] },
  { lemma: "write", forms: ["write", "writes", "wrote", "writing"], frames: ["clause"], nounLike: ["writing"] },
  { lemma: "tweet", forms: ["tweet", "tweets", "tweeted", "tweeting"], frames: ["clause"], nounLike: ["tweet", "tweets"] },
  { lemma: "declare", forms: ["declare", "declares", "declared", "declaring"], frames: ["clause"] },
  { lemma: "vow", forms: ["vow", "vows", "vowed", "vowing"], frames: ["clause", "to"], nounLike: ["vow", "vows"] },
  { lemma: "pledge", forms: ["pledge", "pledges", "pledged", "pledging"], frames: ["clause", "to"], nounLike: ["pledge", "pledges"] },
  { lemma: "promise", forms: ["promise", "promises", "promised", "promising"], frames: ["clause", "to", "object"], nounLike: ["promise", "promises", "promising"] },
  { lemma: "threaten", forms: ["threaten", "threatens", "threatened", "threatening"], frames: ["to"] },
  { lemma: "report", forms: ["report", "reports", "reported", "reporting"], frames: ["clause"], nounLike: ["report", "reports", "reporting"] },
  { lemma: "admit", forms: ["admit", "admits", "admitted", "admitting"], frames: ["clause"] },
  { lemma: "allege", forms: ["allege", "alleges", "alleged", "alleging"], frames: ["clause"], nounLike: ["alleged"] },
  { lemma: "assert", forms: ["assert", "asserts", "asserted", "asserting"], frames: ["clause"] },
  { lemma: "maintain", forms: ["maintain", "maintains", "maintained", "maintaining"], frames: ["clause"] },
  { lemma: "reveal", forms: ["reveal", "reveals", "revealed", "revealing"], frames: ["clause"] },
  { lemma: "disclose", forms: ["disclose", "discloses", "disclosed", "disclosing"], frames: ["clause"] },
  { lemma: "indicate", forms: ["indicate", "indicates", "indicated", "indicating"], frames: ["clause"] },
  { lemma: "emphasise", forms: ["emphasise", "emphasises", "emphasised", "emphasising", "emphasize", "emphasizes", "emphasized", "emphasizing"], frames: ["clause"] },
  { lemma: "reiterate", forms: ["reiterate", "reiterates", "reiterated", "reiterating"], frames: ["clause"] },
  { lemma: "affirm", forms: ["affirm", "affirms", "affirmed", "affirming", "reaffirm", "reaffirms", "reaffirmed", "reaffirming"], frames: ["clause"] },
  { lemma: "charge", forms: ["charge", "charges", "charged", "charging"], frames: ["clause"], nounLike: ["charge", "charges", "charged"] },
  { lemma: "denounce", forms: ["denounce", "denounces", "denounced", "denouncing"], frames: ["clause"] },
  { lemma: "contend", forms: ["contend", "contends", "contended", "contending"], frames: ["clause"] },
  { lemma: "predict", forms: ["predict", "predicts", "predicted", "predicting"], frames: ["clause"] },
  { lemma: "assure", forms: ["assure", "assures", "assured", "assuring"], frames: ["object"] },
  { lemma: "inform", forms: ["inform", "informs", "informed", "informing"], frames: ["object"] },
  { lemma: "remind", forms: ["remind", "reminds", "reminded", "reminding"], frames: ["object"] },
  { lemma: "complain", forms: ["complain", "complains", "complained", "complaining"], frames: ["clause"] },
  { lemma: "recall", forms: ["recall", "recalls", "recalled", "recalling"], frames: ["clause"], nounLike: ["recall"] },
  { lemma: "comment", forms: ["comment", "comments", "commented", "commenting"], frames: ["clause"], nounLike: ["comment", "comments"] },
  { lemma: "point out", forms: ["point out", "points out", "pointed out", "pointing out"], frames: ["clause"] },
  { lemma: "make clear", forms: ["make clear", "makes clear", "made clear", "making clear"], frames: ["clause"] },
  { lemma: "suggest", forms: ["suggest", "suggests", "suggested", "suggesting"], frames: ["clause"] },
  { lemma: "concede", forms: ["concede", "concedes", "conceded", "conceding"], frames: ["clause"] },
  { lemma: "boast", forms: ["boast", "boasts", "boasted", "boasting"], frames: ["clause"] },
  { lemma: "observe", forms: ["observe", "observes", "observed", "observing"], frames: ["clause"] },
  { lemma: "testify", forms: ["testify", "testifies", "testified", "testifying"], frames: ["clause"] },
  { lemma: "caution", forms: ["caution", "cautions", "cautioned", "cautioning"], frames: ["clause", "object"], nounLike: ["caution"] },
  { lemma: "mention", forms: ["mention", "mentions", "mentioned", "mentioning"], frames: ["clause"], nounLike: ["mention"] },
  { lemma: "lament", forms: ["lament", "laments", "lamented", "lamenting"], frames: ["clause"] },
  { lemma: "specify", forms: ["specify", "specifies", "specified", "specifying"], frames: ["clause"] },
  { lemma: "urge", forms: ["urge", "urges", "urged", "urging"], frames: ["object"] },
  { lemma: "ask", forms: ["ask", "asks", "asked", "asking"], frames: ["object"] },
  { lemma: "reply", forms: ["reply", "replies", "replied", "replying"], frames: ["clause"], nounLike: ["reply", "replies"] },
  { lemma: "shout", forms: ["shout", "shouts", "shouted", "shouting"], frames: ["clause"], nounLike: ["shout", "shouts"] },
  { lemma: "yell", forms: ["yell", "yells", "yelled", "yelling"], frames: ["clause"], nounLike: ["yell"] },
  { lemma: "scream", forms: ["scream", "screams", "screamed", "screaming"], frames: ["clause"], nounLike: ["scream", "screams"] },
  { lemma: "exclaim", forms: ["exclaim", "exclaims", "exclaimed", "exclaiming"], frames: ["clause"] },
  { lemma: "quip", forms: ["quip", "quips", "quipped", "quipping"], frames: ["clause"], nounLike: ["quip", "quips"] },
  { lemma: "retort", forms: ["retort", "retorts", "retorted", "retorting"], frames: ["clause"], nounLike: ["retort"] },
  { lemma: "joke", forms: ["joke", "jokes", "joked", "joking"], frames: ["clause"], nounLike: ["joke", "jokes"] },
];

/** Verbs that report only the quotation right beside them ("She continued: "..."", ""...," he went on"); elsewhere
 * they report nothing ("prices continued to rise"). */
export const QUOTE_ONLY_VERBS: ReportingVerb[] = [
  { lemma: "continue", forms: ["continue", "continues", "continued", "continuing"], frames: ["clause"] },
  { lemma: "go on", forms: ["go on", "goes on", "went on", "going on"], frames: ["clause"] },
];

/**
 * Verbs that make quoted words in their sentence the subject's own ("called the strikes "a clear warning"",
 * "described the talks as "very useful""), besides the reporting verbs. Lemmas.
 */
export const FRAGMENT_VERBS = ["call", "describe", "brand", "term", "label", "dub", "condemn", "denounce", "praise", "hail", "blame", "criticise", "criticize", "slam", "welcome", "reject", "dismiss", "characterise", "characterize", "express", "promise", "vow", "pledge", "urge", "demand", "accuse"];

/** Participles after a comma that comment on a report rather than continue it ("..., calling it an act of terror"). */
export const CLAUSE_ENDING_PARTICIPLES = ["calling", "describing", "urging", "citing", "blaming", "branding", "dismissing", "rejecting", "condemning", "labelling", "labeling", "terming", "pointing", "referring", "demanding"];

/** "according to X" and its relatives: the source follows the phrase. */
export const ACCORDING_TO = ["according to", "citing", "quoting"];

/** Nouns naming a document or channel rather than a speaker: "according to a statement from the ministry". */
export const SOURCE_DOCUMENTS = ["statement", "statements", "report", "reports", "communique", "communiques", "release", "press release", "announcement", "bulletin", "broadcast", "message", "letter", "post", "tweet", "video", "interview", "report issued"];

/** Prepositions that tie a speaker to the document it spoke through ("a statement from/by/of X"). */
export const SOURCE_LINKS = ["from", "by", "of", "issued by", "released by", "published by", "made by", "given by", "carried by"];

/**
 * Titles and roles written before or beside a name ("Pentagon press secretary John Kirby", "Gen", "Mr"). The
 * speaker's name is what follows the last of them; alone they make a nominal speaker ("the spokesman said").
 */
export const ROLE_WORDS = [
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "sheikh", "sheik", "imam", "ayatollah", "rev", "reverend", "father", "msgr", "monsignor", "bishop", "archbishop", "cardinal", "pope",
  "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan", "crown", "governor", "gov", "mayor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "deputy", "mp", "lawmaker", "speaker", "chairman", "chairwoman", "chair", "leader", "head", "chief", "director", "commander", "ambassador", "envoy", "diplomat", "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "adviser", "advisor", "aide", "counsellor", "attorney", "prosecutor", "judge", "justice", "colonel", "col", "gen", "lt", "lieutenant", "maj", "major", "capt", "captain", "sgt", "sergeant", "admiral", "adm", "brig", "brigadier", "marshal", "field", "commissioner", "inspector", "superintendent", "sheriff", "press", "foreign", "defence", "defense", "interior", "finance", "state", "army", "military", "security", "national", "former", "acting", "senior", "top", "retired", "opposition", "rebel",
];

/** Words that before a name make it a person ("President Biden", "Gen Milley"): used to spot people to refer back to. */
export const PERSON_TITLES = [
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "sheikh", "sheik", "imam", "ayatollah", "rev", "reverend", "father", "msgr", "monsignor", "bishop", "archbishop", "cardinal", "pope",
  "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan", "governor", "gov", "mayor", "senator", "sen", "rep", "congressman", "congresswoman", "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "colonel", "col", "gen", "lt", "lieutenant", "maj", "major", "capt", "captain", "sgt", "sergeant", "admiral", "adm", "brig", "brigadier", "marshal", "commander", "chairman", "chairwoman", "leader", "judge", "prosecutor", "attorney",
];

/** Words that describe a speaker's standing, not which one it is: "the retired colonel" is still the colonel named before. */
export const STATUS_WORDS = ["retired", "former", "senior", "veteran", "acting", "top", "elderly", "young", "outgoing", "incoming", "new", "embattled", "influential", "powerful", "hardline", "moderate", "exiled", "jailed", "ousted", "interim", "same"];

/** Titles and roles that tell a person's sex, so "she" does not go to "Mr Berg" (nor "he" to "the spokeswoman"). */
export const MALE_WORDS = ["mr", "sir", "lord", "king", "prince", "emir", "sultan", "sheikh", "sheik", "ayatollah", "imam", "father", "pope", "spokesman", "chairman", "congressman", "businessman", "policeman", "councilman", "alderman", "husband", "son", "brother", "man", "boy", "grandfather", "uncle"];
export const FEMALE_WORDS = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "mother", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman", "councilwoman", "wife", "daughter", "woman", "girl", "grandmother", "aunt", "widow"];

/** Abbreviated titles written with a full stop ("Mr.", "Gen."): the stop belongs to the name. */
export const TITLE_ABBREVIATIONS = ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "brig", "sen", "rep", "gov", "rev", "msgr", "st", "jr", "sr"];

/** Pronouns that can be a speaker, by what they may refer to. */
export const SPEAKER_PRONOUNS: Record<string, "person" | "group" | "thing" | "self"> = {
  he: "person", she: "person", they: "group", it: "thing", we: "self", i: "self",
};

/** Words introducing a relative clause that refers back to the noun before the comma ("Kirby, who ..., said"). */
export const RELATIVE_PRONOUNS = ["who", "which"];

/** Prepositions that open an adverbial between a reporting verb and its clause ("said in a statement on Monday"). */
export const ADVERBIAL_PREPOSITIONS = ["in", "on", "at", "during", "after", "before", "via", "through", "from", "to", "with", "over", "of", "late", "earlier", "later", "by", "following", "ahead"];

/** Words that may join two parts of one noun phrase ("spokesman for the ministry", "head of the army"). */
export const NOUN_PHRASE_LINKS = ["of", "for", "at", "in", "from", "and"];
