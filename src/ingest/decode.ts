// Turns raw bytes into article text, or a clear error naming the input: empty, binary, undecodable or too large.
/** Why an input was refused, for machines: batch outputs carry it beside the message. */
export type InputErrorCode =
  | "empty" | "binary" | "encoding" | "missing_text" | "too_large" | "bad_date" | "malformed_json" | "not_an_object"
  | "bad_id" | "malformed_feed" | "malformed_front_matter" | "not_html" | "no_text";

export class InputError extends Error {
  constructor(readonly input: string, message: string, readonly code: InputErrorCode = "no_text") {
    super(`${input}: ${message}`);
    this.name = "InputError";
  }
}

/** Documents above this many characters are refused: no news article is that long, a dump or a binary is. */
export const MAX_CHARS = 2_000_000;

export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError(input, "empty input", "empty");
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    // NUL bytes never occur in text: the file is binary (an image, a PDF, a zip ...)
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0)) throw new InputError(input, "binary data, not text", "binary");
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError(input, "not valid UTF-8 text (convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8)", "encoding");
    }
  }
  return checkText(text, input);
}

/** Checks already-decoded text (a JSONL field, a pasted article). */
export function checkText(text: unknown, input: string): string {
  if (typeof text !== "string") throw new InputError(input, "text is missing or not a string", "missing_text");
  if (text.length > MAX_CHARS) throw new InputError(input, `too large (${text.length} characters; the limit is ${MAX_CHARS})`, "too_large");
  if (!text.trim()) throw new InputError(input, "empty text", "empty");
  // control characters other than tab, newline, carriage return and form feed mean binary data
  const ctrl = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g);
  if (ctrl && ctrl.length > 8) throw new InputError(input, "binary data, not text", "binary");
  return text;
}

/** A publication date given by a user: YYYY-MM-DD or a full ISO timestamp. */
export function checkDate(value: unknown, input: string): string | null {
  if (value == null || value === "") return null;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value.slice(0, 10))))
    throw new InputError(input, `published date "${String(value)}" is not an ISO date (YYYY-MM-DD)`, "bad_date");
  return value.slice(0, 10);
}
