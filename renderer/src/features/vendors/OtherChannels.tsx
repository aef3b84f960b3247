// Portal, email, chat and Slack in one compact line each; links open outside the app.
import type { Channel, Severity, Vendor } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { formatHours } from '../../domain/hours.ts';
import { formatFor } from '../../domain/severities.ts';

const typeNames: Record<Channel['type'], string> = {
  phone: 'Phone',
  portal: 'Portal',
  email: 'Email',
  chat: 'Chat',
  slack: 'Slack',
};

function hrefOf(channel: Channel): string | null {
  if (channel.type === 'email') return `mailto:${channel.value}`;
  return /^https:\/\//i.test(channel.value) ? channel.value : null;
}

export function OtherChannels({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  const others = vendor.channels.filter((channel) => channel.type !== 'phone');
  if (others.length === 0) return null;
  return (
    <ul className="channels" aria-label={`${vendor.name} other channels`}>
      {others.map((channel) => {
        const href = hrefOf(channel);
        const limitedTo = formatFor(channel.for, severities);
        return (
          <li key={`${channel.type}-${channel.value}`}>
            <span className="channel-type">{typeNames[channel.type]}</span>
            {href ? <ExternalLink href={href}>{channel.label || channel.value}</ExternalLink> : <span>{channel.value}</span>}
            <span className="muted">
              {channel.label && href && channel.label !== channel.value ? ` ${displayValue(channel.value)}` : ''} ·{' '}
              {formatHours(channel.hours)}
              {limitedTo ? ` · ${limitedTo}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function displayValue(value: string): string {
  return value.replace(/^https:\/\//i, '');
}
