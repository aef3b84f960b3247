// Every way to reach the vendor, in text: phone numbers large, addresses written out, and who may use each.
import type { Severity, Vendor } from '../../../../preload/contract.ts';
import { formatHours } from '../../domain/hours.ts';
import { severitiesText } from './print-format.ts';

export function VendorChannelsTable({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  // Phones first: on paper they are what gets used.
  const channels = [...vendor.channels].sort((a, b) => Number(b.type === 'phone') - Number(a.type === 'phone'));
  return (
    <section className="sheet-block">
      <h2>Channels</h2>
      {channels.length === 0 ? (
        <p>No support channel in this plan.</p>
      ) : (
        <table className="sheet-table channel-table">
          <colgroup>
            <col className="col-channel" />
            <col className="col-value" />
            <col className="col-hours" />
            <col className="col-for" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Number or address</th>
              <th scope="col">Hours</th>
              <th scope="col">For</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={`${channel.type}-${channel.value}-${channel.label}`}>
                <td>
                  <strong>{channel.type}</strong>
                </td>
                <td>
                  <span className={channel.type === 'phone' ? 'sheet-phone' : 'sheet-url'}>{channel.value}</span>
                  <span className="sheet-note">{channel.label}</span>
                </td>
                <td>{formatHours(channel.hours)}</td>
                <td>{severitiesText(channel.for, severities)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
