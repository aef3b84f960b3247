// The one tokenizer for both the index and the query, so the two can never disagree: NFKC, lower case,
// diacritics folded (café = cafe), split on anything that is not a letter or digit in any script, and
// each word indexed as itself and as its stem (so prefixes and typos work on what was written).
import lunr from 'lunr';

export interface Token {
  /** The folded word as written: `escalations`. */
  surface: string;
  /** Its Porter stem (`escal`); equal to `surface` when stemming changes nothing. */
  stem: string;
  /** Offsets into the original text, for marking matches. */
  start: number;
  end: number;
}

/** Longer runs are not words (hashes, base64) and would only bloat the vocabulary. */
export const MAX_TOKEN_LENGTH = 48;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const LATIN_WORD = /^[a-z]+$/;

export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

const stemmer = lunr.stemmer;

/** Stems only plain Latin words: Porter rules mean nothing for digits or other scripts. */
export function stemOf(surface: string): string {
  if (!LATIN_WORD.test(surface) || surface.length < 3) return surface;
  return stemmer(new lunr.Token(surface, {})).toString();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = fold(match[0]).replace(MARKS, '');
    if (surface === '' || surface.length > MAX_TOKEN_LENGTH) continue;
    const start = match.index;
    tokens.push({ surface, stem: stemOf(surface), start, end: start + match[0].length });
  }
  return tokens;
}

/** The index terms of a text: each surface form and, where different, its stem. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    terms.push(token.surface);
    if (token.stem !== token.surface) terms.push(token.stem);
  }
  return terms;
}

const stopWords = lunr.stopWordFilter as unknown as (token: lunr.Token) => lunr.Token | undefined;

/** Words too common to require in a query (`the`, `of`): still matched, never demanded. */
export function isStopWord(surface: string): boolean {
  return stopWords(new lunr.Token(surface, {})) === undefined;
}
