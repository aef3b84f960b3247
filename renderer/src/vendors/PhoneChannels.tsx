// Phone lines: the written number, dialled via its E.164 form, with hours and the severities it serves.
import type { Severity, Vendor } from '../../../preload/contract.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { ExternalLink } from '../common/ExternalLink.tsx';
import { formatFor, formatHours } from './format.ts';

export function PhoneChannels({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  const phones = vendor.channels.filter((channel) => channel.type === 'phone');
  if (phones.length === 0) {
    return <p className="no-phone">No phone line in this plan.</p>;
  }
  return (
    <ul className="phones" aria-label={`${vendor.name} phone lines`}>
      {phones.map((phone) => {
        const limitedTo = formatFor(phone.for, severities);
        const dial = phone.dial ?? phone.value.replace(/[^\d+]/g, '');
        return (
          <li key={`${phone.value}-${phone.label}`} className="phone">
            <div className="phone-dial">
              <ExternalLink href={`tel:${dial}`} className="phone-number" label={`Call ${vendor.name} ${phone.label} ${phone.value}`}>
                {phone.value}
              </ExternalLink>
              <CopyButton text={phone.value} what={`phone number ${phone.value}`} />
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
