// Phone lines: the written number, dialled via its E.164 form, with hours and the severities it serves.
import type { Severity, Vendor } from '../../../../preload/contract.ts';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { dialable } from '../../domain/links.ts';
import { formatHours } from '../../domain/hours.ts';
import { formatFor } from '../../domain/severities.ts';

export function PhoneChannels({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  const phones = vendor.channels.filter((channel) => channel.type === 'phone');
  if (phones.length === 0) {
    return <p className="no-phone">No phone line in this plan.</p>;
  }
  return (
    <ul className="phones" aria-label={`${vendor.name} phone lines`}>
      {phones.map((phone) => {
        const limitedTo = formatFor(phone.for, severities);
        const dial = phone.dial ?? dialable(phone.value);
        return (
          <li key={`${phone.value}-${phone.label}`} className="phone">
            <div className="phone-dial">
              <PhoneLink
                display={phone.value}
                dial={dial}
                extension={phone.extension}
                className="phone-number"
                label={`Call ${vendor.name} ${phone.label} ${phone.value}`}
              />
            </div>
            <div className="phone-meta">
              {limitedTo && <span className="phone-for">{limitedTo}</span>}
              <span className="phone-label">{phone.label}</span>
              <span className="phone-hours">{formatHours(phone.hours)}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
