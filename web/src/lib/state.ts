// The dashboard's state lives in the URL query string, so any view (filters, sort, page, open event) is a link
// that can be shared. Views subscribe; changing state rewrites the URL and notifies them.

export const FILTER_KEYS = ["actor", "country", "type", "acled", "modality", "minConfidence", "from", "to", "q", "bbox"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const VIEW_KEYS = ["sort", "offset", "limit", "interval", "dyad", "event", "doc", "panel"] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];
export type StateKey = FilterKey | ViewKey;
export type State = Partial<Record<StateKey, string>>;

const ALL_KEYS: readonly StateKey[] = [...FILTER_KEYS, ...VIEW_KEYS];

export function parseState(search: string): State {
  const params = new URLSearchParams(search);
  const state: State = {};
  for (const k of ALL_KEYS) {
    const v = params.get(k);
    if (v) state[k] = v;
  }
  return state;
}

export function stateToSearch(state: State): string {
  const params = new URLSearchParams();
  for (const k of ALL_KEYS) if (state[k]) params.set(k, state[k]!);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The event filters only, as API query parameters (the part every view shares). */
export function filterParams(state: State): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (state[k]) params.set(k, state[k]!);
  return params;
}

/** Marks a "previous" state as stale, so every view reloads (after an ingest, say). */
const STALE = Symbol("stale");

/** True when the change touches the filters that every view depends on (or the data itself changed). */
export function filtersChanged(a: State, b: State): boolean {
  if ((b as Record<symbol, unknown>)[STALE]) return true;
  return FILTER_KEYS.some((k) => (a[k] ?? "") !== (b[k] ?? ""));
}

type Listener = (state: State, previous: State) => void;

export class Store {
  private current: State;
  private listeners: Listener[] = [];

  constructor() {
    this.current = parseState(location.search);
    addEventListener("popstate", () => this.replaceAll(parseState(location.search), false));
  }

  get state(): State {
    return this.current;
  }

  subscribe(fn: Listener): void {
    this.listeners.push(fn);
  }

  /** Merges changes (empty string or undefined removes a key). A filter change resets paging. */
  set(changes: State, push = true): void {
    const next: State = { ...this.current };
    for (const [k, v] of Object.entries(changes) as [StateKey, string | undefined][]) {
      if (v) next[k] = v;
      else delete next[k];
    }
    if (filtersChanged(this.current, next) && !("offset" in changes)) delete next.offset;
    this.replaceAll(next, push);
  }

  /** Tells every view the data changed (new documents were ingested): they reload with the same state. */
  refresh(): void {
    const previous = { ...this.current, [STALE]: true } as State;
    for (const fn of this.listeners) fn(this.current, previous);
  }

  /** The URL of the dashboard with some state changed, for real links. */
  href(changes: State): string {
    const next: State = { ...this.current, ...changes };
    for (const k of Object.keys(next) as StateKey[]) if (!next[k]) delete next[k];
    return location.pathname + stateToSearch(next);
  }

  private replaceAll(next: State, push: boolean): void {
    const previous = this.current;
    this.current = next;
    const url = location.pathname + stateToSearch(next);
    if (push) history.pushState(null, "", url);
    for (const fn of this.listeners) fn(next, previous);
  }
}
