// The vendors a service depends on, each as a card linking to its page with the channel to use at
// our most severe level (the number to dial first), ids the bundle does not hold said plainly.
import type { Bundle } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { formatHours } from '../../domain/hours.ts';
import { dialable } from '../../domain/links.ts';
import { formatFor, mostSevereChannel } from '../../domain/severities.ts';

export function DependencyCards({ bundle, vendorIds }: { bundle: Bundle; vendorIds: string[] }) {
  return (
    <ul className="dependency-cards" aria-label="Vendors it depends on">
      {vendorIds.map((id) => {
        const vendor = bundle.vendors.find((candidate) => candidate.id === id);
        if (!vendor) {
          return (
            <li key={id} className="dependency-card missing">
              <strong>{id}</strong>: not in this bundle
            </li>
          );
        }
        const channel = mostSevereChannel(vendor.channels, bundle.severities);
        return (
          <li key={id} className="dependency-card">
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
                  {channel.for ? ` · ${formatFor(channel.for, bundle.severities)}` : ''}
                </span>
              </div>
            ) : (
              <p className="muted">No channel for {bundle.severities[0]?.name ?? 'the top severity'} in this plan.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
