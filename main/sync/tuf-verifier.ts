// The VerifyRepository port over the shared TUF verification client (tuf-js and the capped fetcher).
import { fetchBounded, type FetchFn } from '../net/bounded-fetch.ts';
import { readConfined } from '../net/confined-read.ts';
import { DEFAULT_LIMITS, type FetchLimits } from '../net/limits.ts';
import { parseSource } from '../tuf/client/source.ts';
import { verifyRepository } from '../tuf/client/verify.ts';
import type { SourceSpec, VerifyRepository } from './verify-port.ts';

/** tuf-js's own cap for timestamp.json. */
const TIMESTAMP_MAX_BYTES = 16 * 1024;

export interface TufVerifierOptions {
  /** Node's fetch in the CLI and tests, Electron's network stack (net.request) in the app. */
  fetch?: FetchFn;
  limits?: Partial<FetchLimits>;
}

export function createTufVerifier(options: TufVerifierOptions = {}): VerifyRepository {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const verify: VerifyRepository = async (request) => {
    const result = await verifyRepository({
      source: request.source.location,
      insecure: request.source.insecure,
      trustedRoot: request.trustedRoot,
      workDir: request.workDir,
      now: request.now,
      ...(request.previous ? { previous: request.previous } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    const m = result.metadata;
    return {
      root: Buffer.from(m.root),
      timestamp: Buffer.from(m.timestamp),
      snapshot: Buffer.from(m.snapshot),
      targets: Buffer.from(m.targets),
      bundle: Buffer.from(result.bundleBytes),
      transfer: result.transfer,
    };
  };
  verify.peekTimestamp = async (spec: SourceSpec) => {
    const source = parseSource(spec.location, { insecure: spec.insecure });
    if (source.kind === 'dir') return readConfined(source.path, 'metadata/timestamp.json', TIMESTAMP_MAX_BYTES);
    const bytes = await fetchBounded(`${source.url}/metadata/timestamp.json`, { fetch: options.fetch ?? fetch, limits, maxBytes: TIMESTAMP_MAX_BYTES });
    return Buffer.from(bytes);
  };
  return verify;
}
