// A screen's read of one contract operation, cached per bundle: undefined until the first answer.
import { useCallback, useSyncExternalStore } from 'react';
import type { Result } from '../../../preload/contract.ts';
import { readQuery, subscribeQueries } from './query-cache.ts';

/**
 * `name` and `args` form the cache key (with the active bundle), so two screens asking for the same
 * vendor share one call. `load` must perform exactly that operation.
 */
export function useQuery<T>(
  name: string,
  args: readonly (string | number | null)[],
  load: () => Promise<Result<T>>,
): Result<T> | undefined {
  const key = `${name}:${JSON.stringify(args)}`;
  // The latest load function for this key; the key alone decides identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const read = useCallback(() => readQuery(key, load), [key]);
  return useSyncExternalStore(subscribeQueries, read);
}
