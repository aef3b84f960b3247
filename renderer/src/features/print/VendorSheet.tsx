// One page per vendor: plan, accounts, hours, severities, channels, contacts, escalation, contract.
import type { LocalStatus, PlanVendor, Vendor } from '../../../../preload/contract.ts';
import { formatHours } from '../../domain/hours.ts';
import { PlanContactsList } from './PlanContactsList.tsx';
import { SheetHeader } from './SheetHeader.tsx';
import { vendorSheetContent, type SheetBundle } from './sheet-content.ts';
import { sheetHash } from './sheet-hash.ts';
import { VendorChannelsTable } from './VendorChannelsTable.tsx';
import { VendorEscalationList } from './VendorEscalationList.tsx';
import { VendorSeverityTable } from './VendorSeverityTable.tsx';

interface Props {
  bundle: SheetBundle;
  status: LocalStatus | null;
  vendor: Vendor;
  /** The vendor as main's escalation plan sees it: contacts and contract flagged on main's clock. */
  planned: PlanVendor | null;
  printedAt: number;
  section?: string;
}

export function VendorSheet({ bundle, status, vendor, planned, printedAt, section }: Props) {
  const content = vendorSheetContent(bundle, vendor);
  const qr = vendor.statusPage
    ? { text: vendor.statusPage, caption: 'Status page (address below)', showText: false }
    : { text: `lifeline://vendor/${vendor.id}`, caption: 'Open in Lifeline' };
  return (
    <article className="sheet vendor-sheet" data-sheet="vendor" data-vendor-sheet={vendor.id}>
      <SheetHeader
        bundle={bundle}
        status={status}
        printedAt={printedAt}
        title={vendor.name}
        section={section}
        hash={sheetHash(content)}
        qr={qr}
      />
      <dl className="sheet-summary">
        <dt>Plan</dt>
        <dd>{vendor.plan || 'not stated'}</dd>
        <dt>{vendor.accounts.length === 1 ? 'Account id' : 'Account ids'}</dt>
        <dd className="mono sheet-accounts">{vendor.accounts.length > 0 ? vendor.accounts.join(' · ') : 'none recorded'}</dd>
        <dt>Hours</dt>
        <dd>{formatHours(vendor.hours)}</dd>
        <dt>Status page</dt>
        <dd className="sheet-url">{vendor.statusPage ?? 'none recorded'}</dd>
        <dt>Contract</dt>
        <dd>{vendor.contract ? <ContractText contract={vendor.contract} state={planned?.contract ?? null} /> : 'none recorded'}</dd>
      </dl>
      <VendorSeverityTable vendor={vendor} severities={bundle.severities} />
      <VendorChannelsTable vendor={vendor} severities={bundle.severities} />
      {planned ? (
        <PlanContactsList heading="Contacts" contacts={planned.contacts} maxAgeDays={bundle.contactsMaxAgeDays} />
      ) : (
        <p className="sheet-stale">Contacts could not be checked for staleness: see the app.</p>
      )}
      <VendorEscalationList vendor={vendor} />
    </article>
  );
}

function ContractText({ contract, state }: { contract: NonNullable<Vendor['contract']>; state: PlanVendor['contract'] }) {
  const warning =
    state?.state === 'lapsed'
      ? ' (LAPSED: check support is still in force)'
      : state?.state === 'renews-soon'
        ? ` (renews in ${state.daysLeft} days)`
        : '';
  return (
    <>
      {contract.reference}, renews {contract.renews}
      {warning && <strong>{warning}</strong>}
    </>
  );
}
