// The sheet a print route names, or a plain problem when the bundle does not hold it.
import type { Bundle, LocalStatus } from '../../../../preload/contract.ts';
import { sortVendors } from '../../domain/vendor-list.ts';
import { BinderSheet } from './BinderSheet.tsx';
import { FitToPage } from './FitToPage.tsx';
import { IncidentSheetLoader } from './IncidentSheet.tsx';
import type { PrintRoute } from './print-route.ts';
import { servicePlans } from './sheet-requests.ts';
import { ServiceSheet } from './ServiceSheet.tsx';
import { planKey, type PlanTable } from './useSheetPlans.ts';
import { VendorSheet } from './VendorSheet.tsx';
import { WalletSheet } from './WalletSheet.tsx';

export function SheetProblem({ message }: { message: string }) {
  return (
    <article className="sheet sheet-problem" data-sheet="problem" role="alert">
      <h1>Nothing to print</h1>
      <p>{message}</p>
    </article>
  );
}

interface Props {
  route: PrintRoute;
  bundle: Bundle;
  status: LocalStatus | null;
  plans: PlanTable;
  printedAt: number;
}

export function SheetFor({ route, bundle, status, plans, printedAt }: Props) {
  const where = `bundle ${bundle.id} v${bundle.version}`;
  switch (route.sheet) {
    case 'vendor': {
      const vendor = bundle.vendors.find((v) => v.id === route.id);
      if (!vendor) return <SheetProblem message={`No vendor with id “${route.id}” in ${where}.`} />;
      const planned = plans.get(planKey(vendor.id, bundle.severities[0]?.id ?? ''))?.vendors[0] ?? null;
      return (
        // Keyed so another vendor or a newer bundle is fitted afresh, not at the last sheet's density.
        <FitToPage key={`${vendor.id}@${bundle.version}`}>
          <VendorSheet bundle={bundle} status={status} vendor={vendor} planned={planned} printedAt={printedAt} />
        </FitToPage>
      );
    }
    case 'service': {
      const service = bundle.services.find((s) => s.id === route.id);
      // An escalation of a vendor (not a service) prints that vendor's sheet.
      if (!service && bundle.vendors.some((v) => v.id === route.id))
        return <SheetFor route={{ sheet: 'vendor', id: route.id }} bundle={bundle} status={status} plans={plans} printedAt={printedAt} />;
      if (!service) return <SheetProblem message={`No service with id “${route.id}” in ${where}.`} />;
      if (route.severity && !bundle.severities.some((s) => s.id === route.severity)) {
        return (
          <SheetProblem
            message={`No severity “${route.severity}” in ${where}: use one of ${bundle.severities.map((s) => s.id).join(', ')}.`}
          />
        );
      }
      return (
        <ServiceSheet
          bundle={bundle}
          status={status}
          service={service}
          plans={servicePlans(bundle, service.id, plans, route.severity)}
          printedAt={printedAt}
        />
      );
    }
    case 'all':
      return <BinderSheet key={bundle.version} bundle={bundle} status={status} plans={plans} printedAt={printedAt} />;
    case 'wallet':
      return <WalletSheet bundle={bundle} status={status} vendors={sortVendors(bundle.vendors)} printedAt={printedAt} />;
    case 'incident':
      return <IncidentSheetLoader id={route.id} bundle={bundle} status={status} printedAt={printedAt} />;
  }
}
