// Phone numbers as searchable digits: every suffix of the E.164 digits (so any fragment of three or
// more digits, in any grouping, is a prefix of one of them) plus the national form with its trunk 0.
import { parsePhoneNumberWithError } from 'libphonenumber-js';

export const MIN_PHONE_DIGITS = 3;

/** The digit strings a number is indexed under, each a prefix-searchable phone term. */
export function phoneTerms(e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  const terms = new Set<string>();
  for (let i = 0; i + MIN_PHONE_DIGITS <= digits.length; i++) terms.add(digits.slice(i));
  try {
    terms.add(`0${parsePhoneNumberWithError(e164).nationalNumber}`);
  } catch {
    // Not parseable as a number: the digit suffixes above still find it.
  }
  return [...terms];
}

export interface DigitRun {
  /** The digits typed, joined: `(206) 555-0142` -> `2065550142`. */
  digits: string;
  start: number;
  end: number;
}

// Digits, optionally led by + or (, grouped by spaces, dots, dashes, slashes or parentheses.
const RUN = /\+?\(?\d(?:[\d().\-/\s]*\d)?\)?/g;

const LETTER = /[\p{L}\p{M}]/u;

/** Digit runs of a query that could be (part of) a phone number. */
export function digitRuns(query: string): DigitRun[] {
  const runs: DigitRun[] = [];
  for (const match of query.matchAll(RUN)) {
    const digits = match[0].replace(/\D/g, '');
    const end = match.index + match[0].length;
    // `abc123` and `123abc` are words, not phone fragments.
    const glued = LETTER.test(query[match.index - 1] ?? '') || LETTER.test(query[end] ?? '');
    if (digits.length >= MIN_PHONE_DIGITS && !glued) runs.push({ digits, start: match.index, end });
  }
  return runs;
}
