// Status, app info and Sync now for the whole window, kept live by main's events. Every status names
// the active bundle, which keys the query cache: another bundle re-runs the screens' queries.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, LocalStatus } from '../../../preload/contract.ts';
import { lifeline } from './bridge.ts';
import { describeError, settle } from './results.ts';
import { setBundleKey } from './query-cache.ts';

export interface SyncState {
  running: boolean;
  source: string | null;
  /** Outcome of the last sync started from this window, in words. */
  message: string | null;
  failed: boolean;
}

export interface LifelineStatus {
  appInfo: AppInfo | null;
  status: LocalStatus | null;
  /** Why the status could not be read, in words; null when it could. */
  statusError: string | null;
  sync: SyncState;
  syncNow: () => void;
}

const idle: SyncState = { running: false, source: null, message: null, failed: false };
const StatusContext = createContext<LifelineStatus | null>(null);

function keyOf(status: LocalStatus): string | null {
  return status.bundleId && status.version !== null ? `${status.bundleId}@${status.version}` : null;
}

export function LifelineStatusProvider({ children }: { children: ReactNode }) {
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [status, setStatus] = useState<LocalStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncState>(idle);

  const accept = useCallback((next: LocalStatus) => {
    setBundleKey(keyOf(next));
    setStatus(next);
  }, []);

  useEffect(() => {
    const api = lifeline();
    void settle(() => api.getAppInfo()).then((result) => result.ok && setAppInfo(result.value));
    void settle(() => api.getStatus()).then((result) => {
      if (result.ok) accept(result.value);
      else setStatusError(`Could not read the local status: ${describeError(result.error)}`);
    });
    const offStatus = api.onStatusChanged(accept);
    const offProgress = api.onSyncProgress((progress) =>
      setSync((prev) => ({ ...prev, running: progress.phase === 'started', source: progress.source })),
    );
    return () => {
      offStatus();
      offProgress();
    };
  }, [accept]);

  const syncNow = useCallback(() => {
    setSync({ running: true, source: null, message: null, failed: false });
    void settle(() => lifeline().syncNow()).then((result) => {
      if (!result.ok) {
        setSync({ running: false, source: null, message: describeError(result.error), failed: true });
        return;
      }
      accept(result.value.status);
      setSync({ running: false, source: null, message: result.value.message, failed: !result.value.ok });
    });
  }, [accept]);

  const value = useMemo(() => ({ appInfo, status, statusError, sync, syncNow }), [appInfo, status, statusError, sync, syncNow]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useLifelineStatus(): LifelineStatus {
  const value = useContext(StatusContext);
  if (!value) throw new Error('useLifelineStatus outside LifelineStatusProvider');
  return value;
}
