// The bundle target, in memory: the held copy when it matches the freshly verified targets entry,
// otherwise one download. tuf-js's own TargetFile.verify checks length and every listed hash, once.
import { Readable } from 'node:stream';
import type { TargetFile } from '@tufjs/models';
import type { LifelineFetcher } from './fetcher.ts';

async function matches(info: TargetFile, bytes: Uint8Array): Promise<boolean> {
  try {
    await info.verify(Readable.from([bytes]));
    return true;
  } catch {
    return false;
  }
}

/** The target's URL as tuf-js builds it: `<hash>.<name>` under consistent snapshots. */
export function targetUrl(baseUrl: string, info: TargetFile, consistentSnapshot: boolean): string {
  const first = Object.values(info.hashes)[0];
  const slash = info.path.lastIndexOf('/');
  const dir = slash >= 0 ? info.path.slice(0, slash + 1) : '';
  const name = info.path.slice(slash + 1);
  return `${baseUrl}/${consistentSnapshot && first ? `${dir}${first}.${name}` : info.path}`;
}

/** Throws what TargetFile.verify throws (length or hash mismatch) for a downloaded copy. */
export async function loadTarget(info: TargetFile, held: Uint8Array | undefined, fetcher: LifelineFetcher, url: string): Promise<Buffer> {
  if (held && held.length === info.length && (await matches(info, held))) return Buffer.from(held);
  const bytes = await fetcher.downloadBytes(url, info.length);
  await info.verify(Readable.from([bytes]));
  return bytes;
}
