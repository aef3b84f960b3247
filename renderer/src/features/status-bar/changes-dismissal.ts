// Whether the engineer has dismissed "What changed" for a given update (bundle id and version it
// brought), remembered across restarts; until then the panel stays reachable.
import { useSyncExternalStore } from 'react';

const KEY = 'lifeline-changes-dismissed';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage unavailable: never dismissed, which errs on showing the change
  }
}

export function dismissChanges(updateKey: string): void {
  try {
    window.localStorage.setItem(KEY, updateKey);
  } catch {
    // kept for this window only below
  }
  dismissedHere = updateKey;
  for (const listener of listeners) listener();
}

let dismissedHere: string | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useDismissed(updateKey: string | null): boolean {
  const dismissed = useSyncExternalStore(subscribe, () => dismissedHere ?? read());
  return updateKey !== null && dismissed === updateKey;
}
