// One vendor: plan tier, account ids to quote, phone lines first, then the other channels.
import type { Severity, Vendor } from '../../../preload/contract.ts';
import { ExternalLink } from '../common/ExternalLink.tsx';
import { Accounts } from './Accounts.tsx';
import { Contacts } from './Contacts.tsx';
import { OtherChannels } from './OtherChannels.tsx';
import { PhoneChannels } from './PhoneChannels.tsx';
import { ResponseTimes } from './ResponseTimes.tsx';

interface Props {
  vendor: Vendor;
  severities: Severity[];
  contactsMaxAgeDays: number;
  highlighted: boolean;
}

export function VendorCard({ vendor, severities, contactsMaxAgeDays, highlighted }: Props) {
  const headingId = `vendor-${vendor.id}`;
  return (
    <article
      className={highlighted ? 'vendor-card highlighted' : 'vendor-card'}
      aria-labelledby={headingId}
      data-vendor={vendor.id}
    >
      <header className="vendor-head">
        <h3 id={headingId} tabIndex={-1}>
          {vendor.name}
        </h3>
        <span className="plan" title="Support plan held">
          {vendor.plan}
        </span>
        {vendor.statusPage && (
          <ExternalLink href={vendor.statusPage} className="status-page" label={`${vendor.name} status page`}>
            Status page
          </ExternalLink>
        )}
      </header>
      <div className="vendor-contact">
        <Accounts accounts={vendor.accounts} />
        <PhoneChannels vendor={vendor} severities={severities} />
        <OtherChannels vendor={vendor} severities={severities} />
        <Contacts vendorName={vendor.name} contacts={vendor.contacts} maxAgeDays={contactsMaxAgeDays} />
      </div>
      <ResponseTimes vendor={vendor} severities={severities} />
    </article>
  );
}
