// Which links may leave the app through shell.openExternal: https, mailto and tel only, parsed in main.
// Electron security checklist #15, "Do not use shell.openExternal with untrusted content":
// https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
import { fail, ok, type Result } from '../../model/result.ts';
import { hasHiddenCharacters } from './hidden-chars.ts';

/** The URL to open (normalised by the URL parser), or why it is refused. */
export type ExternalUrlCheck = Result<string>;

const MAX_LENGTH = 2048;
const MAIL_ADDRESS = /^[^@\s,;:<>()[\]\\"]+@[a-z0-9.-]+\.[a-z]{2,}$/i;
// `https://@host` parses with empty credentials; an @ in the raw authority is refused either way.
const RAW_USERINFO = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*@/i;
const PHONE = /^\+?[0-9][0-9().\- ]{1,39}((;ext=|,|p|w)[0-9#*,]{1,20})*$/i;

const refuse = (reason: string): ExternalUrlCheck => fail(reason);

export function checkExternalUrl(raw: string): ExternalUrlCheck {
  if (raw.length === 0 || raw.length > MAX_LENGTH) return refuse('Link is empty or too long');
  if (hasHiddenCharacters(raw) || raw.trim() !== raw) return refuse('Link contains hidden characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('Link is not a valid absolute URL');
  }
  if (url.username !== '' || url.password !== '' || RAW_USERINFO.test(raw)) {
    return refuse('Links with credentials are not opened');
  }
  switch (url.protocol) {
    case 'https:':
      if (url.hostname === '') return refuse('https link without a host');
      return ok(url.href);
    case 'mailto:':
      return checkMailto(url);
    case 'tel:':
      return checkTel(url);
    default:
      return refuse(`Only https, mailto and tel links open outside Lifeline (not ${url.protocol})`);
  }
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function checkMailto(url: URL): ExternalUrlCheck {
  const to = decoded(url.pathname);
  const addresses = to?.split(',').map((a) => a.trim()) ?? [];
  if (addresses.length === 0 || !addresses.every((a) => MAIL_ADDRESS.test(a))) {
    return refuse('mailto link without a valid address');
  }
  return ok(url.href);
}

function checkTel(url: URL): ExternalUrlCheck {
  const number = decoded(url.pathname);
  if (number === null || !PHONE.test(number) || url.search !== '' || url.hash !== '') {
    return refuse('tel link without a valid phone number');
  }
  return ok(url.href);
}
