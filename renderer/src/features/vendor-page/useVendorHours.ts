// The vendor's hours state from main (its clock, its business-hours rules), refreshed every minute.
import { useEffect, useState } from 'react';
import type { VendorHours } from '../../../../preload/contract.ts';
import { lifeline } from '../../data/bridge.ts';
import { settle } from '../../data/results.ts';

const REFRESH_MS = 60_000;

export function useVendorHours(vendorId: string): VendorHours | null {
  const [hours, setHours] = useState<VendorHours | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void settle(() => lifeline().getVendorHours(vendorId)).then((result) => {
        if (live) setHours(result.ok ? result.value : null); // no state is better than a wrong one
      });
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [vendorId]);
  return hours;
}
