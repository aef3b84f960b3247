// What a link or image address in plans Markdown may become. Allowlist, never blocklist: https,
// mailto and tel leave the app through main; lifeline:// links become in-app routes; #fragments
// stay in the page; everything else (javascript:, data:, vbscript:, file:, http:, relative paths,
// protocol-relative //host) is dropped, however it is spelled.
import { hashOf, routeOfDeepLink } from './routes.ts';

/** Characters a URL parser drops or that hide a scheme (`java\tscript:`, zero-width, bidi controls). */
const HIDDEN_CODES: [number, number][] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x2028, 0x2029],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
];

function hasHidden(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (HIDDEN_CODES.some(([low, high]) => code >= low && code <= high)) return true;
  }
  return false;
}
const FRAGMENT = /^#[\p{L}\p{N}_-]{1,200}$/u;

/** The href to render, or null when the link must be inert text. */
export function safeHref(raw: string): string | null {
  if (hasHidden(raw)) return null;
  const value = raw.trim();
  if (FRAGMENT.test(value)) return value;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'lifeline') {
    const route = routeOfDeepLink(value);
    return route ? hashOf(route) : null;
  }
  if (scheme === 'mailto' || scheme === 'tel') return value.length <= 2048 ? value : null;
  if (scheme !== 'https') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

/** GitHub-style heading anchors, so a runbook's "[edge errors](#3-edge-or-origin)" finds its section. */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
