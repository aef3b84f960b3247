// One typed error for every way verification fails, naming the file and the reason in plain words.
import { LifelineError, type VerifyFailure, isLifelineError } from '../../../model/errors.ts';
import type { LifelineFetcher } from './fetcher.ts';
import { messageOf } from '../../../model/thrown.ts';

/** Verification failed: `file` is repository-relative (e.g. "metadata/3.targets.json") or the source, `reason` plain words. */
export function verifyError(file: string, reason: string, code: VerifyFailure): LifelineError<'verify'> {
  return new LifelineError('verify', `${file}: ${reason}`, { file, reason, code });
}

/** Short display name: "3.targets.json", "timestamp.json", "targets/<hash>.bundle.json". */
export function displayName(rel: string): string {
  return rel.startsWith('metadata/') ? rel.slice('metadata/'.length) : rel;
}

const RULES: { pattern: RegExp; code: VerifyFailure; reason: (m: RegExpExecArray) => string; file?: (m: RegExpExecArray) => string }[] = [
  {
    pattern: /(\w+) was signed by (\d+)\/(\d+) keys/,
    code: 'signature',
    reason: (m) => `signature threshold not met (${m[2]} of ${m[3]} valid)`,
  },
  { pattern: /Final root\.json is expired/, code: 'expired', reason: () => 'the trusted root has expired', file: () => 'root.json' },
  {
    pattern: /timestamp\.json is expired/,
    code: 'expired',
    reason: () => 'expired{when} (the repository is stale or frozen)',
    file: () => 'timestamp.json',
  },
  { pattern: /(snapshot|targets)\.json is expired/, code: 'expired', reason: () => 'expired{when}' },
  {
    pattern: /(?:New )?(?:timestamp |snapshot )?version (\d+)(?: of \S+)? is less than current version (\d+)/i,
    code: 'rollback',
    reason: (m) => `rollback: version ${m[1]} is older than the trusted version ${m[2]}`,
  },
  {
    pattern: /Expected version (\d+), got (\d+)/,
    code: 'rollback',
    reason: (m) => `root version ${m[2]} where ${m[1]} was expected (versions must be consecutive)`,
  },
  {
    pattern: /does not match snapshot version|doesn't match timestamp/,
    code: 'mismatch',
    reason: () => 'version does not match the one signed by its parent (mix-and-match)',
  },
  {
    pattern: /Expected (length|hash) (\S+) but got (\S+)/,
    code: 'mismatch',
    reason: (m) => `${m[1]} does not match the signed ${m[1]} (tampered, truncated or extended)`,
  },
  { pattern: /Missing (\S+) in (new )?snapshot/, code: 'malformed', reason: (m) => `does not list ${m[1]}` },
  { pattern: /Expected '(\w+)', got (\w+)/, code: 'malformed', reason: (m) => `is ${m[2]} metadata where ${m[1]} was expected` },
  {
    pattern: /JSON|Unexpected (token|end|non-whitespace)|Bad control character|Unterminated string/,
    code: 'malformed',
    reason: () => 'not valid JSON',
  },
];

/** Maps whatever tuf-js (or our fetcher) threw to a verify LifelineError naming the file. */
export function toVerifyError(error: unknown, fetcher: LifelineFetcher): LifelineError<'verify'> {
  if (isLifelineError(error, 'verify')) return error;
  const current = fetcher.currentFile ? displayName(fetcher.currentFile) : 'repository';
  if (fetcher.failure) return verifyError(current, fetcher.failure.message, fetcher.failure.detail.code);
  const message = messageOf(error);
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (!match) continue;
    const file = rule.file ? rule.file(match) : current;
    const when = rule.code === 'expired' && file === current ? expiresOf(fetcher.lastBody) : null;
    return verifyError(file, rule.reason(match).replace('{when}', when ? ` on ${when}` : ''), rule.code);
  }
  const inner = message.replace(/^Unable to load (snapshot metadata|targets) error (\w*Error: )?/, '');
  return verifyError(current, `invalid metadata: ${inner}`, 'malformed');
}

function expiresOf(body: Buffer | null): string | null {
  try {
    const expires = (JSON.parse(body?.toString('utf8') ?? '') as { signed?: { expires?: unknown } }).signed?.expires;
    return typeof expires === 'string' ? expires.slice(0, 40) : null;
  } catch {
    return null;
  }
}
