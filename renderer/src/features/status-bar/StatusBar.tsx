// The first thing read at 3 a.m.: which plans these are, how fresh, whether they are demo or stale.
import type { AppInfo, LocalStatus } from '../../../../preload/contract.ts';
import { useRef } from 'react';
import type { SyncState } from '../../data/LifelineStatus.tsx';
import { useStickyHeight } from './useStickyHeight.ts';
import { Flags } from './Flags.tsx';
import { SyncControl } from './SyncControl.tsx';
import { VerifiedAt } from './VerifiedAt.tsx';

interface Props {
  status: LocalStatus | null;
  appInfo: AppInfo | null;
  sync: SyncState;
  onSync: () => void;
  onToggleTheme: () => void;
}

export function StatusBar({ status, appInfo, sync, onSync, onToggleTheme }: Props) {
  const keyId = status?.keyIds[0];
  const bar = useRef<HTMLElement>(null);
  useStickyHeight(bar);
  return (
    <header className="status-bar" aria-label="Bundle status" ref={bar}>
      <div className="status-main">
        <h1 className="bundle-title">{status?.title ?? 'Lifeline'}</h1>
        <dl className="status-facts">
          {status && status.version !== null && (
            <div>
              <dt>Version</dt>
              <dd data-testid="bundle-version">{status.version}</dd>
            </div>
          )}
          {keyId && (
            <div>
              <dt>Signed by key</dt>
              <dd className="mono" title={status.keyIds.join('\n')}>
                {keyId.slice(0, 12)}
                {status.keyIds.length > 1 ? ` +${status.keyIds.length - 1}` : ''}
              </dd>
            </div>
          )}
          {status?.expires && (
            <div>
              <dt>Signed until</dt>
              <dd>
                <time dateTime={status.expires}>{status.expires.slice(0, 10)}</time>
              </dd>
            </div>
          )}
          {status?.verifiedAt && (
            <div>
              <dt>Verified</dt>
              <dd>
                <VerifiedAt iso={status.verifiedAt} />
              </dd>
            </div>
          )}
        </dl>
      </div>
      <div className="status-actions">
        <SyncControl sync={sync} onSync={onSync} />
        <button type="button" className="theme-button" onClick={onToggleTheme} aria-label="Toggle dark mode">
          Dark/light
        </button>
      </div>
      <Flags status={status} preview={appInfo?.preview ?? false} />
    </header>
  );
}
