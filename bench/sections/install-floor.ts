// The floor verify + install is measured against, on the same repository in the same run: what a bare
// tuf-js refresh and download of the target, one sha256, one JSON.parse and one fsync'd write cost.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Updater } from 'tuf-js';
import { medianMs } from '../report.ts';

export interface FloorParts {
  tufMs: number;
  sha256Ms: number;
  parseMs: number;
  writeMs: number;
  totalMs: number;
}

async function durableWrite(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Each part's median over `runs` after a warm-up; the floor is their sum. */
export async function measureInstallFloor(options: {
  url: string;
  rootBytes: Buffer;
  bundleBytes: Buffer;
  work: string;
  runs: number;
}): Promise<FloorParts> {
  const { url, rootBytes, bundleBytes, work, runs } = options;
  const tufMs = await medianMs(runs, async () => {
    const dir = await mkdtemp(join(work, 'floor-'));
    try {
      await mkdir(join(dir, 'metadata'));
      await mkdir(join(dir, 'targets'));
      await writeFile(join(dir, 'metadata', 'root.json'), rootBytes);
      const updater = new Updater({
        metadataDir: join(dir, 'metadata'),
        metadataBaseUrl: `${url}/metadata`,
        targetDir: join(dir, 'targets'),
        targetBaseUrl: `${url}/targets`,
      });
      const info = await updater.getTargetInfo('bundle.json');
      if (!info) throw new Error('floor: bundle.json is not listed');
      await updater.downloadTarget(info, join(dir, 'targets', 'bundle.json'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  const sha256Ms = await medianMs(runs, () => createHash('sha256').update(bundleBytes).digest('hex'));
  const parseMs = await medianMs(runs, () => JSON.parse(bundleBytes.toString('utf8')));
  const writeMs = await medianMs(runs, (i) => durableWrite(join(work, `floor-write-${i}`), bundleBytes));
  return { tufMs, sha256Ms, parseMs, writeMs, totalMs: tufMs + sha256Ms + parseMs + writeMs };
}
