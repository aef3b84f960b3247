// #/vendors/<id>: everything about one vendor on one page (optionally opened at a named contact):
// plan, account ids, hours now, channels, severities, people, escalation, contract, scope, notes.
import type { BundleInfo, Route, Vendor } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { WithBundleInfo } from '../../components/WithBundle.tsx';
import { useVendor } from '../../data/items.ts';
import { useMainNow } from '../../data/main-clock.ts';
import { VendorSheetBar } from '../print/SheetBar.tsx';
import { Accounts } from '../vendors/Accounts.tsx';
import { Contacts } from '../vendors/Contacts.tsx';
import { ChannelTable } from './ChannelTable.tsx';
import { ContractPanel, ScopePanel } from './ContractAndScope.tsx';
import { EscalationPath } from './EscalationPath.tsx';
import { HoursPanel } from './HoursPanel.tsx';
import { SeverityTable } from './SeverityTable.tsx';
import { useVendorHours } from './useVendorHours.ts';

type VendorRoute = Extract<Route, { screen: 'vendor' }>;

/** The vendor and the bundle's facts only: the page never loads the whole bundle (large plans open fast). */
export function VendorPage({ route }: { route: VendorRoute }) {
  const vendor = useVendor(route.id);
  return (
    <WithBundleInfo>
      {(bundle) => (
        <Loaded answer={vendor} what="this vendor" notFound={<NotInBundle kind="vendor" id={route.id} />}>
          {(found) => <VendorPageBody bundle={bundle} vendor={found} contact={route.contact} />}
        </Loaded>
      )}
    </WithBundleInfo>
  );
}

function VendorPageBody({ bundle, vendor, contact }: { bundle: BundleInfo; vendor: Vendor; contact: string | undefined }) {
  const hours = useVendorHours(vendor.id);
  const now = useMainNow(60_000) ?? undefined; // until main's clock is known, day-level checks use the page's
  return (
    <article className="item-page vendor-page" aria-labelledby="page-title" data-vendor={vendor.id}>
      <header className="page-head">
        <h2 id="page-title" tabIndex={-1}>
          {vendor.name}
        </h2>
        <span className="plan" title="Support plan held">
          {vendor.plan}
        </span>
        {vendor.statusPage && (
          <ExternalLink href={vendor.statusPage} className="status-page" label={`${vendor.name} status page`}>
            Status page: {vendor.statusPage.replace(/^https:\/\//, '')}
          </ExternalLink>
        )}
      </header>
      <VendorSheetBar bundle={bundle} vendor={vendor} />
      <Accounts accounts={vendor.accounts} />
      <HoursPanel hours={vendor.hours} state={hours?.vendor} />
      <ChannelTable vendor={vendor} severities={bundle.severities} states={hours?.channels} />
      <SeverityTable vendor={vendor} severities={bundle.severities} />
      <section className="page-section" aria-labelledby="people-heading">
        <h3 id="people-heading">People</h3>
        {vendor.contacts.length === 0 && <p>No named contact in this plan.</p>}
        <Contacts
          ownerName={vendor.name}
          contacts={vendor.contacts}
          maxAgeDays={bundle.contactsMaxAgeDays}
          focusName={contact}
          now={now}
          showLabel={false}
        />
      </section>
      <EscalationPath vendor={vendor} />
      {now !== undefined && <ContractPanel vendor={vendor} now={now} />}
      <ScopePanel vendor={vendor} />
      {vendor.notes && (
        <section className="page-section" aria-labelledby="notes-heading">
          <h3 id="notes-heading">Notes</h3>
          <Markdown text={vendor.notes} />
        </section>
      )}
    </article>
  );
}
