// Typed access to the bridge the preload (or the preview shim) exposes; the renderer has no other way out.
// Results stay Results: the contract's error code (not-found, busy, unsupported...) reaches the screen.
import type { IpcError, LifelineApi, Result } from '../../../preload/contract.ts';

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

/** A bridge call that settles as a Result even if the bridge itself throws (never a rejection). */
export async function settle<T>(pending: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await pending();
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** One line for a failed call, e.g. "Printing is not available in the preview (unsupported)". */
export function describeError(error: IpcError): string {
  return `${error.message} (${error.code})`;
}
