// What is shown, copied and dialled for a phone number: never the invisible characters a hostile or
// careless plan may carry (a trailing U+202E reverses what follows, U+200B or NUL break a paste).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function visiblePhone(written: string): string {
  return written.replace(INVISIBLE, '').trim();
}

/** tel: URI for the E.164 form, with the extension dialled after connecting (RFC 3966 `;ext=`). */
export function telHref(dial: string, extension?: string): string {
  const digits = extension?.replace(/\D/g, '') ?? '';
  return `tel:${dial}${digits ? `;ext=${digits}` : ''}`;
}
