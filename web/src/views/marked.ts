// Renders text with its marks as flat spans (CSS classes per mark kind); the text goes in through text nodes only.
import { h } from "../lib/dom.ts";
import { segment, type Mark } from "../lib/segments.ts";

export function markedText(text: string, marks: Mark[], tag: "p" | "div" | "span" = "span"): HTMLElement {
  const root = h(tag, { class: "marked" });
  for (const seg of segment(text, marks)) {
    if (!seg.marks.length) {
      root.append(document.createTextNode(seg.text));
      continue;
    }
    const kinds = [...new Set(seg.marks.map((m) => m.kind))];
    const labels = [...new Set(seg.marks.map((m) => m.label).filter((l): l is string => !!l))];
    const el = h("mark", { class: kinds.map((k) => `m-${k}`).join(" "), "data-marks": kinds.join(" "), title: labels.join(" · ") || null }, seg.text);
    root.append(el);
  }
  return root;
}
