// The incidents store's list, fresh on every visit and refreshed every half minute.
import { useEffect, useState } from 'react';
import type { IncidentList, Result } from '../../../../preload/contract.ts';
import { lifeline, settle } from '../../data/bridge.ts';

const REFRESH_MS = 30_000;

export function useIncidentList(): Result<IncidentList> | undefined {
  const [result, setResult] = useState<Result<IncidentList> | undefined>();
  useEffect(() => {
    let live = true;
    const load = () => void settle(() => lifeline().listIncidents()).then((value) => live && setResult(value));
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);
  return result;
}
