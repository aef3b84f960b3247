// The incident binder: a contents page, then every vendor sheet and every service checklist, each on a new page.
import type { Bundle, LocalStatus } from '../../../../preload/contract.ts';
import { sortVendors } from '../../domain/vendor-list.ts';
import { FitToPage } from './FitToPage.tsx';
import { SheetHeader } from './SheetHeader.tsx';
import { sheetHash } from './sheet-hash.ts';
import { vendorSheetContent } from './sheet-content.ts';
import { ServiceSheet } from './ServiceSheet.tsx';
import { servicePlans } from './sheet-requests.ts';
import { planKey, type PlanTable } from './useSheetPlans.ts';
import { VendorSheet } from './VendorSheet.tsx';

interface Props {
  bundle: Bundle;
  status: LocalStatus | null;
  plans: PlanTable;
  printedAt: number;
}

export function BinderSheet({ bundle, status, plans, printedAt }: Props) {
  const vendors = sortVendors(bundle.vendors);
  const services = [...bundle.services].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const contents = { sheet: 'binder', bundleId: bundle.id, vendors: vendors.map((v) => vendorSheetContent(bundle, v)), services };
  return (
    <div className="binder" data-sheet="all">
      <article className="sheet contents-sheet">
        <SheetHeader
          bundle={bundle}
          status={status}
          printedAt={printedAt}
          title="Incident binder"
          hash={sheetHash(contents)}
          qr={{ text: 'lifeline://vendors', caption: 'Open in Lifeline' }}
        />
        <section className="sheet-block">
          <h2>Contents</h2>
          <p>Each vendor sheet is one page; each service checklist starts on a new page. Sheets appear in this order.</p>
          <ol className="contents-list">
            {vendors.map((vendor, index) => (
              <li key={vendor.id}>
                <span className="sheet-section">V{index + 1}</span> {vendor.name}: {vendor.plan}
              </li>
            ))}
            {services.map((service, index) => (
              <li key={service.id}>
                <span className="sheet-section">S{index + 1}</span> {service.name} escalation checklist
              </li>
            ))}
          </ol>
        </section>
      </article>
      {vendors.map((vendor, index) => (
        <FitToPage key={vendor.id}>
          <VendorSheet
            bundle={bundle}
            status={status}
            vendor={vendor}
            planned={plans.get(planKey(vendor.id, bundle.severities[0]?.id ?? ''))?.vendors[0] ?? null}
            printedAt={printedAt}
            section={`V${index + 1}`}
          />
        </FitToPage>
      ))}
      {services.map((service, index) => (
        <ServiceSheet
          key={service.id}
          bundle={bundle}
          status={status}
          service={service}
          plans={servicePlans(bundle, service.id, plans)}
          printedAt={printedAt}
          section={`S${index + 1}`}
        />
      ))}
    </div>
  );
}
