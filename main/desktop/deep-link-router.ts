// Routes deep links to the renderer; links arriving before the page is ready wait for it (only the latest).
import type { Route } from '../../preload/contract.ts';
import { parseDeepLink } from '../domain/security/deep-link.ts';

export interface DeepLinkRouter {
  /** Parses and delivers (or queues) a raw link; false when it is not a valid Lifeline link. */
  open(raw: string): boolean;
  /** The renderer is live (its first IPC call, or a while after load): deliver what waited. */
  rendererReady(): void;
  /** The renderer went away (reload, crash): queue again. */
  rendererGone(): void;
}

export function createDeepLinkRouter(deliver: (route: Route) => void, onRejected: (raw: string) => void = () => {}): DeepLinkRouter {
  let ready = false;
  let pending: Route | null = null;
  return {
    open(raw) {
      const route = parseDeepLink(raw);
      if (route === null) {
        onRejected(raw);
        return false;
      }
      if (ready) deliver(route);
      else pending = route;
      return true;
    },
    rendererReady() {
      if (ready) return;
      ready = true;
      if (pending !== null) deliver(pending);
      pending = null;
    },
    rendererGone() {
      ready = false;
    },
  };
}
