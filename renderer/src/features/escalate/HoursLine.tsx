// The vendor's support hours and whether it is open right now ("opens in 3 h"), from main's clock.
import type { PlanVendor } from '../../../../preload/contract.ts';
import { lifeline } from '../../data/bridge.ts';
import { usePolled } from '../../data/usePolled.ts';
import { formatHours } from '../../domain/hours.ts';

const REFRESH_MS = 60_000;

export function HoursLine({ vendor }: { vendor: PlanVendor }) {
  const read = usePolled(vendor.id, () => lifeline().getVendorHours(vendor.id), REFRESH_MS);
  const hours = read?.ok ? read.value : null;
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
