// #/vendors/<id>: everything about one vendor, on one page (optionally opened at a named contact).
import type { Bundle, Route } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { NotInBundle } from '../../components/NotInBundle.tsx';
import { WithBundle } from '../../components/WithBundle.tsx';
import { VendorSheetBar } from '../print/SheetBar.tsx';
import { Accounts } from '../vendors/Accounts.tsx';
import { Contacts } from '../vendors/Contacts.tsx';
import { OtherChannels } from '../vendors/OtherChannels.tsx';
import { PhoneChannels } from '../vendors/PhoneChannels.tsx';
import { ResponseTimes } from '../vendors/ResponseTimes.tsx';

type VendorRoute = Extract<Route, { screen: 'vendor' }>;

export function VendorPage({ route }: { route: VendorRoute }) {
  return <WithBundle>{(bundle) => <VendorPageBody bundle={bundle} route={route} />}</WithBundle>;
}

function VendorPageBody({ bundle, route }: { bundle: Bundle; route: VendorRoute }) {
  const vendor = bundle.vendors.find((candidate) => candidate.id === route.id);
  if (!vendor) return <NotInBundle kind="vendor" id={route.id} />;
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
            Status page
          </ExternalLink>
        )}
      </header>
      <VendorSheetBar bundle={bundle} vendor={vendor} />
      <Accounts accounts={vendor.accounts} />
      <PhoneChannels vendor={vendor} severities={bundle.severities} />
      <OtherChannels vendor={vendor} severities={bundle.severities} />
      <Contacts ownerName={vendor.name} contacts={vendor.contacts} maxAgeDays={bundle.contactsMaxAgeDays} focusName={route.contact} />
      <ResponseTimes vendor={vendor} severities={bundle.severities} />
    </article>
  );
}
