// One vendor in the A–Z list: plan tier, account ids to quote, phone lines first, then the other
// channels; the name opens the vendor's full page. Until the full vendor arrives the card shows its
// summary (first phone line) in the same elements, so focus and scroll position survive the swap.
import type { Severity, Vendor, VendorSummary } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { dialable } from '../../domain/links.ts';
import { Accounts } from './Accounts.tsx';
import { Contacts } from './Contacts.tsx';
import { OtherChannels } from './OtherChannels.tsx';
import { PhoneChannels } from './PhoneChannels.tsx';
import { ResponseTimes } from './ResponseTimes.tsx';

interface Props {
  summary: VendorSummary;
  /** The full vendor, once loaded. */
  vendor: Vendor | null;
  severities: Severity[];
  contactsMaxAgeDays: number;
  /** Why the full vendor could not be read, if it could not. */
  problem?: string | null;
}

export function VendorCard({ summary, vendor, severities, contactsMaxAgeDays, problem }: Props) {
  const headingId = `vendor-${summary.id}`;
  return (
    <article className={vendor ? 'vendor-card' : 'vendor-card summary'} aria-labelledby={headingId} data-vendor={summary.id}>
      <header className="vendor-head">
        <h3 id={headingId} tabIndex={-1}>
          <RouteLink to={{ screen: 'vendor', id: summary.id }} className="vendor-link">
            {summary.name}
          </RouteLink>
        </h3>
        <span className="plan" title="Support plan held">
          {summary.plan}
        </span>
        {vendor?.statusPage && (
          <ExternalLink href={vendor.statusPage} className="status-page" label={`${vendor.name} status page`}>
            Status page
          </ExternalLink>
        )}
      </header>
      <div className="vendor-contact">
        <Accounts accounts={vendor?.accounts ?? summary.accounts} />
        {vendor ? <PhoneChannels vendor={vendor} severities={severities} /> : <FirstPhone summary={summary} />}
        {vendor && <OtherChannels vendor={vendor} severities={severities} />}
        {vendor && <Contacts ownerName={vendor.name} contacts={vendor.contacts} maxAgeDays={contactsMaxAgeDays} />}
        {problem && <p className="muted">The rest of this vendor could not be read: {problem}</p>}
      </div>
      {vendor && <ResponseTimes vendor={vendor} severities={severities} />}
    </article>
  );
}

function FirstPhone({ summary }: { summary: VendorSummary }) {
  if (!summary.phone) return null;
  return (
    <ul className="phones" aria-label={`${summary.name} phone lines`}>
      <li className="phone">
        <div className="phone-dial">
          <PhoneLink
            display={summary.phone.display}
            dial={summary.phone.dial ?? dialable(summary.phone.display)}
            extension={summary.phone.extension}
            className="phone-number"
            label={`Call ${summary.name} ${summary.phone.display}`}
          />
        </div>
      </li>
    </ul>
  );
}
