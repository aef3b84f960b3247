// The VerifyRepository port over the shared TUF verification client (tuf-js and the capped fetcher).
import type { FetchFn } from '../net/bounded-fetch.ts';
import type { FetchLimits } from '../net/limits.ts';
import { verifyRepository } from '../tuf/client/verify.ts';
import type { VerifyRepository } from './verify-port.ts';

export interface TufVerifierOptions {
  /** Node's fetch in the CLI and tests, Electron's net.fetch in the app. */
  fetch?: FetchFn;
  limits?: Partial<FetchLimits>;
}

export function createTufVerifier(options: TufVerifierOptions = {}): VerifyRepository {
  return async (request) => {
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
}
