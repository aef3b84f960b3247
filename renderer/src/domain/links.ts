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
