// One sync under the cross-process lock: sources in order until one succeeds, then the record and GC.
import type { SyncOutcome } from '../../model/status.ts';
import { collectGarbage, writePointer } from '../storage/generations.ts';
import { ensureLayout } from '../storage/install.ts';
import { repairLayout } from '../storage/layout-repair.ts';
import { readLocalState, type LocalState } from '../storage/local-state.ts';
import { acquireLock, type LockOptions } from '../storage/lock.ts';
import { EMPTY_RECORD, writeSyncRecord, type SyncRecord } from '../storage/sync-record.ts';
import { emptyTrustedState } from '../storage/trusted-state.ts';
import { staleness } from './freshness.ts';
import { buildStatus } from './status-view.ts';
import { attemptSource, type AttemptContext, type AttemptResult } from './sync-source.ts';
import type { SourceSpec } from './verify-port.ts';
import { errnoCode, messageOf } from '../../model/thrown.ts';

export interface SyncRequest {
  sources: SourceSpec[];
  /** The root to start from: the pinned root, or the demo root for the embedded demo. */
  root: Buffer;
  demo?: boolean;
  /** False for the embedded demo install at start: it is not a sync attempt the user should see. */
  recordAttempt?: boolean;
}

export interface EngineContext extends AttemptContext {
  lock?: LockOptions;
}

function describe(error: unknown): string {
  const code = errnoCode(error);
  if (code === 'ENOSPC') return `the disk is full (${messageOf(error)}); nothing was installed`;
  const message = messageOf(error);
  return message.split('\n')[0] ?? 'unknown error';
}

function successMessage(result: AttemptResult): string {
  const b = result.manifest.bundle;
  if (result.kind === 'installed') {
    const from = result.previousVersion === null ? '' : ` (replacing version ${result.previousVersion})`;
    return `installed ${b.id} version ${b.version}${from}`;
  }
  if (result.kind === 'refreshed') return `up to date: ${b.id} version ${b.version} (fresher signed metadata stored)`;
  return `up to date: ${b.id} version ${b.version}`;
}

function nextRecord(before: SyncRecord, after: LocalState, at: Date, source: string | null, error: string | null): SyncRecord {
  const record: SyncRecord = { ...before, lastAttempt: { at: at.toISOString(), source, ok: error === null }, lastError: error };
  const active = after.active;
  if (error === null && active) record.lastVerified = { generation: active.manifest.id, at: at.toISOString() };
  if (!active) return record;
  // Make staleness sticky: once seen expired, setting the clock back does not make it fresh again.
  const stale = staleness(active.manifest, { ...record, staleSince: null }, after.trusted, at);
  const sameTimestamp = record.staleAtTimestampVersion === active.manifest.versions.timestamp;
  if (stale.stale && !(sameTimestamp && record.staleSince !== null)) {
    Object.assign(record, {
      staleSince: stale.since,
      staleReason: stale.reason,
      staleAtTimestampVersion: active.manifest.versions.timestamp,
    });
  } else if (!stale.stale && !sameTimestamp) {
    Object.assign(record, { staleSince: null, staleReason: null, staleAtTimestampVersion: null });
  }
  return record;
}

/** Points the pointer at the generation actually in use after a fall-back; returns the note to keep. */
async function repairPointer(ctx: EngineContext, local: LocalState): Promise<string | null> {
  if (!local.pointerStale || !local.active) return null;
  await writePointer(ctx.fs, ctx.layout, local.active.manifest.id);
  return local.recovered;
}

/**
 * Start-up check under the lock: fall back from a corrupt active generation and remember why. Returns
 * the state it read, or null when it repaired something (the caller reads the state anew).
 */
export async function recoverAtStart(ctx: EngineContext): Promise<LocalState | null> {
  await ctx.fs.mkdir(ctx.layout.root);
  const release = await acquireLock(ctx.layout.lock, ctx.lock);
  try {
    const local = await readLocalState(ctx.fs, ctx.layout);
    const note = await repairPointer(ctx, local);
    if (note) await writeSyncRecord(ctx.fs, ctx.layout, { ...local.record, recovered: `${ctx.clock().toISOString()}: ${note}` });
    return local.pointerStale || note ? null : local;
  } finally {
    await release();
  }
}

/** Never throws: a busy lock or an unwritable state directory is a failed outcome like any other. */
export async function runSync(ctx: EngineContext, request: SyncRequest): Promise<SyncOutcome> {
  let release: () => Promise<void>;
  try {
    await ctx.fs.mkdir(ctx.layout.root);
    release = await acquireLock(ctx.layout.lock, ctx.lock);
  } catch (error) {
    return failedBeforeStart(ctx, request, `cannot start a sync: ${describe(error)}`);
  }
  try {
    return await syncLocked(ctx, request);
  } catch (error) {
    return await failedBeforeStart(ctx, request, `sync failed: ${describe(error)}`);
  } finally {
    await release();
  }
}

/** A sync that could not run (busy lock, unwritable state) is still an attempt: status shows it failed. */
async function failedBeforeStart(ctx: EngineContext, request: SyncRequest, message: string): Promise<SyncOutcome> {
  const read = await readLocalState(ctx.fs, ctx.layout).catch(() => null);
  const local = read ?? emptyLocal();
  if (read && request.recordAttempt !== false) {
    const at = ctx.clock().toISOString();
    local.record = { ...local.record, lastAttempt: { at, source: request.sources[0]?.location ?? null, ok: false }, lastError: message };
    // Without the lock this can race the holder's own record; the later write wins, which is the truth.
    await writeSyncRecord(ctx.fs, ctx.layout, local.record).catch(() => {});
  }
  const status = buildStatus(local, ctx.clock());
  const kept = status.version === null ? 'no verified bundle is installed' : `kept ${status.bundleId} version ${status.version}`;
  return { ok: false, result: 'failed', message: `${message}; ${kept}`, status };
}

function emptyLocal(): LocalState {
  return {
    active: null,
    pointerStale: false,
    recovered: null,
    manifests: [],
    trusted: emptyTrustedState(),
    trustedDamaged: [],
    record: { ...EMPTY_RECORD },
  };
}

async function syncLocked(ctx: EngineContext, request: SyncRequest): Promise<SyncOutcome> {
  const { fs, layout } = ctx;
  const repaired = await repairLayout(fs, layout, ctx.clock());
  await ensureLayout(fs, layout);
  const before = await readLocalState(fs, layout);
  const pointerNote = await repairPointer(ctx, before);
  const recoveredNow = [...repaired, ...(pointerNote ? [pointerNote] : [])].join('; ') || null;
  const errors: string[] = [];
  let success: { result: AttemptResult; source: string } | null = null;
  for (const source of request.sources) {
    try {
      success = { result: await attemptSource(ctx, before, source, request.root, request.demo ?? false), source: source.location };
      break;
    } catch (error) {
      errors.push(`${source.location}: ${describe(error)}`);
    }
  }
  if (request.sources.length === 0) errors.push('no sources configured');
  // Nothing was written by an unchanged sync: skip re-reading (and re-hashing) the whole state.
  const wrote = success === null || success.result.kind !== 'unchanged' || recoveredNow !== null;
  const activeId = success?.result.manifest.id ?? before.active?.manifest.id;
  if (activeId && wrote) await collectGarbage(fs, layout, activeId).catch(() => {});
  const written =
    success && success.result.kind !== 'unchanged' ? { manifest: success.result.manifest, bundle: success.result.bundle } : undefined;
  const after = wrote ? await readLocalState(fs, layout, written) : before;
  const error = success ? null : errors.join('; ');
  const attempted = nextRecord(before.record, after, ctx.clock(), success?.source ?? request.sources.at(-1)?.location ?? null, error);
  const record = request.recordAttempt === false ? { ...before.record } : attempted;
  if (recoveredNow) record.recovered = recoveredNow;
  if (success?.result.kind === 'installed') record.recovered = null;
  await writeSyncRecord(fs, layout, record).catch(() => {});
  const status = buildStatus({ ...after, record }, ctx.clock());
  const repairNote = repaired.length > 0 ? `; repaired the state directory: ${repaired.join('; ')}` : '';
  if (success)
    return {
      ok: true,
      result: success.result.kind === 'installed' ? 'installed' : 'unchanged',
      message: successMessage(success.result) + repairNote,
      status,
    };
  const kept = after.active
    ? `kept ${after.active.manifest.bundle.id} version ${after.active.manifest.bundle.version}${after.active.manifest.demo ? ' (demo)' : ''}`
    : 'no verified bundle is installed';
  return { ok: false, result: 'failed', message: `sync failed (${error}); ${kept}${repairNote}`, status };
}
