// Loads the knowledge files from data/ (Node only). Cached: the indexes are built once per process.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import { KNOWLEDGE_FILES, knowledgeFromData, type Knowledge, type KnowledgeData } from "./index.ts";
import { loadSyntaxBytes } from "../lang/en/load.ts";
import { Calibration } from "./calibration.ts";

export const DATA_DIR = join(PACKAGE_ROOT, "data");

let cached: Knowledge | null = null;

/** The parsed JSON of data/<name>.json, or null when the file is missing (the knowledge class then says so). */
function readDataFile(dir: string, name: string): unknown {
  const file = join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

export function loadKnowledgeData(dir = DATA_DIR): KnowledgeData {
  const out: Record<string, unknown> = {};
  for (const name of KNOWLEDGE_FILES) out[name] = readDataFile(dir, name);
  const data = out as unknown as KnowledgeData;
  data.syntax = loadSyntaxBytes(join(dir, "syntax-en.bin"));
  return data;
}

/** The calibration of event confidence alone (the views' default threshold), without building the other indexes. */
export function loadCalibration(dir = DATA_DIR): Calibration {
  return Calibration.fromData(readDataFile(dir, "confidence"));
}

export function loadKnowledge(dir = DATA_DIR): Knowledge {
  if (dir === DATA_DIR && cached) return cached;
  const kb = knowledgeFromData(loadKnowledgeData(dir));
  if (dir === DATA_DIR) cached = kb;
  return kb;
}
