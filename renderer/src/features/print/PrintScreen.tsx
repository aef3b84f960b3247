// A print route's page: the sheet alone (no app chrome), black on white, marked ready once laid out.
import { useEffect, useState } from 'react';
import type { Bundle, LocalStatus } from '../../../../preload/contract.ts';
import { BinderSheet } from './BinderSheet.tsx';
import { FitToPage } from './FitToPage.tsx';
import type { PrintRoute } from './print-route.ts';
import { usePrintReady } from './usePrintReady.ts';
import { VendorSheet } from './VendorSheet.tsx';
import { WalletSheet } from './WalletSheet.tsx';
import { sortVendors } from '../../domain/vendor-list.ts';

interface Props {
  route: PrintRoute;
  bundle: Bundle | null | undefined;
  status: LocalStatus | null;
  loadError: string | null;
}

function SheetProblem({ message }: { message: string }) {
  return (
    <article className="sheet sheet-problem" data-sheet="problem" role="alert">
      <h1>Nothing to print</h1>
      <p>{message}</p>
    </article>
  );
}

function SheetFor({ route, bundle, status, printedAt }: { route: PrintRoute; bundle: Bundle; status: LocalStatus | null; printedAt: number }) {
  switch (route.sheet) {
    case 'vendor': {
      const vendor = bundle.vendors.find((v) => v.id === route.id);
      if (!vendor) return <SheetProblem message={`No vendor with id “${route.id}” in bundle ${bundle.id} v${bundle.version}.`} />;
      return (
        // Keyed so another vendor or a newer bundle is fitted afresh, not at the last sheet's density.
        <FitToPage key={`${vendor.id}@${bundle.version}`}>
          <VendorSheet bundle={bundle} status={status} vendor={vendor} printedAt={printedAt} />
        </FitToPage>
      );
    }
    case 'all':
      return <BinderSheet key={bundle.version} bundle={bundle} status={status} printedAt={printedAt} />;
    case 'wallet':
      return <WalletSheet bundle={bundle} status={status} vendors={sortVendors(bundle.vendors)} printedAt={printedAt} />;
    default:
      return <SheetProblem message={`The ${route.sheet} sheet is not available in this version.`} />;
  }
}

export function PrintScreen({ route, bundle, status, loadError }: Props) {
  const [printedAt] = useState(() => Date.now());
  const loaded = bundle !== undefined || loadError !== null;
  usePrintReady(loaded, route);
  useEffect(() => {
    document.documentElement.dataset.sheet = route.sheet; // paper colours on screen too, whatever the theme
    return () => {
      delete document.documentElement.dataset.sheet;
    };
  }, [route.sheet]);
  if (loadError) return <SheetProblem message={loadError} />;
  if (bundle === undefined) return <p className="loading">Loading…</p>;
  if (bundle === null) return <SheetProblem message="No verified support plans are installed on this machine." />;
  return <SheetFor route={route} bundle={bundle} status={status} printedAt={printedAt} />;
}
