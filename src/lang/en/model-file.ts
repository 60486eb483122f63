// The syntax model file (data/syntax-en.bin): the magic "SITREPSY", a little-endian u32 header length, a JSON header
// naming each section's metadata and byte range, then the sections' bytes. Pure: reads and writes Uint8Arrays.

const MAGIC = "SITREPSY";

export interface ModelSection {
  /** JSON metadata of the section (tag names, labels, dictionary, training facts) */
  meta: unknown;
  bytes: Uint8Array;
}

export function writeModelFile(sections: Record<string, ModelSection>, about: unknown): Uint8Array {
  const names = Object.keys(sections).sort();
  let offset = 0;
  const index: Record<string, { meta: unknown; offset: number; length: number }> = {};
  for (const name of names) {
    const s = sections[name]!;
    index[name] = { meta: s.meta, offset, length: s.bytes.length };
    offset += s.bytes.length + ((8 - (s.bytes.length % 8)) % 8);
  }
  const header = new TextEncoder().encode(JSON.stringify({ about, sections: index }));
  const headerLength = header.length + ((8 - ((MAGIC.length + 4 + header.length) % 8)) % 8);
  const start = MAGIC.length + 4 + headerLength;
  const out = new Uint8Array(start + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerLength, true);
  out.fill(0x20, MAGIC.length + 4, start);
  out.set(header, MAGIC.length + 4);
  for (const name of names) out.set(sections[name]!.bytes, start + index[name]!.offset);
  return out;
}

export function readModelFile(bytes: Uint8Array): { about: unknown; sections: Record<string, ModelSection> } {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error("not a sitrep syntax model (bad magic)");
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  const start = MAGIC.length + 4 + headerLength;
  if (start > bytes.length) throw new Error("syntax model truncated (header)");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, start))) as {
    about: unknown;
    sections: Record<string, { meta: unknown; offset: number; length: number }>;
  };
  const sections: Record<string, ModelSection> = {};
  for (const [name, s] of Object.entries(header.sections)) {
    if (start + s.offset + s.length > bytes.length) throw new Error(`syntax model truncated (section ${name})`);
    // sections start 8-byte aligned in the file: a view serves when the file's buffer is aligned too, else a copy
    const from = start + s.offset, to = from + s.length;
    sections[name] = { meta: s.meta, bytes: (bytes.byteOffset + from) % 8 === 0 ? bytes.subarray(from, to) : bytes.slice(from, to) };
  }
  return { about: header.about, sections };
}
