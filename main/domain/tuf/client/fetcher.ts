// The tuf-js fetcher: every download of the client goes through here, with our caps, for both
// HTTP sources and directories. It also remembers which file failed and why, for one-line errors.
import { Readable } from 'node:stream';
import { BaseFetcher } from 'tuf-js';
import { DownloadHTTPError } from 'tuf-js/dist/error.js';
import { fetchBounded, type FetchFn } from '../../net/bounded-fetch.ts';
import { readConfined } from '../../net/confined-read.ts';
import { describeBytes, explainDeadline, limitsWithin, type FetchLimits, type SourceBudget, fetchFailure } from '../../net/limits.ts';
import type { Source } from './source.ts';
import { isLifelineError, type LifelineError } from '../../../model/errors.ts';
import { messageOf } from '../../../model/thrown.ts';

/** A hung network mount must not hang the client: give up after the same deadline as HTTP. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(fetchFailure(`no complete read within ${ms / 1000} s (deadline)`, 'deadline')), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Base URL tuf-js joins file names onto for a directory source; mapped back to paths below. */
export const DIR_BASE = 'lifeline-dir://repo';

export class LifelineFetcher extends BaseFetcher {
  /** Repository-relative name of the file last requested, e.g. "metadata/3.targets.json". */
  currentFile: string | null = null;
  /** Why the last request failed, if it did (cleared by the next request). */
  failure: LifelineError<'fetch'> | null = null;
  /** Body of the last successful download (to quote e.g. its expiry in an error). */
  lastBody: Buffer | null = null;
  requests = 0;
  bytes = 0;

  constructor(
    private readonly source: Source,
    private readonly options: {
      fetch: FetchFn;
      limits: FetchLimits;
      prefetched?: Map<string, Uint8Array | LifelineError<'fetch'>>;
      budget?: SourceBudget;
    },
  ) {
    super();
  }

  /** A file fetched moments ago in the same sync: answered once from memory, exactly as the source did. */
  private takePrefetched(rel: string, max: number): Buffer | undefined {
    const held = this.options.prefetched;
    if (!held?.has(rel)) return undefined;
    const bytes = held.get(rel);
    held.delete(rel);
    if (bytes === undefined) return undefined;
    if (isLifelineError(bytes, 'fetch')) throw bytes;
    if (bytes.length > max) throw fetchFailure(`the file is larger than the ${describeBytes(max)} allowed`, 'too-large');
    return Buffer.from(bytes);
  }

  private relPath(url: string): string {
    const base = this.source.kind === 'http' ? this.source.url : DIR_BASE;
    if (!url.startsWith(`${base}/`)) throw fetchFailure(`refusing a URL outside the repository: ${url}`, 'escape');
    return decodeURIComponent(url.slice(base.length + 1));
  }

  private async get(url: string, maxLength: number): Promise<Buffer> {
    this.failure = null;
    this.lastBody = null;
    this.requests++;
    try {
      const rel = this.relPath(url);
      this.currentFile = rel;
      const max = Math.min(maxLength || this.options.limits.maxBytes, this.options.limits.maxBytes);
      const prefetched = this.takePrefetched(rel, max);
      const limits = prefetched ? this.options.limits : limitsWithin(this.options.limits, this.options.budget);
      const bytes =
        prefetched ??
        (this.source.kind === 'http'
          ? Buffer.from(await fetchBounded(url, { fetch: this.options.fetch, limits, maxBytes: max }))
          : await withDeadline(readConfined(this.source.path, rel, max), limits.deadlineMs));
      this.bytes += bytes.length;
      this.lastBody = bytes;
      return bytes;
    } catch (error) {
      const explained = explainDeadline(error, this.options.budget);
      const failure = isLifelineError(explained, 'fetch') ? explained : fetchFailure(messageOf(explained), 'io');
      this.failure = failure;
      // tuf-js ends its root-version walk on a 403/404 DownloadHTTPError, so those must keep that type.
      if (failure.detail.status !== undefined) throw new DownloadHTTPError(failure.message, failure.detail.status);
      throw failure;
    }
  }

  override fetch(url: string): Promise<NodeJS.ReadableStream> {
    return this.get(url, this.options.limits.maxBytes).then((bytes) => Readable.from([bytes]));
  }

  override downloadBytes(url: string, maxLength: number): Promise<Buffer> {
    return this.get(url, maxLength);
  }
}
