// Entity resolution across documents: an actor is the same actor when its folded name (or one of its aliases)
// and its country agree ("FMLN" / "the Farabundo Marti National Liberation Front" once a document links them).
// Countryless actors resolve across documents only when they are named organisations or people (an IGO code
// such as IGOUNO, an actor-base entry, a capitalised proper name); descriptions ("armed men") stay per document.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Actor, Entity, ExtractionDocument } from "../schema.ts";
import { nameKey } from "./names.ts";

/** Country-free actor codes this long name one organisation (IGOUNO, NGOAMN); three letters are only a sector. */
const SPECIFIC_CODE = /^[A-Z]{6,}$/;
/** Kinds of entity a name can identify across documents (places resolve through the gazetteer, not here). */
const NAMED_TYPES = new Set(["ORG", "ARMED_GROUP", "PERSON"]);

type ActorLike = Pick<Actor, "name" | "country" | "entity"> & { actorCode?: string | null };

/** Every word capitalised but small joining words, in mixed-case text: "Doctors Without Borders" is a name,
 *  "Armed men" (capitalised only as a sentence start) a description. All-caps text tells nothing either way. */
function looksProper(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (!letters || letters === letters.toUpperCase()) return false; // all caps: case says nothing
  const words = name.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|for|the|and|de|du|al|el|des|la|le|in|on|without)$/i.test(w))
    && /^\p{Lu}/u.test(words[0]!);
}

/** Whether a countryless actor names one organisation or person across documents. */
export function namedAcrossDocuments(actor: ActorLike, ent?: Entity): boolean {
  const code = actor.actorCode ?? ent?.actorCode ?? null;
  if (code && SPECIFIC_CODE.test(code)) return true;
  if (ent && !NAMED_TYPES.has(ent.type)) return false;
  if (ent?.origin?.startsWith("actors")) return true;
  if (ent?.mentions.length && ent.mentions.every((m) => m.kind && m.kind !== "name" && m.kind !== "alias")) return false;
  return looksProper(ent?.name ?? actor.name);
}

/** Lookup keys of an actor: its name and the aliases its document gives it, each with its country. An actor
 *  without a country resolves by its specific code and name when it is a named one, else only within its own
 *  document: across documents, descriptions such as "the government" or "armed men" name different people. */
export function actorKeys(actor: ActorLike, doc?: ExtractionDocument): string[] {
  const ent = actor.entity && doc ? doc.entities.find((e) => e.id === actor.entity) : undefined;
  const names = [actor.name];
  if (ent) names.push(ent.name, ...(ent.aliases ?? []));
  const folded = [...new Set(names.map((n) => nameKey(n)).filter((k) => k.length > 1))];
  if (actor.country) return folded.map((k) => `${k}|${actor.country}`);
  if (doc && !namedAcrossDocuments(actor, ent)) return folded.map((k) => `${k}|doc:${doc.document.id.slice(0, 16)}`);
  const code = actor.actorCode ?? ent?.actorCode ?? null;
  const byCode = code && SPECIFIC_CODE.test(code) ? [`code:${code}`] : [];
  return [...byCode, ...folded.map((k) => `${k}|*`)];
}

export function actorId(firstKey: string): string {
  return "a_" + bytesToHex(sha256(utf8ToBytes(firstKey))).slice(0, 12);
}
