// The vendor's support hours and whether it is open right now ("opens in 3 h"), from main's clock.
import { useEffect, useState } from 'react';
import type { PlanVendor, VendorHours } from '../../../../preload/contract.ts';
import { lifeline, settle } from '../../data/bridge.ts';
import { formatHours } from '../../domain/hours.ts';

const REFRESH_MS = 60_000;

export function HoursLine({ vendor }: { vendor: PlanVendor }) {
  const [hours, setHours] = useState<VendorHours | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void settle(() => lifeline().getVendorHours(vendor.id)).then((r) => live && r.ok && setHours(r.value));
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [vendor.id]);
  return (
    <p className="hours-line">
      Support hours: {formatHours(vendor.hours)}
      {hours ? (
        <>
          {' '}
          · <strong>{hours.vendor.open ? hours.vendor.label : `closed, ${hours.vendor.label}`}</strong>
        </>
      ) : null}
    </p>
  );
}
