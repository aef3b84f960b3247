// Builds the LocalStatus every surface reports (app, preview, `lifeline status`).
import type { LocalStatus } from '../../model/status.ts';
import type { LocalState } from '../storage/local-state.ts';
import { staleness } from './freshness.ts';

/** Fixed key order, so `status --json` reads the same every time. */
const KEY_ORDER: (keyof LocalStatus)[] = [
  'bundleId',
  'title',
  'version',
  'verifiedAt',
  'expires',
  'stale',
  'staleSince',
  'staleReason',
  'demo',
  'keyIds',
  'lastAttempt',
  'lastError',
  'generations',
  'changes',
  'recovered',
];

export function buildStatus(local: LocalState, clock: Date): LocalStatus {
  const status = unordered(local, clock);
  return Object.fromEntries(KEY_ORDER.map((key) => [key, status[key]])) as unknown as LocalStatus;
}

function unordered(local: LocalState, clock: Date): LocalStatus {
  const active = local.active;
  const record = local.record;
  const base = {
    lastAttempt: record.lastAttempt,
    lastError: record.lastError,
    recovered: local.recovered ?? record.recovered,
    generations: local.manifests.map((m) => ({
      id: m.id,
      version: m.bundle.version,
      installedAt: m.installedAt,
      active: m.id === active?.manifest.id,
    })),
  };
  if (!active) {
    return {
      ...base,
      bundleId: null,
      title: null,
      version: null,
      verifiedAt: null,
      expires: null,
      stale: false,
      staleSince: null,
      staleReason: null,
      demo: false,
      keyIds: [],
      changes: null,
    };
  }
  const m = active.manifest;
  const stale = staleness(m, record, local.trusted, clock);
  const reverified = record.lastVerified?.generation === m.id ? record.lastVerified.at : null;
  return {
    ...base,
    bundleId: m.bundle.id,
    title: m.bundle.title,
    version: m.bundle.version,
    verifiedAt: reverified && Date.parse(reverified) > Date.parse(m.verifiedAt) ? reverified : m.verifiedAt,
    expires: m.expires,
    stale: stale.stale,
    staleSince: stale.since,
    staleReason: stale.reason,
    demo: m.demo,
    keyIds: m.keyIds,
    changes: m.changes,
  };
}
