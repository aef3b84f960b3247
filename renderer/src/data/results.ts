// Bridge answers stay Results: the contract's error code (not-found, busy, unsupported...) reaches the
// screen instead of being thrown away. Plain functions, no DOM: unit-tested in Node.
import type { IpcError, Result } from '../../../preload/contract.ts';

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
