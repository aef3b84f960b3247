// The ways to open a case that this severity may use: phone lines large, then portals, mail and chat.
import type { Channel } from '../../../../preload/contract.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { formatHours } from '../../domain/hours.ts';

function ChannelValue({ channel, vendorName }: { channel: Channel; vendorName: string }) {
  const what = `${channel.label || channel.type} of ${vendorName}`;
  switch (channel.type) {
    case 'phone':
      return (
        <PhoneLink
          display={channel.value}
          dial={channel.dial ?? channel.value}
          label={`Call ${what}: ${channel.value}`}
          className="call-number num"
        />
      );
    case 'email':
      return (
        <>
          <ExternalLink href={`mailto:${channel.value}`}>{channel.value}</ExternalLink>{' '}
          <CopyButton text={channel.value} what={`email address ${channel.value}`} />
        </>
      );
    default:
      return channel.value.startsWith('https://') ? (
        <>
          <ExternalLink href={channel.value}>{channel.value}</ExternalLink>{' '}
          <CopyButton text={channel.value} what={`address ${channel.value}`} />
        </>
      ) : (
        <>
          <span className="mono">{channel.value}</span> <CopyButton text={channel.value} what={`${channel.type} ${channel.value}`} />
        </>
      );
  }
}

export function Channels({
  channels,
  hidden,
  vendorName,
  severityName,
}: {
  channels: Channel[];
  hidden: number;
  vendorName: string;
  severityName: string;
}) {
  const ordered = [...channels.filter((c) => c.type === 'phone'), ...channels.filter((c) => c.type !== 'phone')];
  return (
    <div className="channels">
      {ordered.length === 0 ? <p>No channel of this plan serves this severity.</p> : null}
      <ul className="channel-list">
        {ordered.map((channel, i) => (
          <li key={`${channel.type}-${i}`} className={`channel channel-${channel.type}`}>
            <span className="channel-type">{channel.type.toUpperCase()}</span> <ChannelValue channel={channel} vendorName={vendorName} />
            <div className="muted">
              {channel.label} · {formatHours(channel.hours)}
            </div>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="muted">
          {hidden === 1 ? '1 channel is' : `${hidden} channels are`} reserved for other severities and not shown at {severityName}.
        </p>
      ) : null}
    </div>
  );
}
