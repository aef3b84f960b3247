// Support hours with their state now ("open now", "opens in 3 h", "closes in 40 min"), on main's
// clock, with the next change in the vendor's time and in local time.
import type { HoursState, Hours } from '../../../../preload/contract.ts';
import { formatHours } from '../../domain/hours.ts';
import { bothTimes } from '../../domain/zone-time.ts';

export function HoursNow({ hours, state }: { hours: Hours; state: HoursState | undefined }) {
  if (!state) return null;
  const zone = hours.kind === 'business' ? hours.timezone : undefined;
  const next = state.open ? state.closesAt : state.opensAt;
  return (
    <span className={state.open ? 'hours-state open' : 'hours-state closed'}>
      <strong>{state.label}</strong>
      {next && zone ? ` · ${state.open ? 'closes' : 'opens'} ${bothTimes(next, zone)}` : ''}
    </span>
  );
}

export function HoursPanel({ hours, state }: { hours: Hours; state: HoursState | undefined }) {
  return (
    <section className="page-section" aria-labelledby="hours-heading">
      <h3 id="hours-heading">Support hours</h3>
      <p className="hours-line">
        {formatHours(hours)} <HoursNow hours={hours} state={state} />
      </p>
    </section>
  );
}
