// What the app and `lifeline status --json` report about the local copy. JSON keys are stable (README).
import type { Bundle } from './bundle.ts';

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
