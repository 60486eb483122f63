// A worker thread of the extractor pool: loads the knowledge once, then extracts each article it is sent and
// answers with the document as JSON text (cheaper to pass than an object graph) or the error's message.
import { parentPort } from "node:worker_threads";
import type { Article } from "../doc.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { extractJson } from "./extract-json.ts";

export interface WorkRequest { id: number; article: Article; validate: boolean }
export type WorkAnswer = { id: number; json: string } | { id: number; error: string } | { ready: true };

const kb = loadKnowledge();
parentPort!.postMessage({ ready: true } satisfies WorkAnswer); // started: a later failure is one document's
parentPort!.on("message", ({ id, article, validate }: WorkRequest) => {
  let answer: WorkAnswer;
  try {
    answer = { id, json: extractJson(article, kb, validate) };
  } catch (e) {
    answer = { id, error: (e as Error).message };
  }
  parentPort!.postMessage(answer);
});
