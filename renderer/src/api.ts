// Typed access to the bridge the preload (or the preview shim) exposes; the renderer has no other way out.
import type { LifelineApi, Result } from '../../preload/contract.ts';

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

/** Unwraps a bridge result, turning an error result into a thrown Error with the main-side message. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
