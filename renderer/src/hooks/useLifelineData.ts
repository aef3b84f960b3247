// Loads status, bundle and app info independently (each renders as soon as it arrives) and keeps them live.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, Bundle, LocalStatus } from '../../../preload/contract.ts';
import { call, lifeline } from '../api.ts';

export interface SyncState {
  running: boolean;
  source: string | null;
  /** Outcome of the last sync started from this window, in words. */
  message: string | null;
  failed: boolean;
}

export interface LifelineData {
  appInfo: AppInfo | null;
  status: LocalStatus | null;
  /** undefined while loading, null when no bundle is installed. */
  bundle: Bundle | null | undefined;
  loadError: string | null;
  sync: SyncState;
  syncNow: () => void;
}

const idle: SyncState = { running: false, source: null, message: null, failed: false };

export function useLifelineData(): LifelineData {
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [status, setStatus] = useState<LocalStatus | null>(null);
  const [bundle, setBundle] = useState<Bundle | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncState>(idle);
  const shownVersion = useRef<string | null>(null);

  const loadBundle = useCallback(() => {
    call(lifeline().getBundle()).then(
      (value) => {
        shownVersion.current = value ? `${value.id}@${value.version}` : null;
        setBundle(value);
      },
      (error: unknown) => setLoadError(`Could not load the support plans: ${messageOf(error)}`),
    );
  }, []);

  const acceptStatus = useCallback(
    (next: LocalStatus) => {
      setStatus(next);
      const version = next.bundleId && next.version !== null ? `${next.bundleId}@${next.version}` : null;
      if (version !== shownVersion.current) loadBundle();
    },
    [loadBundle],
  );

  useEffect(() => {
    const api = lifeline();
    call(api.getAppInfo()).then(setAppInfo, () => undefined);
    call(api.getStatus()).then(setStatus, (error: unknown) => setLoadError(`Could not read the local status: ${messageOf(error)}`));
    loadBundle();
    const offStatus = api.onStatusChanged(acceptStatus);
    const offProgress = api.onSyncProgress((progress) =>
      setSync((prev) => ({ ...prev, running: progress.phase === 'started', source: progress.source })),
    );
    return () => {
      offStatus();
      offProgress();
    };
  }, [acceptStatus, loadBundle]);

  const syncNow = useCallback(() => {
    setSync({ running: true, source: null, message: null, failed: false });
    call(lifeline().syncNow()).then(
      (outcome) => {
        acceptStatus(outcome.status);
        setSync({ running: false, source: null, message: outcome.message, failed: !outcome.ok });
      },
      (error: unknown) => setSync({ running: false, source: null, message: messageOf(error), failed: true }),
    );
  }, [acceptStatus]);

  return { appInfo, status, bundle, loadError, sync, syncNow };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
