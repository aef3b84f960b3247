// Generations on disk: listing, the active pointer, and garbage collection of old ones and stale staging.
import { join } from 'node:path';
import { z } from 'zod';
import { readChecked, writeChecked } from './checked-json.ts';
import type { FsPort } from '../files/fs-port.ts';
import { ok, type Result } from '../../model/result.ts';
import { generationDir, type StateLayout } from './layout.ts';
import { MANIFEST_FILE, ManifestSchema, type GenerationManifest } from './manifest.ts';

/** How many generations besides the active one are kept. */
export const KEEP_PREVIOUS = 3;

const PointerSchema = z.object({ generation: z.string().regex(/^[A-Za-z0-9-]+$/) });

/** The active generation's id, or why the pointer cannot be read. */
export type PointerRead = Result<string>;

export async function readPointer(fs: FsPort, layout: StateLayout): Promise<PointerRead> {
  const read = await readChecked(fs, layout.pointer, PointerSchema);
  return read.ok ? ok(read.value.generation) : read;
}

/** The durable swap: after this returns, a crash at any instant leaves the new generation active. */
export async function writePointer(fs: FsPort, layout: StateLayout, id: string): Promise<void> {
  await writeChecked(fs, layout.pointer, { generation: id });
}

/** Manifests of every generation whose manifest is intact, newest first. */
export async function listManifests(fs: FsPort, layout: StateLayout): Promise<GenerationManifest[]> {
  const manifests: GenerationManifest[] = [];
  for (const name of await fs.readdir(layout.generations)) {
    if (!/^[A-Za-z0-9-]+$/.test(name)) continue;
    const read = await readChecked(fs, join(generationDir(layout, name), MANIFEST_FILE), ManifestSchema);
    if (read.ok && read.value.id === name) manifests.push(read.value);
  }
  return manifests.sort((a, b) => b.sequence - a.sequence);
}

export function nextGenerationId(existing: GenerationManifest[], bundleVersion: number, random: string): { id: string; sequence: number } {
  const sequence = existing.reduce((max, m) => Math.max(max, m.sequence), 0) + 1;
  return { id: `${String(sequence).padStart(6, '0')}-v${bundleVersion}-${random}`, sequence };
}

/** Removes generations beyond the active one and the KEEP_PREVIOUS newest others, and all staging leftovers. */
export async function collectGarbage(fs: FsPort, layout: StateLayout, activeId: string): Promise<string[]> {
  const removed: string[] = [];
  const keep = new Set([activeId]);
  const manifests = await listManifests(fs, layout);
  for (const m of manifests.filter((m) => m.id !== activeId).slice(0, KEEP_PREVIOUS)) keep.add(m.id);
  const known = new Set(manifests.map((m) => m.id));
  for (const name of await fs.readdir(layout.generations)) {
    // Only delete what we recognise as an older intact generation or a leftover of an interrupted rename.
    const leftover = name.startsWith('.') || name.endsWith('.tmp');
    if (keep.has(name) || (!known.has(name) && !leftover)) continue;
    await fs.rm(join(layout.generations, name));
    removed.push(name);
  }
  for (const name of await fs.readdir(layout.staging)) await fs.rm(join(layout.staging, name));
  // Temp files of atomic writes interrupted by a crash (pointer, trusted state, sync record).
  for (const name of await fs.readdir(layout.root)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await fs.rm(join(layout.root, name));
  }
  return removed;
}
