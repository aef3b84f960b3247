// Loud flags: demo data, stale copy (why and since when), recovered generation, preview, last sync error.
import type { LocalStatus } from '../../../../preload/contract.ts';
import { absoluteTime } from '../../domain/time.ts';
import { Changes } from './Changes.tsx';

interface Props {
  status: LocalStatus | null;
  preview: boolean;
}

export function Flags({ status, preview }: Props) {
  if (!status && !preview) return null;
  return (
    <div className="flags">
      {status?.demo && (
        <p className="flag flag-demo" data-testid="demo-flag">
          <strong>DEMO DATA</strong> These are sample plans, not your organisation&apos;s. Do not call these numbers for a real incident.
        </p>
      )}
      {status?.stale && (
        <p className="flag flag-stale" role="alert" data-testid="stale-flag">
          <strong>STALE</strong> {status.staleReason ?? 'The signed metadata has expired.'}
          {status.staleSince && <> Since {absoluteTime(status.staleSince)}.</>} Still shown: an old number beats none, but check it.
        </p>
      )}
      {status?.recovered && (
        <p className="flag flag-warn" data-testid="recovered-flag">
          <strong>RECOVERED</strong> {status.recovered}
        </p>
      )}
      {status?.lastError && (
        <p className="flag flag-warn" data-testid="last-error">
          <strong>Last sync failed</strong>
          {status.lastAttempt && <> ({absoluteTime(status.lastAttempt.at)})</>}: {status.lastError}
        </p>
      )}
      {status && <Changes changes={status.changes} bundleId={status.bundleId} />}
      {preview && (
        <p className="flag flag-preview" data-testid="preview-flag">
          <strong>PREVIEW</strong> Served by the development preview host, not the desktop app.
        </p>
      )}
    </div>
  );
}
