// The VerifyRepository port over the shared TUF verification client (tuf-js and the capped fetcher).
import { fetchBounded, type FetchFn } from '../net/bounded-fetch.ts';
import { readConfined } from '../net/confined-read.ts';
import { DEFAULT_LIMITS, explainDeadline, limitsWithin, type FetchLimits } from '../net/limits.ts';
import { parseSource } from '../tuf/client/source.ts';
import type { SourceSpec, VerifyRepository } from './verify-port.ts';
import { isLifelineError } from '../../model/errors.ts';
import { ROOT_MAX_BYTES, TIMESTAMP_MAX_BYTES } from '../tuf/shared/roles.ts';

export interface TufVerifierOptions {
  /** Node's fetch in the CLI and tests, Electron's network stack (net.request) in the app. */
  fetch?: FetchFn;
  limits?: Partial<FetchLimits>;
}

export function createTufVerifier(options: TufVerifierOptions = {}): VerifyRepository {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const verify: VerifyRepository = async (request) => {
    // Loaded on the first sync, not at start: tuf-js and its fetch stack cost a start that only reads the disk.
    const { verifyRepository } = await import('../tuf/client/verify.ts');
    const result = await verifyRepository({
      source: request.source.location,
      insecure: request.source.insecure,
      trustedRoot: request.trustedRoot,
      workDir: request.workDir,
      now: request.now,
      ...(request.previous ? { previous: request.previous } : {}),
      ...(request.prefetched ? { prefetched: request.prefetched } : {}),
      ...(request.budget ? { budget: request.budget } : {}),
      ...(request.onRootReached ? { onRootReached: request.onRootReached } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    const m = result.metadata;
    return {
      root: Buffer.from(m.root),
      timestamp: Buffer.from(m.timestamp),
      snapshot: Buffer.from(m.snapshot),
      targets: Buffer.from(m.targets),
      bundle: Buffer.from(result.bundleBytes.buffer, result.bundleBytes.byteOffset, result.bundleBytes.byteLength),
      bundleRead: { sha256: result.bundleSha256, value: result.bundle },
      transfer: result.transfer,
    };
  };
  verify.peek = async (spec: SourceSpec, file: string, budget) => {
    const source = parseSource(spec.location, { insecure: spec.insecure });
    const maxBytes = file === 'timestamp.json' ? TIMESTAMP_MAX_BYTES : ROOT_MAX_BYTES;
    try {
      if (source.kind === 'dir') return await readConfined(source.path, `metadata/${file}`, maxBytes);
      return Buffer.from(
        await fetchBounded(`${source.url}/metadata/${file}`, {
          fetch: options.fetch ?? fetch,
          limits: limitsWithin(limits, budget),
          maxBytes,
        }),
      );
    } catch (thrown) {
      const error = explainDeadline(thrown, budget);
      // The same answers that end tuf-js's root-version walk mean "not there".
      if (isLifelineError(error, 'fetch') && (error.detail.status === 404 || error.detail.status === 403)) return error;
      throw error;
    }
  };
  return verify;
}
