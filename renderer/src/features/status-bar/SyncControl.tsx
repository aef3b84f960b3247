// Sync now never hides data: the button says what it is doing and the outcome is announced politely.
import type { SyncState } from '../../data/LifelineStatus.tsx';

export function SyncControl({ sync, onSync }: { sync: SyncState; onSync: () => void }) {
  return (
    <div className="sync">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus mid-sync */}
      <button
        type="button"
        className="sync-button"
        onClick={() => {
          if (!sync.running) onSync();
        }}
        aria-disabled={sync.running}
        aria-busy={sync.running}
      >
        Sync now
      </button>
      <span className="sync-message" role="status" aria-live="polite" data-testid="sync-message" data-failed={sync.failed}>
        {sync.running ? `Syncing${sync.source ? ` from ${sync.source}` : ''}…` : (sync.message ?? '')}
      </span>
    </div>
  );
}
