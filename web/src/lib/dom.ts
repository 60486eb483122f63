// Safe DOM building. Article text, names and titles are hostile input: they only ever reach the page through
// textContent or attribute setters for inert attributes. Nothing here parses HTML; there is no innerHTML anywhere.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

const SVG_NS = "http://www.w3.org/2000/svg";

/** Attributes that could run code or navigate: refused for data, set only through safeHref. */
const UNSAFE_ATTR = /^(on|href$|src$|srcdoc$|action$|formaction$|xlink:href$|style$)/i;

function applyAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      if (!name.startsWith("on")) throw new Error(`listener on non-event attribute ${name}`);
      el.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    if (UNSAFE_ATTR.test(name)) throw new Error(`attribute ${name} must be set with a dedicated helper`);
    el.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Creates an HTML element; strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Creates an SVG element the same way. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el as SVGElementTagNameMap[K];
}

/** Only http(s) URLs become links; javascript:, data: and anything unparsable stay plain text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, "http://invalid.local/");
    if ((u.protocol === "http:" || u.protocol === "https:") && u.host !== "invalid.local") return u.href;
  } catch { /* not a URL */ }
  return null;
}

/** An external link opened without referrer or opener, or the plain text when the URL is not http(s). */
export function link(url: string | null | undefined, label: string): HTMLElement {
  const href = safeUrl(url);
  if (!href) return h("span", { class: "unsafe-url" }, label);
  const a = h("a", { target: "_blank", rel: "noopener noreferrer nofollow" }, label);
  a.href = href;
  return a;
}

/** An in-app link to a dashboard URL (built by the app, never from data). */
export function appLink(href: string, label: Child, onClick: (e: MouseEvent) => void): HTMLAnchorElement {
  const a = h("a", { class: "app-link" }, label);
  a.href = href;
  a.addEventListener("click", (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onClick(e);
  });
  return a;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A small status line for loading and errors, with timing so slow queries are visible. */
export function status(el: Element, text: string, kind: "info" | "error" = "info"): void {
  el.replaceChildren(h("p", { class: `status ${kind}` }, text));
}
