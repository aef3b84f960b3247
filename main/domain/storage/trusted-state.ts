// The version floor: highest versions and signed time ever verified. Stored twice with checksums;
// reading takes the maximum of every readable copy plus what stored generations prove, so deleting or
// corrupting one file never lowers it.
import { z } from 'zod';
import { readChecked, writeChecked } from './checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import type { StateLayout } from './layout.ts';
import { ROLES } from '../tuf/shared/roles.ts';

const RoleFloorSchema = z.object({ version: z.number().int().nonnegative(), signedHash: z.string().nullable() });
export type RoleFloor = z.infer<typeof RoleFloorSchema>;

export const TrustedStateSchema = z.object({
  roles: z.object({ root: RoleFloorSchema, timestamp: RoleFloorSchema, snapshot: RoleFloorSchema, targets: RoleFloorSchema }),
  /** Highest signed time seen (ISO): the floor for "now" when the system clock is behind. */
  highestSignedTime: z.string().nullable(),
  bundleId: z.string().nullable(),
});
export type TrustedState = z.infer<typeof TrustedStateSchema>;

export function emptyTrustedState(): TrustedState {
  const none = { version: 0, signedHash: null };
  return { roles: { root: none, timestamp: none, snapshot: none, targets: none }, highestSignedTime: null, bundleId: null };
}

function laterTime(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Field-wise maximum: the floor only ever rises. */
export function mergeTrusted(a: TrustedState, b: TrustedState): TrustedState {
  const roles = { ...a.roles };
  for (const role of ROLES) {
    if (b.roles[role].version > a.roles[role].version) roles[role] = b.roles[role];
  }
  const bundleId = b.roles.targets.version > a.roles.targets.version ? b.bundleId : (a.bundleId ?? b.bundleId);
  return { roles, highestSignedTime: laterTime(a.highestSignedTime, b.highestSignedTime), bundleId };
}

export interface TrustedRead {
  state: TrustedState;
  /** Copies that were missing or corrupt (they are rewritten at the next save). */
  damaged: string[];
}

export async function readTrustedCopies(fs: FsPort, layout: StateLayout): Promise<TrustedRead> {
  let state = emptyTrustedState();
  const damaged: string[] = [];
  for (const path of layout.trustedCopies) {
    const read = await readChecked(fs, path, TrustedStateSchema);
    if (read.ok) state = mergeTrusted(state, read.value);
    else damaged.push(`${path}: ${read.error}`);
  }
  return { state, damaged };
}

/** Writes both copies one after the other, so a crash in between still leaves one complete copy. */
export async function saveTrusted(fs: FsPort, layout: StateLayout, state: TrustedState): Promise<void> {
  for (const path of layout.trustedCopies) await writeChecked(fs, path, state);
}
