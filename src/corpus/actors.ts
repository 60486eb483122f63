// Entity resolution across documents: an actor is the same actor when its folded name (or one of its aliases)
// and its country agree ("FMLN" / "the Farabundo Marti National Liberation Front" once a document links them).
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Actor, ExtractionDocument } from "../schema.ts";
import { nameKey } from "./names.ts";

/** Lookup keys of an actor: its name and the aliases its document gives it, each with its country. An actor
 *  without a country ("the government", "armed men", "residents") is only the same actor within its own document:
 *  across documents such descriptions name different people. */
export function actorKeys(actor: Pick<Actor, "name" | "country" | "entity">, doc?: ExtractionDocument): string[] {
  const country = actor.country ?? (doc ? `doc:${doc.document.id.slice(0, 16)}` : "");
  const names = [actor.name];
  const ent = actor.entity && doc ? doc.entities.find((e) => e.id === actor.entity) : undefined;
  if (ent) names.push(ent.name, ...(ent.aliases ?? []));
  const keys = names.map((n) => nameKey(n)).filter((k) => k.length > 1);
  return [...new Set(keys)].map((k) => `${k}|${country}`);
}

export function actorId(firstKey: string): string {
  return "a_" + bytesToHex(sha256(utf8ToBytes(firstKey))).slice(0, 12);
}
