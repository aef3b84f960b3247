// The route table's entry for every print route: the sheet with the bundle and status it prints.
import { describeError } from '../../data/results.ts';
import { useLifelineStatus } from '../../data/LifelineStatus.tsx';
import { useBundle } from '../../data/useBundle.ts';
import { printRouteOf, type PrintScreenRoute } from './print-route.ts';
import { PrintScreen } from './PrintScreen.tsx';

export function PrintPage({ route }: { route: PrintScreenRoute }) {
  const { status } = useLifelineStatus();
  const result = useBundle();
  const bundle = result === undefined ? undefined : result.ok ? result.value : null;
  const loadError = result !== undefined && !result.ok ? `Could not load the support plans: ${describeError(result.error)}` : null;
  return <PrintScreen route={printRouteOf(route)} bundle={bundle} status={status} loadError={loadError} />;
}
