// Which addresses may leave the app (main checks again after parsing): https, mailto and tel only.
const EXTERNAL = /^(https:|mailto:|tel:)/i;

export function isExternalHref(href: string): boolean {
  return EXTERNAL.test(href.trim());
}

/** The dialable form of a written number when no E.164 form was compiled: digits and a leading plus. */
export function dialable(written: string): string {
  const digits = written.replace(/[^\d]/g, '');
  return written.trim().startsWith('+') ? `+${digits}` : digits;
}

/** The https address with its host in punycode (`https://xn--pple-43d.com/`), or null when it needs none. */
export function punycodeHost(href: string): string | null {
  if (!/^https:/i.test(href.trim())) return null;
  try {
    const url = new URL(href.trim());
    return url.hostname.split('.').some((label) => label.startsWith('xn--')) ? url.hostname : null;
  } catch {
    return null;
  }
}

/** How a link's address is shown: internationalised hosts in punycode, so a look-alike cannot pass. */
export function asciiHref(href: string): string {
  try {
    return /^https:/i.test(href.trim()) ? new URL(href.trim()).href : href;
  } catch {
    return href;
  }
}
