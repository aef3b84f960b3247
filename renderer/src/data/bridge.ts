// Typed access to the bridge the preload (or the preview shim) exposes; the renderer has no other way out.
// Calls go through settle() (results.ts), so the contract's error code reaches the screen.
import type { LifelineApi } from '../../../preload/contract.ts';

declare global {
  interface Window {
    lifeline?: LifelineApi;
  }
}

export function lifeline(): LifelineApi {
  const api = window.lifeline;
  if (!api) throw new Error('window.lifeline is missing: the page was opened outside Lifeline.');
  return api;
}

export function hasLifeline(): boolean {
  return window.lifeline !== undefined;
}

/** The Result helpers live in results.ts (DOM-free); re-exported so a call site needs one import. */
export { describeError, settle } from './results.ts';
