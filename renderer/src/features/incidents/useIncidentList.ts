// The incidents store's list, fresh on every visit, refreshed every half minute and after a sync.
import type { IncidentList, Result } from '../../../../preload/contract.ts';
import { lifeline } from '../../data/bridge.ts';
import { usePolled } from '../../data/usePolled.ts';

const REFRESH_MS = 30_000;

export function useIncidentList(): Result<IncidentList> | undefined {
  return usePolled('listIncidents', () => lifeline().listIncidents(), REFRESH_MS);
}
