// Step 3: the first-response deadline. Before the case is opened, when it would be due if opened now;
// after, a live countdown on main's clock. Absolute times in the vendor's zone and the local one.
import type { PlanVendor, VendorTimeline } from '../../../../preload/contract.ts';
import { clockTime, countdown, zoneLabel } from './times.ts';

interface Props {
  vendor: PlanVendor;
  timeline: VendorTimeline | null;
  /** Due time if the case were opened now (from main), before it is opened. */
  ifOpenedNow: string | null;
  now: number;
}

export function vendorZone(vendor: PlanVendor): string | undefined {
  return vendor.hours.kind === 'business' ? vendor.hours.timezone : undefined;
}

export function BothTimes({ iso, vendor, now }: { iso: string; vendor: PlanVendor; now: number }) {
  const ms = Date.parse(iso);
  const zone = vendorZone(vendor) ?? 'UTC';
  return (
    <span className="both-times">
      <time dateTime={iso} className="num">
        {clockTime(ms, zone, now)}
      </time>{' '}
      {zoneLabel(zone)} · <span className="num">{clockTime(ms, undefined, now)}</span> local
    </span>
  );
}

export function Deadline({ vendor, timeline, ifOpenedNow, now }: Props) {
  if (!vendor.severity) return null;
  const due = timeline?.firstResponseDue ?? null;
  const counted = vendor.severity.businessHours ? 'business hours only' : 'round the clock';
  if (timeline?.firstResponseAt) {
    return (
      <p className="deadline deadline-met">
        First response received at <BothTimes iso={timeline.firstResponseAt} vendor={vendor} now={now} />.
      </p>
    );
  }
  if (!due) {
    return (
      <p className="deadline deadline-planned" data-testid={`if-opened-now-${vendor.id}`}>
        <span className="deadline-word">If opened now: due</span>{' '}
        <span className="deadline-time">{ifOpenedNow ? <BothTimes iso={ifOpenedNow} vendor={vendor} now={now} /> : '…'}</span>
        <span className="muted">
          {' '}
          ({vendor.severity.firstResponse}, {counted})
        </span>
      </p>
    );
  }
  const left = Date.parse(due) - now;
  return (
    <div className={`deadline ${left > 0 ? 'deadline-running' : 'deadline-passed'}`} data-testid={`deadline-${vendor.id}`}>
      <p className="countdown num" aria-live="off">
        {left > 0 ? `${countdown(left)} left` : `OVERDUE by ${countdown(-left)}`}
      </p>
      <p>
        First response due <BothTimes iso={due} vendor={vendor} now={now} />{' '}
        <span className="muted">
          ({vendor.severity.firstResponse}, {counted})
        </span>
      </p>
    </div>
  );
}
