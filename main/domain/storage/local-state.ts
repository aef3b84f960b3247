// Reads a state directory as it is: the active generation re-checked against its signed hashes (falling
// back to the newest intact older one), every generation, the trusted floor and the sync record.
import type { Bundle } from '../../model/bundle.ts';
import { ok } from '../../model/result.ts';
import type { FsPort } from '../files/fs-port.ts';
import { checkGeneration, type GenerationCheck } from './generation-check.ts';
import { listManifests, readPointer } from './generations.ts';
import { generationDir, type StateLayout } from './layout.ts';
import type { GenerationManifest } from './manifest.ts';
import { readSyncRecord, type SyncRecord } from './sync-record.ts';
import { ROLES } from '../tuf/shared/roles.ts';
import { emptyTrustedState, mergeTrusted, readTrustedCopies, type TrustedState } from './trusted-state.ts';

export interface ActiveGeneration {
  manifest: GenerationManifest;
  bundle: Bundle;
}

export interface LocalState {
  active: ActiveGeneration | null;
  /** The pointer names a generation other than `active` (set when we fell back). */
  pointerStale: boolean;
  /** Why the pointed-to generation was not used, when we fell back. */
  recovered: string | null;
  manifests: GenerationManifest[];
  trusted: TrustedState;
  trustedDamaged: string[];
  record: SyncRecord;
}

/** What a generation's manifest proves was verified once: a floor that survives losing both copies. */
export function floorFromManifest(m: GenerationManifest): TrustedState {
  const state = emptyTrustedState();
  for (const role of ROLES) state.roles[role] = { version: m.versions[role], signedHash: m.signedHashes[role] };
  return { ...state, highestSignedTime: m.issuedAt, bundleId: m.bundle.id };
}

async function pickActive(fs: FsPort, layout: StateLayout, manifests: GenerationManifest[], justInstalled?: ActiveGeneration) {
  const pointer = await readPointer(fs, layout);
  let recovered: string | null = null;
  if (pointer.ok) {
    const id = pointer.value;
    const check: GenerationCheck =
      justInstalled?.manifest.id === id && manifests.some((m) => m.id === id)
        ? ok(justInstalled)
        : await checkGeneration(
            fs,
            generationDir(layout, id),
            manifests.find((m) => m.id === id),
          );
    if (check.ok) return { active: check.value, pointerStale: false, recovered };
    recovered = `active generation ${id} failed its re-check (${check.error})`;
  } else if (pointer.error !== 'missing' || manifests.length > 0) {
    recovered = `the active-generation pointer is ${pointer.error}`;
  }
  for (const m of manifests) {
    if (pointer.ok && m.id === pointer.value) continue;
    const check = await checkGeneration(fs, generationDir(layout, m.id), m);
    if (check.ok)
      return { active: check.value, pointerStale: true, recovered: `${recovered}; using generation ${m.id} (version ${m.bundle.version})` };
  }
  return { active: null, pointerStale: pointer.ok, recovered: recovered && `${recovered}; no intact generation left` };
}

/**
 * `justInstalled`: the generation this process verified from memory and wrote moments ago, under the
 * sync lock; it is not re-read and re-checked (the start-up check, without it, guards the disk later).
 */
export async function readLocalState(fs: FsPort, layout: StateLayout, justInstalled?: ActiveGeneration): Promise<LocalState> {
  const manifests = await listManifests(fs, layout);
  const { active, pointerStale, recovered } = await pickActive(fs, layout, manifests, justInstalled);
  const copies = await readTrustedCopies(fs, layout);
  // Demo generations have their own keys and versions: they never count toward the real floor.
  const trusted = manifests.filter((m) => !m.demo).reduce((floor, m) => mergeTrusted(floor, floorFromManifest(m)), copies.state);
  return {
    active: active ? { manifest: active.manifest, bundle: active.bundle } : null,
    pointerStale,
    recovered,
    manifests,
    trusted,
    trustedDamaged: copies.damaged,
    record: await readSyncRecord(fs, layout),
  };
}
