// PLACEHOLDER: being written.
import type { Doc } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";

export function quotesStage(_doc: Doc, _kb: Knowledge): void {}
