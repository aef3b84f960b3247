// Bounds checked before any Markdown is parsed: the parser's cost grows with nesting depth, bracket
// pairs and link-like characters, so absurd input is refused with its position instead of hanging lint.
import type { Position } from './yaml.ts';

/** Block quotes and lists nested deeper than this are refused before parsing (the parser slows to a crawl). */
export const MAX_MARKDOWN_NESTING = 32;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/** The first line whose block quote or list nesting is absurdly deep, if any. */
export function tooDeepLine(markdown: string): number | undefined {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (markers > MAX_MARKDOWN_NESTING || indent > MAX_MARKDOWN_NESTING * 8) return i + 1;
  }
  return undefined;
}

/**
 * The Markdown parser costs tens of microseconds per link-like character (brackets, `<`, backticks,
 * `&`, `!`) and about a microsecond per plain byte: bounding both keeps a lint of any runbook well
 * under a second. 128 KiB is some fifty printed pages; 6,000 such characters are about 1,500 links.
 */
export const MAX_MARKDOWN_CHARS = 128 * 1024;
export const MAX_MARKDOWN_SYNTAX_CHARS = 6_000;

/** Why `markdown` is too large to check, or undefined. */
export function tooLarge(markdown: string): string | undefined {
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    return `this Markdown is ${markdown.length.toLocaleString('en-US')} characters long, more than the ${MAX_MARKDOWN_CHARS.toLocaleString('en-US')} allowed: split it into several runbooks (the links in it were not checked)`;
  }
  let syntax = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 0x5b || c === 0x5d || c === 0x3c || c === 0x60 || c === 0x26 || c === 0x21) syntax++;
  }
  if (syntax > MAX_MARKDOWN_SYNTAX_CHARS) {
    return `this Markdown holds ${syntax.toLocaleString('en-US')} brackets, '<', '!', '&' and backticks, more than the ${MAX_MARKDOWN_SYNTAX_CHARS.toLocaleString('en-US')} allowed: split it into several runbooks (the links in it were not checked)`;
  }
  return undefined;
}

/** Brackets open at once within one paragraph; deeper nesting is refused before parsing. */
export const MAX_BRACKET_NESTING = 32;

/**
 * Where brackets first nest deeper than MAX_BRACKET_NESTING, if anywhere. micromark re-reads the text
 * between a `]` and its `[` for every bracket pair, so 25,000 nested pairs cost minutes; a paragraph
 * break ends every open bracket, a backslash escapes one.
 */
export function tooDeepBrackets(markdown: string): Position | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 0x0a) {
      if (blank) depth = 0;
      line++;
      lineStart = i + 1;
      blank = true;
      continue;
    }
    if (c !== 0x20 && c !== 0x09) blank = false;
    if (c === 0x5c) i++;
    else if (c === 0x5b && ++depth > MAX_BRACKET_NESTING) return { line, column: i - lineStart + 1 };
    else if (c === 0x5d && depth > 0) depth--;
  }
  return undefined;
}
