// A print route's page: the sheet alone (no app chrome), black on white, marked ready once laid out.
import { useEffect, useMemo, useState } from 'react';
import type { Bundle, LocalStatus } from '../../../../preload/contract.ts';
import { lifeline } from '../../data/bridge.ts';
import type { PrintRoute } from './print-route.ts';
import { planRequests } from './sheet-requests.ts';
import { SheetFor, SheetProblem } from './SheetFor.tsx';
import { usePrintReady } from './usePrintReady.ts';
import { useSheetPlans } from './useSheetPlans.ts';

interface Props {
  route: PrintRoute;
  bundle: Bundle | null | undefined;
  status: LocalStatus | null;
  loadError: string | null;
}

/** Printed-at on main's clock (the same clock the plans' stale flags use); the local clock if main is silent. */
function useMainNow(): number | undefined {
  const [now, setNow] = useState<number | undefined>(undefined);
  useEffect(() => {
    lifeline()
      .getNow()
      .then(
        (result) => setNow(result.ok ? Date.parse(result.value.now) : Date.now()),
        () => setNow(Date.now()),
      );
  }, []);
  return now;
}

export function PrintScreen({ route, bundle, status, loadError }: Props) {
  const printedAt = useMainNow();
  const requests = useMemo(() => (bundle ? planRequests(route, bundle) : null), [route, bundle]);
  const { plans, error: planError } = useSheetPlans(requests);
  const error = loadError ?? planError;
  const loaded = error !== null || bundle === null || (bundle !== undefined && plans !== undefined && printedAt !== undefined);
  usePrintReady(loaded, route);
  useEffect(() => {
    document.documentElement.dataset.sheet = route.sheet; // paper colours on screen too, whatever the theme
    return () => {
      delete document.documentElement.dataset.sheet;
    };
  }, [route.sheet]);
  if (error) return <SheetProblem message={error} />;
  if (bundle === null) return <SheetProblem message="No verified support plans are installed on this machine." />;
  if (!loaded || !bundle || !plans || printedAt === undefined) return <p className="loading">Loading…</p>;
  return <SheetFor route={route} bundle={bundle} status={status} plans={plans} printedAt={printedAt} />;
}
