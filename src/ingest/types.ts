// What readers produce: an article to extract, or an error naming the bad input (reported, then skipped).
import type { Article } from "../doc.ts";

export type InputItem = { name: string; article: Article; error?: undefined } | { name: string; error: string; article?: undefined };
