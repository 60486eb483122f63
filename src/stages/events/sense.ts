// Does the trigger's sense fit its sentence? The checks a coder makes before recording an event, with the word
// lists as knowledge (lexicon senseConstraints): questions report nothing; a verb whose violent or coercive sense
// has everyday senses too ("hit the polls", "died of old age", "was taken to a hotel") needs force named in its
// sentence; a verb of thought or opinion states a view unless one of its patterns codes an act; "suggest" with a
// clause asks for something only when the clause says what should be done ("suggested he resign", not "estimates
// suggest 8,000 may be at sea"); a naming verb with a secondary predicate ("a group called X", "called the ruling
// dangerous") names or characterises, and is an accusation only when the predicate disapproves.
import type { Doc, Sentence, Word } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Actor } from "../../schema.ts";
import { agentWord, auxiliaries, childrenWith, subtreeSpan } from "../../lang/en/tree.ts";
import type { Draft } from "./draft.ts";
import { cumulative } from "./effects.ts";
import { actorKind } from "./actors.ts";

/** CAMEO roots of force: posture and mobilisation (15), coercion (17), assault (18-20). */
const needsForce = (code: string) => ["15", "17", "18", "19", "20"].includes(code.slice(0, 2));

/** The draft as the sentence supports it (possibly recoded), or null when its words report no event. */
export function fitSense(doc: Doc, kb: Knowledge, d: Draft): Draft | null {
  const s = doc.sentences[d.sentence]!;
  if (isQuestion(doc, s) || pageFurniture(doc, kb, s)) return null;
  // a consultation is between parties: meeting, visiting, calling someone (a bare "arrived", "attended", "left"
  // names movement, not a consultation); support, cooperation, aid and concessions go to someone, so a verb's
  // bare default sense needs its recipient too ("helped improve relations", "celebrated the opening")
  const type = kb.ontology.ploverType(d.code);
  // what a passive verb of giving has as its subject is what is given, not who receives it ("the paintings were
  // donated by the foundation")
  if (d.target && givenThing(doc, kb, d)) d.target = null;
  const parties = kb.lexicon.twoParties.get(type);
  // (a thing is no party: "went to the sheriff's station", "was taken to the Century City Towers as promised")
  if (parties && (parties === "always" || !d.specific) && !twoParties(thingTarget(doc, kb, d.target) ? { ...d, target: null } : d)) return null;
  // what the verb acts on is a thing and no party receives it: "the study was supported by A, B and C",
  // "supported the bill" (support of a party: "supported the opposition", "A and B supported the rebels")
  if (parties && !d.specific && thingPatient(doc, kb, d)) return null;
  // a toll or a pattern over years is context, not an incident ("13,000 people have been killed since 1980")
  // (read in the trigger's own stretch up to a comma: "the second such attack in four months" is no toll)
  // (or put before the clause: "So far, two deputies have been murdered", "to date 8 civilians have been killed")
  if (violent(d.code) && (cumulative(doc, d.head, ownStretchEnd(doc, d)) || totalSoFar(doc, d))) return null;
  if (kb.lexicon.needsTargetVerbs.has(d.lemma) && !(d.target && lookedInto(doc, d.head))) return null;
  if (violent(d.code) && (accidentToll(doc, kb, d, s) || misfortune(doc, kb, d, s))) return null;
  if (kb.lexicon.sportsVerbs.has(d.lemma) && (sportsSentence(doc, kb, s) || sportsReport(doc, kb))) return null;
  if (kb.ontology.ploverType(d.code) === "ASSAULT" && digitalAttack(doc, kb, d)) {
    d.code = "17";
    d.cue = { ...d.cue, mode: "cyber", weapon: null };
  }
  // an appeal against a ruling is legal action against the other side, not an appeal for something
  if (type === "REQUEST" && legalAppeal(doc, kb, d, s)) d.code = "115";
  if (type === "CONSULT" && demonstration(doc, kb, d)) d.code = "141";
  else if (type === "CONSULT" && journey(doc, kb, d)) return null;
  // a demonstration of a thing shows it ("a demonstration of the new headset"); one by or of people protests
  if (type === "PROTEST" && d.kind === "noun" && doc.tokens[d.to]?.key === "of" && !peopleAfter(doc, kb, d.to + 1)) return null;
  if (d.kind !== "verb") return d;
  if (naturalAgent(doc, kb, d.head) || geography(doc, d.head)) return null;
  // a habit of a kind of party is a generic truth ("militants often attack convoys"); a named state's forces doing
  // something routinely is a reported pattern of conduct ("Israeli soldiers routinely beat detainees")
  if (habitual(doc, kb, d.head) && !d.source?.country) return null;
  // "attacked the government for its handling of the crisis", "was blasted by the UN for smuggling arms": an attack
  // for someone's conduct is a verbal one (CAMEO 111 criticize)
  if (type === "ASSAULT" && forConduct(doc, d.head)) d.code = "111";
  if (kb.lexicon.opinionVerbs.has(d.lemma) && !d.specific) return null;
  if (kb.lexicon.deonticVerbs.has(d.lemma) && d.code.startsWith("02") && !asksForAct(doc, kb, d.head)) return null;
  if (needsForce(d.code) && kb.lexicon.forceVerbs.has(d.lemma) && !forceNamed(doc, kb, d, s)) return null;
  if (kb.lexicon.namingVerbs.has(d.lemma)) {
    const predicate = namingPredicate(doc, d.head);
    if (predicate === "naming") return null;
    if (predicate) {
      if (!disapproves(doc, kb, predicate)) return null;
      d.code = "111";
    }
    // a naming verb asks for something only with what is asked: a call on, upon or for, or an infinitive
    // ("called on X to leave", "called for talks"); "calling them traitors", "a breed called Americans", "what we
    // would call a loss" name, they ask nothing
    else if (d.code.startsWith("02") && !asksWith(doc, d.head)) return null;
  }
  return d;
}

/** A running total's marker ("so far", "to date", "thus far") in the trigger's clause before the trigger, in a
 * perfect ("have been killed", "have died"): the toll of a campaign, not an incident. */
function totalSoFar(doc: Doc, d: Draft): boolean {
  const w = doc.wordOfToken(d.head);
  if (!w || !auxiliaries(doc.words, w).some((a) => ["have", "has", "had"].includes(a))) return false;
  for (let k = d.clause.from; k < d.head; k++) {
    const a = doc.tokens[k]!.key, b = doc.tokens[k + 1]?.key;
    if ((a === "so" || a === "thus") && b === "far" || a === "to" && b === "date") return true;
  }
  return false;
}

/** Where the trigger's own stretch of its clause ends: the first comma, semicolon or dash after it. */
function ownStretchEnd(doc: Doc, d: Draft): number {
  for (let k = d.to; k < d.run.to; k++) if ([",", ";", "-", "\u2014", "\u2013", "("].includes(doc.tokens[k]!.key)) return k;
  return d.run.to;
}

/** An attack on or by something digital: hacking, a website, servers (PLOVER COERCE "cyber"). The words count
 * in the actors' names and in the trigger's own arguments (its subject, object, agent, obliques, compounds, and
 * those of a relative clause on it: "the attacks that took down websites"), not anywhere in the clause ("claimed
 * the attack on its website"); a weapon named keeps it an assault. */
function digitalAttack(doc: Doc, kb: Knowledge, d: Draft): boolean {
  if (d.cue.weapon) return false;
  const cyber = (w: string) => kb.lexicon.cyberWords.has(w.toLowerCase());
  const names = [d.source?.name, d.target?.name].filter((n): n is string => !!n).join(" ").split(/[^A-Za-z-]+/);
  if (names.some(cyber)) return true;
  const w = doc.wordOfToken(d.head);
  if (!w) return false;
  const ARGS = ["nsubj", "obj", "obl", "nmod", "compound", "amod"];
  const heads = childrenWith(doc.words, w, ARGS);
  for (const rel of childrenWith(doc.words, w, ["acl"])) heads.push(...childrenWith(doc.words, rel, ["nsubj", "obj"]));
  return heads.some((h) => cyber(h.form) || childrenWith(doc.words, h, ["compound", "amod"]).some((c) => cyber(c.form)));
}

/** The trigger has what it looks into as its object ("searched the home of X", "a study of the militia"), not only a
 * place it happens in ("searching through tree trunks in Finland"). */
function lookedInto(doc: Doc, head: number): boolean {
  const w = doc.wordOfToken(head);
  if (!w) return true;
  return childrenWith(doc.words, w, ["obj", "nmod"]).length > 0;
}

/** A natural hazard or illness as the verb's agent ("the storm threatened oil rigs", "areas hit by the tsunami",
 * "the quake killed 300"): nobody acted. */
function naturalAgent(doc: Doc, kb: Knowledge, head: number): boolean {
  const w = subjectBearer(doc, head);
  if (!w) return false;
  const agent = childrenWith(doc.words, w, ["nsubj"])[0] ?? agentWord(doc.words, w);
  return !!agent && kb.lexicon.naturalForces.has(agent.form.toLowerCase());
}

/** The verb whose subject the trigger's act has: its own, or for a participle or a coordinated verb without a
 * subject its governor's ("the storm hit the coast, killing 30 people"). */
function subjectBearer(doc: Doc, head: number): Word | undefined {
  let w = doc.wordOfToken(head);
  for (let hops = 0; w && hops < 2 && w.head >= 0 && ["advcl", "conj", "xcomp"].includes(w.deprel) && !childrenWith(doc.words, w, ["nsubj", "nsubj:pass"]).length; hops++) w = doc.words[w.head]!;
  return w;
}

/** "The shuttle exploded 73 seconds after liftoff, killing all six aboard": a toll that follows an accident (a verb
 * that is violent only with a weapon, none named) is the accident's. */
function accidentToll(doc: Doc, kb: Knowledge, d: Draft, s: Sentence): boolean {
  const bearer = subjectBearer(doc, d.head);
  if (!bearer || bearer.token === d.head || !kb.lexicon.weaponOnlyVerbs.has(doc.tokens[bearer.token]!.lemma)) return false;
  return !d.cue.weapon && kb.lexicon.weapons.findAll(doc.tokens, s.tokenStart, s.tokenEnd).length === 0;
}

/** A casualty no one is said to have caused, in a sentence that names an accident or a natural hazard and no
 * weapon or armed party: "345 pilgrims were killed in a stampede", "76 people were killed when the hotel
 * collapsed", "a storm caused a crane to fall, killing 107 and wounding 238". (A weapon or an armed party keeps
 * it: "soldiers were killed when their convoy crashed after an ambush" is for the coder to read as an attack.) */
function misfortune(doc: Doc, kb: Knowledge, d: Draft, s: Sentence): boolean {
  if (d.source || d.cue.weapon) return false;
  let named = false;
  for (let k = s.tokenStart; k < s.tokenEnd && !named; k++) {
    const t = doc.tokens[k]!;
    named = kb.lexicon.accidents.has(t.key) || kb.lexicon.naturalForces.has(t.key);
  }
  if (!named) return false;
  if (kb.lexicon.weapons.findAll(doc.tokens, s.tokenStart, s.tokenEnd).length) return false;
  return !armedParty(doc, kb, d, s);
}

const RANGE_UNIT = /^(?:people|persons|killed|dead|wounded|injured|percent|%|per|years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|kg|tons?|tonnes?|points?|seats?|votes?|times)$/;

/** A sentence of a sports report: a word of sport, a score ("1 – 0", "3-1") or a minute of play ("the 54th minute"). */
function sportsSentence(doc: Doc, kb: Knowledge, s: Sentence): boolean {
  const T = doc.tokens;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = T[k]!;
    if (kb.lexicon.sportsCues.has(t.key)) return true;
    const joined = /^\d{1,2}[-–]\d{1,2}$/.test(t.text);
    const spaced = /^\d{1,2}$/.test(t.text) && /^[-–]$/.test(T[k + 1]?.text ?? "") && /^\d{1,2}$/.test(T[k + 2]?.text ?? "");
    // (not a range of a count, a date or a time: "10-15 people", "June 3-4", "aged 5-12 years")
    if ((joined || spaced) && !RANGE_UNIT.test(T[k + (joined ? 1 : 3)]?.key ?? "") && doc.timexesIn(t.start, t.end).length === 0) return true;
    if (t.key === "minute" && /^\d+(?:st|nd|rd|th)$/.test(T[k - 1]?.key ?? "")) return true;
  }
  return false;
}

const sportsDocs = new WeakMap<Doc, boolean>();
/** An article that is a sports report: three or more of its sentences, and one in five, are. */
function sportsReport(doc: Doc, kb: Knowledge): boolean {
  let known = sportsDocs.get(doc);
  if (known === undefined) {
    let n = 0;
    for (const s of doc.sentences) if (sportsSentence(doc, kb, s)) n++;
    sportsDocs.set(doc, known = n >= 3 && n * 5 >= doc.sentences.length);
  }
  return known;
}

/** A gathering of protesters, or one whose clauses demand or protest: "protesters gathered outside parliament",
 * "hundreds rallied in the square demanding his release". */
function demonstration(doc: Doc, kb: Knowledge, d: Draft): boolean {
  if (d.kind !== "verb" || !kb.lexicon.gatheringVerbs.has(d.lemma)) return false;
  if (actorKind(d.source) === "protesters") return true;
  for (let k = d.to; k < d.run.to; k++) if (["demand", "protest", "denounce", "condemn"].includes(doc.tokens[k]!.lemma)) return true;
  return false;
}

/** A trip to a place by someone who acts for no party: "millions of pilgrims arrive in Mecca", "we came to the
 * United States" (a journey, not a visit). */
function journey(doc: Doc, kb: Knowledge, d: Draft): boolean {
  if (d.kind !== "verb" || !kb.lexicon.travelVerbs.has(d.lemma) || !d.target || d.target.sector || d.target.members?.length) return false;
  // (a trip to meet someone is one: "traveled to Florida to meet with Devocht")
  for (let k = d.to; k < Math.min(d.run.to, d.to + 8); k++) if (kb.lexicon.meetingWords.has(doc.tokens[k]!.lemma)) return false;
  const type = doc.entityById(d.target.entity)?.type;
  if (type === "PERSON" || type === "ORG") return false;
  const acts = (a: Actor | null | undefined): boolean => !!a && (!!a.sector && kb.lexicon.partySectors.has(a.sector) || (a.members ?? []).some(acts));
  return !acts(d.source);
}

/** The phrase from token k names people: its first noun (past determiners, numbers and adjectives) is a party word. */
function peopleAfter(doc: Doc, kb: Knowledge, k: number): boolean {
  for (let j = k; j < Math.min(doc.tokens.length, k + 5); j++) {
    const t = doc.tokens[j]!;
    if (["DET", "NUM", "ADJ"].includes(t.pos)) continue;
    if (doc.mentionsIn(t.start, t.end).some((m) => ["PERSON", "ORG", "NORP"].includes(doc.entityById(m.entity)?.type ?? ""))) return true;
    return kb.lexicon.namesParty(t.key, t.lemma);
  }
  return false;
}

/** An act done often, usually or always is a habit or a generic truth, not an event: an adverb of frequency on
 * the trigger ("militias regularly raid the villages", "bears occasionally attack people"). */
function habitual(doc: Doc, kb: Knowledge, head: number): boolean {
  // (or the word right before it, where the parse read the verb as a noun: "police routinely arrest vendors")
  if (kb.lexicon.isCue("habitual", doc.tokens[head - 1]?.key ?? "")) return true;
  const w = doc.wordOfToken(head);
  return !!w && childrenWith(doc.words, w, ["advmod"]).some((a) => kb.lexicon.isCue("habitual", a.form.toLowerCase()));
}

/** A present-tense passive whose agent is a place describes where things lie: "Syria is surrounded by Turkey, Iraq
 * and Jordan" ("the town is surrounded by rebels" is a siege). */
function geography(doc: Doc, head: number): boolean {
  const w = doc.wordOfToken(head);
  if (!w) return false;
  const aux = auxiliaries(doc.words, w);
  if (!aux.some((a) => a === "is" || a === "are") || aux.includes("being")) return false;
  const agent = agentWord(doc.words, w);
  if (!agent) return false;
  return doc.placesOver(doc.tokens[agent.token]!.start).length > 0;
}

/** A reason "for" the act that is someone's conduct: a gerund ("for smuggling arms") or a possessed noun ("for its
 * handling of the crisis"), not a time ("for three hours"). */
function forConduct(doc: Doc, head: number): boolean {
  const w = doc.wordOfToken(head);
  if (!w) return false;
  const marked = (x: { form: string }) => x.form.toLowerCase() === "for";
  if (childrenWith(doc.words, w, ["advcl"]).some((c) => /ing$/i.test(c.form) && childrenWith(doc.words, c, ["mark"]).some(marked))) return true;
  return childrenWith(doc.words, w, ["obl"]).some((c) => childrenWith(doc.words, c, ["case"]).some(marked) && childrenWith(doc.words, c, ["nmod:poss"]).length > 0);
}

/** A line of page furniture: a label such as "Categories:", "Related:" or "Read more" opens it. */
function pageFurniture(doc: Doc, kb: Knowledge, s: Sentence): boolean {
  const m = /^[\s"'\u201c]*([A-Za-z]+(?: [A-Za-z]+){0,3}?)\s*(?::|\||»|›|$|\s*\u2014)/.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 40)));
  if (m && kb.lexicon.furniture.has(m[1]!.toLowerCase())) return true;
  const head = doc.text.slice(s.start, Math.min(s.end, s.start + 20)).toLowerCase();
  return ["read more", "click here", "advertisement"].some((w) => head.startsWith(w));
}

/** A sentence that ends in a question mark (before any closing quote) asks; it does not report. */
function isQuestion(doc: Doc, s: Sentence): boolean {
  // (read back from the end over closing quotes, brackets and spaces: not the whole sentence for each event)
  let k = s.end;
  while (k > s.start && CLOSING.test(doc.text[k - 1]!)) k--;
  return k > s.start && doc.text[k - 1] === "?";
}
const CLOSING = /^["'\u201d\u2019)\]\s]$/u;

const twoParties = (d: Draft): boolean => (!!d.source && !!d.target) || (d.source?.members?.length ?? 0) > 1 || (d.target?.members?.length ?? 0) > 1;

const armedActor = (kb: Knowledge, a: Actor | null): boolean =>
  !!a && ((!!a.sector && kb.lexicon.armedSectors.has(a.sector)) || (a.members ?? []).some((m) => !!m.sector && kb.lexicon.armedSectors.has(m.sector)));

/** Force named in the sentence: a weapon, an armed party (as an argument, a known actor or an agent noun), or a
 * violent event noun other than the trigger. */
function forceNamed(doc: Doc, kb: Knowledge, d: Draft, s: Sentence): boolean {
  const lo = s.tokenStart, hi = s.tokenEnd;
  // the trigger's own word is no corroboration of its violent sense: "beating England", "beat the Lakers" (a manner
  // of violence the verb names, "beat", is one only when it is done to people: "a mob beat two men")
  const weapons = kb.lexicon.weapons.findAll(doc.tokens, lo, hi).filter((m) => !(m.from === d.head && m.to === d.head + 1));
  if (d.cue.weapon || weapons.length) return true;
  if (d.cue.mode && (!ownCue(doc, kb, d) || peopleTarget(doc, kb, d.target))) return true;
  // (what exploded must be a weapon: "Challenger exploded 73 seconds after liftoff, killing all six aboard")
  if (kb.lexicon.weaponOnlyVerbs.has(d.lemma)) return false;
  // (a death is caused by an armed party only where its own clause names one: "watched while a retiree died in a
  // bank", told by the police, names none; "two policemen died when rebels attacked" does)
  if (kb.lexicon.victimSubjectVerbs.has(d.lemma)) return armedParty(doc, kb, d, ownClause(doc, d, s)) || violenceNamed(doc, kb, d, s);
  return armedParty(doc, kb, d, s) || violenceNamed(doc, kb, d, s);
}

/** The trigger's own clause (its subtree in the parse) as a stretch of the sentence, or the sentence. */
function ownClause(doc: Doc, d: Draft, s: Sentence): Sentence {
  const w = doc.wordOfToken(d.head);
  if (!w) return s;
  const [from, to] = subtreeSpan(doc.words, w);
  const first = doc.words[from], last = doc.words[to];
  if (!first || !last) return s;
  const lo = first.token, hi = last.token + 1;
  return { ...s, tokenStart: lo, tokenEnd: hi, start: doc.tokens[lo]!.start, end: doc.tokens[hi - 1]!.end };
}

/** A target that names a thing, not a party: a building, a vehicle, a facility ("the sheriff's station", "the
 * Century City Towers"), unless it is known as a person or an organisation or its head noun also names people or a
 * body ("the embassy", "the bank"). */
function thingTarget(doc: Doc, kb: Knowledge, a: Actor | null): boolean {
  if (!a || a.members?.length) return false;
  const type = doc.entityById(a.entity)?.type;
  if (type === "PERSON" || type === "ORG" || type === "GPE") return false;
  const head = (a.text ?? a.name ?? "").toLowerCase().split(/[^a-z'-]+/).filter(Boolean).pop() ?? "";
  return kb.lexicon.propertyNouns.has(head) && !kb.lexicon.actorNouns.has(head);
}

/** The verb's object (or a passive verb's subject) is a common noun that names no party ("the bill", "the
 * study"), and the target, if any, is that thing, not a recipient named elsewhere nor a party. */
function thingPatient(doc: Doc, kb: Knowledge, d: Draft): boolean {
  const w = doc.wordOfToken(d.head);
  if (!w) return false;
  const patient = childrenWith(doc.words, w, ["obj", "nsubj:pass"])[0];
  if (!patient) return false;
  const t = doc.tokens[patient.token]!;
  if (t.pos !== "NOUN") return false;
  const key = t.key, lemma = t.lemma;
  if (kb.lexicon.namesParty(key, lemma)) return false;
  if (doc.mentionsIn(t.start, t.end).length) return false;
  const target = d.target;
  if (!target) return true;
  if (target.start === undefined || target.end === undefined) return false;
  // (a target that is a party covering the word is no thing: "pardoned a number of people", "praised Kenya's efforts")
  if (target.start <= t.start && t.end <= target.end) return !target.entity && !target.sector && !target.country;
  // a party named elsewhere receives the act only as the indirect object or after "to" or "for" ("donated
  // ambulances to the Red Crescent", "gave Mohamed the option"); in the thing's own phrase it is its owner
  // ("supported the rebels' bid"); a "with" or "at" phrase is no recipient ("celebrated the opening with its display
  // of the Polaroids")
  const [pf, pt] = subtreeSpan(doc.words, patient);
  const pStart = doc.tokens[doc.words[pf]!.token]!.start, pEnd = doc.tokens[doc.words[pt]!.token]!.end;
  if (target.start < pEnd && pStart < target.end) return false;
  const head = doc.words.find((x) => {
    const tok = doc.tokens[x.token]!;
    if (tok.start < target.start! || tok.end > target.end!) return false;
    const up = doc.words[x.head];
    if (!up) return true;
    const ut = doc.tokens[up.token]!;
    return ut.start < target.start! || ut.end > target.end!;
  });
  if (!head) return false;
  if (head.deprel === "iobj") return false;
  // (the recipient's phrase on the verb, or a phrase the parse hung further down: "gave X to Y")
  const marks = childrenWith(doc.words, head, ["case"]).map((c) => c.form.toLowerCase());
  return !marks.some((m) => m === "to" || m === "for");
}

/** The target is the subject of a passive verb of giving with no object: the thing given. */
function givenThing(doc: Doc, kb: Knowledge, d: Draft): boolean {
  if (d.kind !== "verb" || !kb.lexicon.givingVerbs.has(d.lemma)) return false;
  const w = doc.wordOfToken(d.head);
  const theme = w && childrenWith(doc.words, w, ["nsubj:pass"])[0];
  // (with an object of its own the subject is who receives: "refugees were given food")
  if (!theme || childrenWith(doc.words, w, ["obj"]).length || d.target?.start === undefined || d.target.end === undefined) return false;
  const t = doc.tokens[theme.token]!;
  return d.target.start <= t.start && t.end <= d.target.end;
}

/** An appeal (the verb or the noun in the trigger) in a sentence that names a court or a ruling. */
function legalAppeal(doc: Doc, kb: Knowledge, d: Draft, s: Sentence): boolean {
  const isAppeal = (k: number) => doc.tokens[k]!.lemma === "appeal" || doc.tokens[k]!.key === "appeal";
  let appeal = false;
  for (let k = d.from; k < d.to; k++) if (isAppeal(k)) appeal = true;
  // (or its object: "launched an appeal")
  const w = doc.wordOfToken(d.head);
  if (w && childrenWith(doc.words, w, ["obj"]).some((o) => isAppeal(o.token))) appeal = true;
  if (!appeal) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (kb.lexicon.legalWords.has(doc.tokens[k]!.key)) return true;
  return false;
}

/** The manner of violence the draft carries is read from its own trigger word ("beat", "beating"). */
function ownCue(doc: Doc, kb: Knowledge, d: Draft): boolean {
  return kb.lexicon.weapons.findAll(doc.tokens, d.head, d.head + 1).some((m) => m.from === d.head && m.to === d.head + 1);
}

/** A target that is people: a person, a party named by its sector or a noun of people ("two men", "a journalist"),
 * not a state or a team named by its country or organisation alone ("England", "the Lakers"). */
function peopleTarget(doc: Doc, kb: Knowledge, a: Actor | null): boolean {
  if (!a) return false;
  if ((a.members ?? []).some((m) => peopleTarget(doc, kb, m))) return true;
  const type = doc.entityById(a.entity)?.type;
  if (type === "PERSON") return true;
  if (type === "GPE" || type === "ORG") return !!a.sector && a.sector !== "GOV";
  const head = (a.text ?? a.name ?? "").toLowerCase().split(/\s+/).pop() ?? "";
  return !!a.sector || kb.lexicon.namesParty(head);
}

/** An armed party as an argument, a known actor or an agent noun in the sentence. */
function armedParty(doc: Doc, kb: Knowledge, d: Draft, s: Sentence): boolean {
  if (armedActor(kb, d.source) || armedActor(kb, d.target)) return true;
  const lo = s.tokenStart, hi = s.tokenEnd;
  if (kb.actors.agents.findAll(doc.tokens, lo, hi).some((m) => m.values.some((v) => kb.lexicon.armedSectors.has(v.sector)))) return true;
  for (const m of doc.mentionsIn(s.start, s.end)) {
    const sector = doc.entityById(m.entity)?.sector;
    if (sector && kb.lexicon.armedSectors.has(sector)) return true;
  }
  return false;
}

/** A violent event noun other than the trigger, or another verb of violence that needs no corroboration. */
function violenceNamed(doc: Doc, kb: Knowledge, d: Draft, s: Sentence): boolean {
  const lo = s.tokenStart, hi = s.tokenEnd;
  const outside = (from: number, to: number) => to <= d.from || from >= d.to;
  if (kb.lexicon.nominals.findAll(doc.tokens, lo, hi).some((m) => outside(m.from, m.to) && violent(m.values[0]!.code))) return true;
  // another verb of violence that needs no corroboration ("died when the residence was machinegunned")
  for (let k = lo; k < hi; k++) {
    const t = doc.tokens[k]!;
    if (t.pos !== "VERB" || !outside(k, k + 1) || kb.lexicon.forceVerbs.has(t.lemma)) continue;
    if (kb.lexicon.verbsAt(doc.tokens, k).some((v) => !!v.entry.code && violent(v.entry.code))) return true;
  }
  return false;
}

const violent = (code: string) => Number(code.slice(0, 2)) >= 18;

/** A clausal complement that says what should be done: a modal of obligation, or a bare subjunctive ("that he
 * resign"); a verb with no clause (an object: "suggested talks") asks for its object. */
function asksForAct(doc: Doc, kb: Knowledge, head: number): boolean {
  const w = doc.wordOfToken(head);
  if (!w) return true;
  const clause = childrenWith(doc.words, w, ["ccomp"])[0];
  if (!clause) return true;
  const aux = childrenWith(doc.words, clause, ["aux"]);
  if (aux.some((a) => kb.lexicon.isCue("obligation", a.form.toLowerCase()))) return true;
  return aux.length === 0 && clause.xpos === "VB";
}

/** What a naming verb predicates of its object: "naming" for a participle naming its noun ("a print called
 * 'Cowboys'") or a passive naming ("is called X"); the predicate's word range for "called X dangerous"; null when
 * the verb has no secondary predicate (a call for, on, to ...). */
function namingPredicate(doc: Doc, head: number): "naming" | [number, number] | null {
  const w = doc.wordOfToken(head);
  if (!w) return null;
  const words = doc.words;
  // "a print called 'Cowboys'": a participle naming its noun (not "a strike called by X", "experts called to the site")
  if (w.deprel.startsWith("acl") && w.xpos === "VBN") return childrenWith(words, w, ["xcomp", "obj"]).length ? "naming" : null;
  // ("calling them traitors": a second object the parse gives the verb is what the first is called)
  const objects = childrenWith(words, w, ["obj"]);
  const predicate = childrenWith(words, w, ["xcomp"])[0] ?? (objects.length > 1 ? objects[1] : undefined);
  if (!predicate) return null;
  // "called on X to act", "asked them to leave": an infinitive is what is asked for, not a name
  if (childrenWith(words, predicate, ["mark"]).some((m) => m.form.toLowerCase() === "to") || predicate.upos === "VERB") return null;
  return childrenWith(words, w, ["nsubj:pass"]).length ? "naming" : subtreeSpan(words, predicate);
}

/** A call on, upon or for, or an infinitive of what is asked ("called on the army to withdraw", "called them to
 * prayer" is no infinitive): by the words after the verb, or by a complement the parse marks with on/for/upon/to. */
function asksWith(doc: Doc, head: number): boolean {
  const ASK = ["on", "upon", "for"];
  if (ASK.includes(doc.tokens[head + 1]?.key ?? "")) return true;
  const w = doc.wordOfToken(head);
  if (!w) return true;
  if (childrenWith(doc.words, w, ["compound:prt"]).some((c) => ASK.includes(c.form.toLowerCase()))) return true;
  // (a time is not what is asked: "called the minister on Monday")
  const time = (c: Word) => { const t = doc.tokens[c.token]!; return doc.timexesOver(t.start, t.end).length > 0; };
  return childrenWith(doc.words, w, ["obl", "xcomp", "advcl", "ccomp"]).some((c) => !time(c) && childrenWith(doc.words, c, ["case", "mark"])
    .some((m) => ASK.includes(m.form.toLowerCase()) || m.form.toLowerCase() === "to" && c.upos === "VERB"));
}

function disapproves(doc: Doc, kb: Knowledge, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) {
    const t = doc.tokens[doc.words[k]!.token]!;
    if (kb.lexicon.disapproval.has(t.key) || kb.lexicon.disapproval.has(t.lemma)) return true;
  }
  return false;
}
