// Parses lifeline:// links (from alerts, chat, the OS) into a Route; anything odd yields null.
// Treat as untrusted input: bounded, no credentials, ids re-validated by the contract's RouteSchema.
import { RouteSchema, type Route } from '../../../preload/contract.ts';
import { hasHiddenCharacters } from './hidden-chars.ts';

export const DEEP_LINK_SCHEME = 'lifeline';
const MAX_LENGTH = 2048;

function segments(pathname: string): string[] | null {
  const parts = pathname.split('/').filter((p) => p !== '');
  try {
    return parts.map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
}

/** One value per known parameter: a repeated parameter is ambiguous, so refused. */
function single(params: URLSearchParams, name: string): string | undefined | null {
  const all = params.getAll(name);
  if (all.length > 1) return null;
  return all[0];
}

function toCandidate(screen: string, path: string[], params: URLSearchParams): unknown {
  switch (screen) {
    case 'vendors':
      return path.length === 0 ? { screen } : null;
    case 'vendor':
    case 'service':
    case 'runbook':
      return path.length === 1 ? { screen, id: path[0] } : null;
    case 'escalate': {
      const severity = single(params, 'severity');
      if (path.length !== 1 || severity === null) return null;
      return severity === undefined ? { screen, target: path[0] } : { screen, target: path[0], severity };
    }
    case 'search': {
      const query = single(params, 'q');
      if (path.length !== 0 || query === null) return null;
      return query === undefined ? { screen } : { screen, query };
    }
    default:
      return null;
  }
}

export function parseDeepLink(raw: unknown): Route | null {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH || hasHiddenCharacters(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:` || url.username !== '' || url.password !== '' || url.port !== '') {
    return null;
  }
  const path = segments(url.pathname);
  if (path === null) return null;
  const candidate = toCandidate(url.hostname.toLowerCase(), path, url.searchParams);
  const parsed = RouteSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** The first lifeline:// argument of a command line (Windows and Linux pass links as arguments). */
export function findDeepLinkArgument(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null;
}
