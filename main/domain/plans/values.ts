// Value checks for the plan source format: ids, durations, dates, times, time zones, URLs, emails,
// phone numbers. Each returns either the normalised value or a plain-words reason with the fix.
import { domainToUnicode } from 'node:url';
import { parsePhoneNumberWithError, ParseError } from 'libphonenumber-js';
import { WEEKDAYS } from '../../model/bundle.ts';
import { escapeControls } from '../security/terminal-text.ts';
import { fail as bad, ok, type Result } from '../../model/result.ts';

export const ID_PATTERN = /^[a-z0-9-]+$/;

export function quote(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max)}...` : value;
  return `'${escapeControls(shown)}'`;
}

/** A lowercase, hyphenated version of text, to suggest as an id. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function checkId(value: string): Result<string> {
  if (ID_PATTERN.test(value)) return ok(value);
  const slug = slugify(value);
  const hint = slug !== '' && slug !== value ? ` (e.g. '${slug}')` : '';
  return bad(`${quote(value)} is not a valid id: use only lowercase letters, digits and '-'${hint}`);
}

// ---------------------------------------------------------------- durations

const DURATION = /^([1-9][0-9]{0,5})(m|h|d)$/;
const UNIT_MINUTES = { m: 1, h: 60, d: 1440 } as const;
const MAX_DURATION_MINUTES = 366 * 1440;

/** `15m`, `4h`, `2d` → minutes. */
export function checkDuration(value: string): Result<number> {
  const m = DURATION.exec(value);
  if (m) {
    const minutes = Number(m[1]) * UNIT_MINUTES[m[2] as keyof typeof UNIT_MINUTES];
    if (minutes > MAX_DURATION_MINUTES) return bad(`${quote(value)} is longer than a year: check the number`);
    return ok(minutes);
  }
  const loose = /^\s*(\d+)\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s*$/i.exec(value);
  if (loose && Number(loose[1]) > 0) {
    const unit = loose[2]!.toLowerCase().startsWith('m') ? 'm' : loose[2]!.toLowerCase().startsWith('h') ? 'h' : 'd';
    // Never suggest what is refused: `1234567m` is not a spelling problem but far too long.
    if (Number(loose[1]) * UNIT_MINUTES[unit] > MAX_DURATION_MINUTES) return bad(`${quote(value)} is longer than a year: check the number`);
    return bad(`${quote(value)} is not a duration Lifeline reads: write '${Number(loose[1])}${unit}'`);
  }
  if (/^0+\s*[a-z]*$/i.test(value)) return bad(`${quote(value)}: a duration must be more than zero`);
  return bad(`${quote(value)} is not a duration: write a whole number and a unit, m (minutes), h (hours) or d (days), e.g. 15m, 4h, 2d`);
}

// ---------------------------------------------------------------- dates and times

export function checkDate(value: string): Result<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return bad(`${quote(value)} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d || y < 1900) {
    return bad(`${quote(value)} is not a real calendar date: check the month and day`);
  }
  return ok(value);
}

/** Whole days from `from` to `to` (both valid YYYY-MM-DD); negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** `HH:MM`, 00:00..23:59; `24:00` also allowed when `allowEndOfDay` (a closing time). */
export function checkTime(value: string, allowEndOfDay: boolean): Result<number> {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h === 24 && min === 0 && allowEndOfDay) return ok(1440);
    if (h < 24 && min < 60) return ok(h * 60 + min);
  }
  const loose = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(value.trim());
  if (loose) {
    let h = Number(loose[1]);
    const min = loose[2] === undefined ? 0 : Number(loose[2]);
    if (loose[3]?.toLowerCase() === 'pm' && h < 12) h += 12;
    if (loose[3]?.toLowerCase() === 'am' && h === 12) h = 0;
    if (h < 24 && min < 60) {
      return bad(
        `${quote(value)} is not a time Lifeline reads: write it as 24-hour HH:MM in quotes, e.g. "${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}"`,
      );
    }
  }
  return bad(`${quote(value)} is not a time: write it as 24-hour HH:MM in quotes, e.g. "08:00" or "17:30"`);
}

export function checkTimezone(value: string): Result<string> {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return bad(`${quote(value)} is not a time zone: use an IANA name such as Europe/London, America/Sao_Paulo or UTC`);
  }
  if (resolved.toLowerCase() === value.toLowerCase() && resolved !== value) {
    return bad(`time zone ${quote(value)} is spelled differently: write '${resolved}'`);
  }
  return ok(value);
}

/** `mon-fri` style ranges or a list of day names, returned in week order. */
export function checkDayRange(value: string): Result<string[]> {
  const m = /^([a-z]{3})-([a-z]{3})$/.exec(value.trim().toLowerCase());
  const days = WEEKDAYS as readonly string[];
  if (m && days.includes(m[1]!) && days.includes(m[2]!)) {
    const a = days.indexOf(m[1]!);
    const b = days.indexOf(m[2]!);
    if (a > b)
      return bad(
        `${quote(value)} runs backwards: ranges go from Monday towards Sunday, e.g. mon-fri; for other patterns list the days, e.g. [fri, sat, sun]`,
      );
    if (value !== value.trim().toLowerCase()) return bad(`write days in lowercase: '${m[1]}-${m[2]}'`);
    return ok(days.slice(a, b + 1));
  }
  return bad(`${quote(value)} is not a day range: write e.g. mon-fri, or a list such as [mon, tue, wed]`);
}

export function checkDay(value: string): Result<string> {
  const days = WEEKDAYS as readonly string[];
  if (days.includes(value)) return ok(value);
  const lower = value.trim().toLowerCase().slice(0, 3);
  if (days.includes(lower)) return bad(`${quote(value)} is not a day name Lifeline reads: write '${lower}'`);
  return bad(`${quote(value)} is not a day: use mon, tue, wed, thu, fri, sat or sun`);
}

// ---------------------------------------------------------------- URLs, emails, phones

export function checkHttpsUrl(value: string): Result<string> {
  const trimmed = value.trim();
  if (trimmed !== value) return bad(`${quote(value)} has spaces around it: remove them`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    if (/^[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i.test(value)) return bad(`${quote(value)} is not a full URL: write 'https://${value}'`);
    return bad(`${quote(value)} is not a URL: write a full address starting with https://`);
  }
  if (url.protocol === 'http:')
    return bad(`${quote(value)} uses http: write 'https://${value.slice('http://'.length)}' (only https links are allowed)`);
  if (url.protocol !== 'https:') return bad(`${quote(value)} is not an https URL: only https:// addresses are allowed here`);
  if (url.username !== '' || url.password !== '')
    return bad(`${quote(value)} contains a user name or password: remove the credentials from the URL`);
  if (url.hostname === '') return bad(`${quote(value)} has no host name`);
  return ok(value);
}

/**
 * A warning for a host written with non-ASCII letters (`https://аpple.com/` with a Cyrillic а): it may
 * be a look-alike of a familiar site. Lifeline shows such hosts in their punycode form (xn--...).
 */
export function lookAlikeHostWarning(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const written = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(value.trim())?.[1] ?? '';
  if (!/[^\x20-\x7e]/.test(written) && !url.hostname.split('.').some((label) => label.startsWith('xn--'))) return undefined;
  const unicode = domainToUnicode(url.hostname);
  return `the host ${quote(unicode)} is an internationalised name (${url.hostname} in plain ASCII): check it is the real site and not a look-alike of another; Lifeline shows it as ${url.hostname}`;
}

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function checkEmail(value: string): Result<string> {
  if (value.toLowerCase().startsWith('mailto:')) return bad(`${quote(value)}: write the bare address, without 'mailto:'`);
  if (value.length <= 254 && EMAIL.test(value)) return ok(value);
  return bad(`${quote(value)} is not an email address: write it like support@example.com`);
}

export interface PhoneNumber {
  display: string;
  e164: string;
  /** Digits dialled after the call connects (`ext. 99`, `x99`, `,,123#`), for tel:...;ext= (RFC 3966). */
  extension?: string;
}

/** Invisible characters a number must not carry: they would be shown, copied and dialled along with it. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const unicodeName = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function checkPhone(value: string): Result<PhoneNumber> {
  const display = value.trim();
  if (display === '') return bad('the phone number is empty');
  const hidden = INVISIBLE.exec(value);
  if (hidden) {
    // Shown where it sits, as <U+200B>: quoted raw it would be as invisible in the message as in the file.
    const shown = value.replace(new RegExp(INVISIBLE.source, 'gu'), (c) => `<${unicodeName(c)}>`);
    return bad(
      `${quote(shown)} contains the invisible character ${unicodeName(hidden[0])} (a direction override, zero-width space or control character): retype the number without it`,
    );
  }
  if (!display.startsWith('+') && !display.startsWith('00')) {
    return bad(
      `${quote(value)} has no country code: write it in international form starting with + and the country code, e.g. '+1 206 555 0100' or '+44 20 7946 0000'`,
    );
  }
  try {
    const parsed = parsePhoneNumberWithError(display.startsWith('00') ? `+${display.slice(2)}` : display);
    if (!parsed.isValid()) {
      return bad(`${quote(value)} is not a valid phone number for +${parsed.countryCallingCode}: check the digits (too many or too few?)`);
    }
    const extension = parsed.ext && /^\d{1,20}$/.test(parsed.ext) ? parsed.ext : undefined;
    return ok({ display, e164: parsed.number, ...(extension ? { extension } : {}) });
  } catch (error) {
    const code = error instanceof ParseError ? error.message : '';
    const why: Record<string, string> = {
      INVALID_COUNTRY: 'the country code is not one that exists',
      NOT_A_NUMBER: 'it does not look like a phone number',
      TOO_SHORT: 'it has too few digits',
      TOO_LONG: 'it has too many digits',
      INVALID_LENGTH: 'it has the wrong number of digits',
    };
    return bad(
      `${quote(value)} is not a phone number Lifeline can dial: ${why[code] ?? 'it could not be read'}; write it in international form, e.g. '+1 206 555 0100'`,
    );
  }
}

// ---------------------------------------------------------------- suggestions

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      // Transposition counts as one edit: 'phnoe' is one slip away from 'phone'.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) prev[j] = Math.min(prev[j]!, diag);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, if close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    // 'sev5' is not a typo of 'sev1': numbers that differ are different things.
    if (v.replace(/[0-9]/g, '') === cl.replace(/[0-9]/g, '') && v !== cl && /[0-9]/.test(v)) continue;
    let score = cl === v ? 0 : distance(v, cl);
    if (score > 0 && cl.replace(/[-_ ]/g, '') === v.replace(/[-_ ]/g, '')) score = 0.5;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(v.length / 4));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

/** ` (did you mean 'x'?)` or ''. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const c = closest(value, candidates);
  return c === undefined || c === value ? '' : ` (did you mean '${c}'?)`;
}

/** `'a', 'b' and 'c'`. */
export function listWords(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((v) => `'${v}'`);
  if (values.length > max) return `${shown.join(', ')} and ${values.length - max} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
