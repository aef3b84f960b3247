// What the app and `lifeline status --json` report about the local copy. JSON keys are stable (README).
import type { Bundle } from './bundle.ts';

/** One line of what changed, for the "What changed" panel and `lifeline status`. */
export interface ChangeDetail {
  kind: 'vendor' | 'service' | 'contact' | 'phone';
  /** The same key as in the lists: a vendor or service id, or "owner id / name or label". */
  id: string;
  label: string;
  change: 'added' | 'removed' | 'changed';
  /** The old and new written values (phone numbers as written in the plans). */
  from?: string;
  to?: string;
}

export interface BundleChanges {
  /** Version of the bundle this one replaced, or null for the first install. */
  fromVersion: number | null;
  toVersion: number;
  vendors: { added: string[]; removed: string[]; changed: string[] };
  services: { added: string[]; removed: string[]; changed: string[] };
  /** Contacts by "owner id / contact name". */
  contacts: { added: string[]; removed: string[]; changed: string[] };
  /** Phone numbers by "owner id / label": what was dialled before and after. */
  phones: { added: string[]; removed: string[]; changed: string[] };
  /** Every addition, removal and change, with old and new values where something was replaced. */
  details: ChangeDetail[];
}

export interface GenerationInfo {
  id: string;
  version: number;
  installedAt: string;
  active: boolean;
}

export interface LocalStatus {
  bundleId: string | null;
  title: string | null;
  version: number | null;
  /** When this copy was last verified against its signatures (ISO time). */
  verifiedAt: string | null;
  /** Earliest expiry of the signed metadata backing the active copy (ISO time). */
  expires: string | null;
  stale: boolean;
  staleSince: string | null;
  staleReason: string | null;
  /** True when the active copy is the embedded demo repository. */
  demo: boolean;
  /** Key ids that signed the targets metadata of the active copy. */
  keyIds: string[];
  lastAttempt: { at: string; source: string | null; ok: boolean } | null;
  lastError: string | null;
  generations: GenerationInfo[];
  changes: BundleChanges | null;
  /** Set when the active generation failed its re-check at start and an older one was used. */
  recovered: string | null;
}

export interface SyncOutcome {
  ok: boolean;
  /** installed: a new version is active; unchanged: already up to date; failed: kept what was there. */
  result: 'installed' | 'unchanged' | 'failed';
  message: string;
  status: LocalStatus;
}

/** The main-process core the IPC handlers and the CLI drive; implemented by the sync engine. */
export interface LifelineCore {
  status(): Promise<LocalStatus>;
  /** The active verified bundle, or null when none is installed. */
  bundle(): Promise<Bundle | null>;
  syncNow(): Promise<SyncOutcome>;
  /** Sneakernet import: a local directory holding a TUF repository, verified exactly like a mirror. */
  importFromDirectory(dir: string): Promise<SyncOutcome>;
  /** Called after every install or status change; returns an unsubscribe function. */
  onChange(listener: (status: LocalStatus) => void): () => void;
}
