// The vendors a service depends on, each as a card linking to its page with the channel to use at
// our most severe level (the number to dial first), ids the bundle does not hold said plainly.
import type { Severity } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { describeError } from '../../data/bridge.ts';
import { useVendor } from '../../data/items.ts';
import { formatHours } from '../../domain/hours.ts';
import { dialable } from '../../domain/links.ts';
import { formatFor, mostSevereChannel } from '../../domain/severities.ts';

/** Each card reads its own vendor: the page never needs the whole bundle. */
export function DependencyCards({ severities, vendorIds }: { severities: Severity[]; vendorIds: string[] }) {
  return (
    <ul className="dependency-cards" aria-label="Vendors it depends on">
      {vendorIds.map((id) => (
        <DependencyCard key={id} id={id} severities={severities} />
      ))}
    </ul>
  );
}

function DependencyCard({ id, severities }: { id: string; severities: Severity[] }) {
  const read = useVendor(id);
  if (read === undefined) return <li className="dependency-card loading">{id}: loading…</li>;
  if (!read.ok) {
    return (
      <li className="dependency-card missing">
        <strong>{id}</strong>: {read.error.code === 'not-found' ? 'not in this bundle' : describeError(read.error)}
      </li>
    );
  }
  const vendor = read.value;
  const channel = mostSevereChannel(vendor.channels, severities);
  return (
    <li className="dependency-card">
      <RouteLink to={{ screen: 'vendor', id }} className="dependency-name">
        {vendor.name}
      </RouteLink>{' '}
      <span className="plan">{vendor.plan}</span>
      {channel ? (
        <div className="dependency-channel">
          {channel.type === 'phone' ? (
            <PhoneLink
              display={channel.value}
              dial={channel.dial ?? dialable(channel.value)}
              className="phone-number"
              label={`Call ${vendor.name} ${channel.label} ${channel.value}`}
            />
          ) : /^https:\/\//i.test(channel.value) ? (
            <ExternalLink href={channel.value}>{channel.label || channel.value}</ExternalLink>
          ) : (
            <span className="mono">{channel.value}</span>
          )}
          <span className="muted">
            {' '}
            {channel.label} · {formatHours(channel.hours)}
            {channel.for ? ` · ${formatFor(channel.for, severities)}` : ''}
          </span>
        </div>
      ) : (
        <p className="muted">No channel for {severities[0]?.name ?? 'the top severity'} in this plan.</p>
      )}
    </li>
  );
}
