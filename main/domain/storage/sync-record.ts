// The last attempt, its error, and the sticky stale flag: reported by status, not security-critical.
import { z } from 'zod';
import { readChecked, writeChecked } from './checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import type { StateLayout } from './layout.ts';

export const SyncRecordSchema = z.object({
  lastAttempt: z.object({ at: z.string(), source: z.string().nullable(), ok: z.boolean() }).nullable(),
  lastError: z.string().nullable(),
  /** Once the active copy was seen expired it stays stale until a newer timestamp is verified. */
  staleSince: z.string().nullable(),
  staleReason: z.string().nullable(),
  /** Timestamp version active when staleness was recorded. */
  staleAtTimestampVersion: z.number().nullable(),
  /** The last successful verification of the active generation (an unchanged sync re-verifies it). */
  lastVerified: z.object({ generation: z.string(), at: z.string() }).nullable(),
  /** Why an older generation was made active at start (kept until the next install). */
  recovered: z.string().nullable(),
});
export type SyncRecord = z.infer<typeof SyncRecordSchema>;

export const EMPTY_RECORD: SyncRecord = {
  lastAttempt: null,
  lastError: null,
  staleSince: null,
  staleReason: null,
  staleAtTimestampVersion: null,
  lastVerified: null,
  recovered: null,
};

export async function readSyncRecord(fs: FsPort, layout: StateLayout): Promise<SyncRecord> {
  const read = await readChecked(fs, layout.syncRecord, SyncRecordSchema);
  return read.ok ? read.value : { ...EMPTY_RECORD };
}

export async function writeSyncRecord(fs: FsPort, layout: StateLayout, record: SyncRecord): Promise<void> {
  await writeChecked(fs, layout.syncRecord, record);
}
