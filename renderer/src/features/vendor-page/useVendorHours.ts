// The vendor's hours state from main (its clock, its business-hours rules), refreshed every minute
// and after a sync.
import type { VendorHours } from '../../../../preload/contract.ts';
import { lifeline } from '../../data/bridge.ts';
import { usePolled } from '../../data/usePolled.ts';

const REFRESH_MS = 60_000;

export function useVendorHours(vendorId: string): VendorHours | null {
  const result = usePolled(vendorId, () => lifeline().getVendorHours(vendorId), REFRESH_MS);
  return result?.ok ? result.value : null; // no state is better than a wrong one
}
