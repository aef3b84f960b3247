// One vendor in the A–Z list: plan tier, account ids to quote, phone lines first, then the other
// channels; the name opens the vendor's full page.
import type { Severity, Vendor } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { Accounts } from './Accounts.tsx';
import { Contacts } from './Contacts.tsx';
import { OtherChannels } from './OtherChannels.tsx';
import { PhoneChannels } from './PhoneChannels.tsx';
import { ResponseTimes } from './ResponseTimes.tsx';

interface Props {
  vendor: Vendor;
  severities: Severity[];
  contactsMaxAgeDays: number;
}

export function VendorCard({ vendor, severities, contactsMaxAgeDays }: Props) {
  const headingId = `vendor-${vendor.id}`;
  return (
    <article className="vendor-card" aria-labelledby={headingId} data-vendor={vendor.id}>
      <header className="vendor-head">
        <h3 id={headingId} tabIndex={-1}>
          <RouteLink to={{ screen: 'vendor', id: vendor.id }} className="vendor-link">
            {vendor.name}
          </RouteLink>
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
        <Contacts ownerName={vendor.name} contacts={vendor.contacts} maxAgeDays={contactsMaxAgeDays} />
      </div>
      <ResponseTimes vendor={vendor} severities={severities} />
    </article>
  );
}
