// Queries keyed by the active bundle (id and version) plus the operation and its arguments. When main
// reports another bundle (onStatusChanged), every query is re-run, and its last answer stays on
// screen until the new one arrives, so a sync never blanks a page.
import type { Result } from '../../../preload/contract.ts';
import { settle } from './results.ts';

/** Queries may start before the first status says which bundle is active. */
const UNKNOWN = '?';

interface Entry {
  result: Result<unknown> | undefined;
  /** The bundle key the result (or the running load) belongs to. */
  loadedFor: string | null;
  /** The latest load; an older one finishing late is ignored. */
  load: symbol | null;
}

const MAX_ENTRIES = 500;
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
let bundleKey: string | null = UNKNOWN;

function notify(): void {
  for (const listener of listeners) listener();
}

export function subscribeQueries(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The active bundle as main reports it: "<bundle id>@<version>", or null when none is installed. */
export function setBundleKey(next: string | null): void {
  if (next === bundleKey) return;
  if (bundleKey === UNKNOWN) {
    // Loads started before the first status are adopted: they read the bundle active at start.
    for (const entry of entries.values()) if (entry.loadedFor === UNKNOWN) entry.loadedFor = next;
  }
  bundleKey = next;
  notify();
}

/** The cached answer (possibly from the previous bundle while the new one loads); starts the load if needed. */
export function readQuery<T>(key: string, load: () => Promise<Result<T>>): Result<T> | undefined {
  let entry = entries.get(key);
  if (!entry) {
    const oldest = entries.keys().next();
    if (entries.size >= MAX_ENTRIES && !oldest.done) entries.delete(oldest.value);
    entry = { result: undefined, loadedFor: '', load: null };
    entries.set(key, entry);
  }
  if (entry.loadedFor !== bundleKey) start(entry, key, bundleKey, load);
  return entry.result as Result<T> | undefined;
}

function start<T>(entry: Entry, key: string, wanted: string | null, load: () => Promise<Result<T>>): void {
  const token = Symbol(key);
  entry.loadedFor = wanted;
  entry.load = token;
  void settle(load).then((result) => {
    if (entries.get(key) !== entry || entry.load !== token) return; // a newer load owns the entry
    entry.result = result;
    notify();
  });
}

/** The active bundle key, for hooks that load on their own (polled reads) and must re-run when it changes. */
export function currentBundleKey(): string | null {
  return bundleKey;
}
