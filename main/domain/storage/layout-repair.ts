// A state directory whose entries have the wrong kind (current.json a directory, generations a file,
// staging a file or FIFO) would make every sync fail with a raw EISDIR/EEXIST. Such an entry is moved
// aside under a dated name, never deleted, so nothing that might hold the last good copy is lost.
import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import { kindOf } from '../files/bounded-read.ts';
import type { FsPort } from '../files/fs-port.ts';
import type { StateLayout } from './layout.ts';

type Want = 'file' | 'directory';

function fits(stats: Stats, want: Want): boolean {
  return want === 'file' ? stats.isFile() : stats.isDirectory();
}

/** Moves misplaced entries aside; returns one plain note per repair (empty when all was well). */
export async function repairLayout(fs: FsPort, layout: StateLayout, now: Date): Promise<string[]> {
  const expected: [string, Want][] = [
    [layout.pointer, 'file'],
    [layout.generations, 'directory'],
    [layout.staging, 'directory'],
  ];
  const notes: string[] = [];
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const [path, want] of expected) {
    const stats = await lstat(path).catch(() => null);
    if (!stats || fits(stats, want)) continue;
    const aside = `${path}.broken-${stamp}`;
    await fs.rename(path, aside);
    notes.push(`${basename(path)} was ${kindOf(stats)} instead of a ${want}, moved aside to ${basename(aside)}`);
  }
  return notes;
}
