// Every channel of a vendor: how to reach it (tel:/mailto: with copy), when, and for which of our
// severities it may be used (a sev1-only hotline says so in words).
import type { Channel, HoursState, Severity, Vendor } from '../../../../preload/contract.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { formatHours } from '../../domain/hours.ts';
import { dialable } from '../../domain/links.ts';
import { severityName } from '../../domain/severities.ts';
import { HoursNow } from './HoursPanel.tsx';

const typeNames: Record<Channel['type'], string> = { phone: 'Phone', portal: 'Portal', email: 'Email', chat: 'Chat', slack: 'Slack' };

function Reach({ vendor, channel }: { vendor: Vendor; channel: Channel }) {
  if (channel.type === 'phone') {
    return (
      <PhoneLink
        display={channel.value}
        dial={channel.dial ?? dialable(channel.value)}
        className="phone-number"
        label={`Call ${vendor.name} ${channel.label} ${channel.value}`}
      />
    );
  }
  if (channel.type === 'email') {
    return (
      <>
        <ExternalLink href={`mailto:${channel.value}`}>{channel.value}</ExternalLink>
        <CopyButton text={channel.value} what={`email address ${channel.value}`} />
      </>
    );
  }
  if (/^https:\/\//i.test(channel.value))
    return <ExternalLink href={channel.value}>{channel.value.replace(/^https:\/\//i, '')}</ExternalLink>;
  return (
    <>
      <span className="mono">{channel.value}</span>
      <CopyButton text={channel.value} what={`${typeNames[channel.type]} ${channel.value}`} />
    </>
  );
}

interface Props {
  vendor: Vendor;
  severities: Severity[];
  states: HoursState[] | undefined;
}

export function ChannelTable({ vendor, severities, states }: Props) {
  return (
    <section className="page-section" aria-labelledby="channels-heading">
      <h3 id="channels-heading">How to reach {vendor.name}</h3>
      {vendor.channels.length === 0 && <p>No channel is listed in this plan.</p>}
      <ul className="channel-list" aria-label={`${vendor.name} channels`}>
        {vendor.channels.map((channel, index) => (
          <li key={`${channel.type}-${channel.value}`} className={`channel channel-${channel.type}`}>
            <span className="channel-type">{typeNames[channel.type]}</span>
            <span className="channel-reach">
              <Reach vendor={vendor} channel={channel} />
            </span>
            <span className="channel-label">{channel.label}</span>
            <span className="channel-hours">
              {formatHours(channel.hours)} <HoursNow hours={channel.hours} state={states?.[index]} />
            </span>
            <span className={channel.for ? 'channel-for limited' : 'channel-for'}>
              {channel.for ? `For ${channel.for.map((id) => severityName(id, severities)).join(', ')} only` : 'For every severity'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
