// Where a repository comes from: an https URL, plain http on loopback (or when marked insecure), or a directory.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LifelineError } from '../../../model/errors.ts';

export type Source = { kind: 'http'; url: string; insecure: boolean } | { kind: 'dir'; path: string };

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const WINDOWS_DRIVE = /^[a-zA-Z]:[\\/]/;

/** Parses a source as typed by a user or a policy file; throws a source LifelineError with a one-line reason. */
export function parseSource(input: string, options: { cwd?: string; insecure?: boolean } = {}): Source {
  const text = input.trim();
  if (text === '') throw new LifelineError('source', 'empty source');
  if (text.includes('\0')) throw new LifelineError('source', 'source contains a NUL byte');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || WINDOWS_DRIVE.test(text)) return { kind: 'dir', path: resolve(options.cwd ?? process.cwd(), text) };
  const credentials = 'URLs with credentials are refused (they would be stored and logged)';
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*@/.test(text)) throw new LifelineError('source', credentials);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new LifelineError('source', `not a valid URL: ${text}`);
  }
  if (url.username || url.password) throw new LifelineError('source', credentials);
  if (scheme === 'file') {
    if (url.hostname !== '' && url.hostname !== 'localhost')
      throw new LifelineError('source', 'file: URLs naming a remote host are refused; mount the share and give its path');
    return { kind: 'dir', path: fileURLToPath(url) };
  }
  if (scheme === 'https') return { kind: 'http', url: stripSlash(url), insecure: false };
  if (scheme === 'http') {
    if (isLoopback(url.hostname) || options.insecure) return { kind: 'http', url: stripSlash(url), insecure: !isLoopback(url.hostname) };
    throw new LifelineError(
      'source',
      `plain http is only allowed for loopback addresses; use https (or mark the source insecure): ${url.host}`,
    );
  }
  throw new LifelineError('source', `unsupported source scheme "${scheme}:" (use https://, a loopback http:// URL or a directory)`);
}

function stripSlash(url: URL): string {
  url.hash = '';
  url.search = '';
  return url.toString().replace(/\/+$/, '');
}

export function describeSource(source: Source): string {
  return source.kind === 'http' ? source.url : source.path;
}
