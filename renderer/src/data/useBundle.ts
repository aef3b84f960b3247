// The whole active bundle, for screens not yet moved to per-item getters: undefined while loading,
// a Result otherwise (value null when nothing is installed).
import type { Bundle, Result } from '../../../preload/contract.ts';
import { lifeline } from './bridge.ts';
import { useQuery } from './useQuery.ts';

export function useBundle(): Result<Bundle | null> | undefined {
  return useQuery('getBundle', [], () => lifeline().getBundle());
}
