// The address bar is the router: the current route is read from location.hash and changed by setting it,
// so the back button, reloads and a pasted `<base>#/vendors/aws` all work. Nothing here navigates the window.
import { useSyncExternalStore } from 'react';
import type { Route } from '../../../preload/contract.ts';
import { hashOf, routeOf } from '../domain/routes.ts';

export interface Visit {
  /** The route of the current address; null when the address is not a route. */
  route: Route | null;
  /** Counts arrivals, so asking for the same screen again (a second deep link) re-runs its focus. */
  visit: number;
}

let current: Visit = { route: null, visit: 0 };
let currentHash: string | null = null;
const listeners = new Set<() => void>();

function record(): void {
  currentHash = window.location.hash;
  current = { route: routeOf(currentHash), visit: current.visit + 1 };
}

function arrive(): void {
  record();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', arrive);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', arrive);
  };
}

function snapshot(): Visit {
  if (currentHash !== window.location.hash) record(); // read during render: record, never notify
  return current;
}

export function useVisit(): Visit {
  return useSyncExternalStore(subscribe, snapshot);
}

export function navigate(route: Route): void {
  const hash = hashOf(route);
  if (window.location.hash === hash) arrive();
  else window.location.hash = hash; // hashchange -> arrive
}
