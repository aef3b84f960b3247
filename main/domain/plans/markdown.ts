// Markdown in plans (runbook bodies, vendor notes): front matter splitting, and the link check. Links
// may use https, mailto and tel only; everything else, including `javascript:` in any disguise and
// URLs inside raw HTML, is reported with its line and column.
import { parseFragment } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from './yaml.ts';
import { fail, ok, type Result } from '../../model/result.ts';
import { lookAlikeHostWarning, quote } from './values.ts';

export interface MarkdownProblem extends Position {
  rule: 'link-scheme' | 'relative-link' | 'unsafe-html' | 'remote-image' | 'markdown-too-deep' | 'idn-host';
  message: string;
}

// ---------------------------------------------------------------- front matter

export type FrontMatter = Result<
  { yamlText: string; body: string; bodyStartLine: number },
  { rule: string; message: string; line: number }
>;

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Splits `---\n<yaml>\n---\n<body>`. `yamlText` keeps the opening fence so YAML positions equal file positions. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return fail({
      rule: 'missing-front-matter',
      line: 1,
      message: "a runbook starts with front matter: a line '---', then 'title: ...' (and services, vendors, tags), then another '---' line",
    });
  }
  let offset = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (CLOSE.test(line)) {
      const yamlText = text.slice(0, offset);
      const bodyOffset = Math.min(text.length, offset + line.length + 1);
      return ok({ yamlText, body: text.slice(bodyOffset), bodyStartLine: i + 2 });
    }
    offset += line.length + 1;
  }
  return fail({
    rule: 'unclosed-front-matter',
    line: 1,
    message: "the front matter that starts here is never closed: add a line '---' after the last front matter key",
  });
}

// ---------------------------------------------------------------- links

const ALLOWED_SCHEMES = new Set(['https', 'mailto', 'tel']);

/** How a browser would read the URL's scheme: tabs and newlines vanish, control characters and spaces are trimmed. */
function normaliseUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The URL as a browser reads it, or which rule it breaks and why. */
export type UrlVerdict = Result<string, { rule: 'link-scheme' | 'relative-link'; reason: string }>;

export function classifyUrl(url: string): UrlVerdict {
  const u = normaliseUrl(url);
  if (u === '') return fail({ rule: 'relative-link', reason: 'empty link: add the https:// address it should open' });
  if (u.startsWith('#')) return ok(u);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(u)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (u.startsWith('//') || u.startsWith('\\\\') || u.startsWith('/\\') || u.startsWith('\\/')) {
      return fail({
        rule: 'relative-link',
        reason: `link ${quote(url)} has no scheme: write it out in full as https:${u.startsWith('//') ? u : '//...'}`,
      });
    }
    return fail({
      rule: 'relative-link',
      reason: `link ${quote(url)} is relative and leads nowhere in Lifeline: use a full https:// address (or #heading for a heading on this page)`,
    });
  }
  if (ALLOWED_SCHEMES.has(scheme)) return ok(u);
  if (scheme === 'http') {
    return fail({
      rule: 'link-scheme',
      reason: `link ${quote(url)} uses http: write https://${u.slice(u.indexOf(':') + 1).replace(/^\/\//, '')} (only https, mailto and tel links are allowed)`,
    });
  }
  return fail({
    rule: 'link-scheme',
    reason: `link ${quote(url)} uses the '${scheme}:' scheme, which is not allowed: Lifeline only opens https, mailto and tel links, so remove it or use an https address`,
  });
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startLine: number; startCol: number; attrs?: Record<string, { startLine: number; startCol: number }> } | null;
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'longdesc',
  'data',
  'codebase',
  'manifest',
  'ping',
  'lowsrc',
  'dynsrc',
  'usemap',
  'icon',
  'profile',
  'classid',
  'archive',
]);
const UNSAFE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'meta',
  'link',
  'style',
  'portal',
]);

/**
 * Emphasis (`*`, `_`) never decides what is a link (brackets bind tighter), and micromark resolves long
 * runs of unmatched delimiters in quadratic time (`*` x 8,000, `x`, `*` x 8,000 took 16 s), so the lint
 * parser treats them as plain text. Links, images, definitions, autolinks and raw HTML parse as before.
 */
function withoutEmphasis(this: { data(): { micromarkExtensions?: unknown[] } }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['attention'] } });
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(withoutEmphasis);

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

/** After `](`: a destination that can only parse to an https, mailto, tel or same-page URL. */
const SAFE_DESTINATION = /^[ \t\n]*(?:https:\/\/|mailto:|tel:|#)/;
/** Whatever could yield a URL not written after `](`: raw HTML and autolinks, images, definitions, GFM literals. */
const NEEDS_PARSE = /<|!\[|\]:|www\.|http:\/\/|xmpp:/i;

/**
 * True when no parse of `markdown` can contain a problem: every inline link destination starts with an
 * allowed scheme as written, and nothing else that makes a URL (HTML, autolinks, images, reference
 * definitions, `www.`/`http://`/`xmpp:` literals) occurs at all. Parsing is the slow part of lint and
 * publish; plain runbooks with https and tel links skip it. Anything unusual takes the full parse.
 */
export function obviouslySafeLinks(markdown: string): boolean {
  if (NEEDS_PARSE.test(markdown)) return false;
  for (let at = markdown.indexOf(']('); at >= 0; at = markdown.indexOf('](', at + 2)) {
    if (!SAFE_DESTINATION.test(markdown.slice(at + 2, at + 66))) return false;
  }
  return true;
}

/**
 * Checks every link, image, reference definition, autolink and raw HTML URL in `markdown`.
 * `map` turns a position in `markdown` into a position in the file.
 */
export function checkMarkdownLinks(
  markdown: string,
  map: (p: Position) => Position = (p) => p,
  options: { alwaysParse?: boolean } = {},
): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const report = (at: Position, rule: MarkdownProblem['rule'], message: string) => problems.push({ ...map(at), rule, message });
  const deep = tooDeepLine(markdown);
  if (deep !== undefined) {
    report(
      { line: deep, column: 1 },
      'markdown-too-deep',
      `block quotes or lists are nested more than ${MAX_MARKDOWN_NESTING} levels deep here: flatten them (the links in this text were not checked)`,
    );
    return problems;
  }
  const brackets = tooDeepBrackets(markdown);
  if (brackets !== undefined) {
    report(
      brackets,
      'markdown-too-deep',
      `brackets are nested more than ${MAX_BRACKET_NESTING} deep here: close or remove them (the links in this text were not checked)`,
    );
    return problems;
  }
  const large = tooLarge(markdown);
  if (large !== undefined) {
    report({ line: 1, column: 1 }, 'markdown-too-deep', large);
    return problems;
  }
  if (!options.alwaysParse && obviouslySafeLinks(markdown)) return problems;
  const tree = markdownParser.parse(markdown) as MdNode;
  // Iterative walk: a hostile file may nest thousands of block quotes.
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const verdict = classifyUrl(node.url);
      const lookAlike = verdict.ok ? lookAlikeHostWarning(node.url) : undefined;
      if (lookAlike) report(at, 'idn-host', `link: ${lookAlike}`);
      if (!verdict.ok)
        report(
          at,
          verdict.error.rule,
          node.type === 'image' ? `image ${verdict.error.reason.replace(/^link /, '')}` : verdict.error.reason,
        );
      else if (node.type === 'image' && /^https:/i.test(normaliseUrl(node.url))) {
        report(
          at,
          'remote-image',
          `image ${quote(node.url)} will not show: Lifeline works offline and loads nothing from the network, so describe it in text or link to it instead`,
        );
      }
    } else if (node.type === 'html' && typeof node.value === 'string') {
      checkHtml(node.value, at, report);
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return problems;
}

function checkHtml(html: string, start: Position, report: (at: Position, rule: MarkdownProblem['rule'], message: string) => void): void {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;
  const place = (loc: { startLine: number; startCol: number } | undefined): Position =>
    loc === undefined
      ? start
      : { line: start.line + loc.startLine - 1, column: loc.startLine === 1 ? start.column + loc.startCol - 1 : loc.startCol };
  const stack: HtmlNode[] = [fragment];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const loc = el.sourceCodeLocation ?? undefined;
    if (el.tagName !== undefined && UNSAFE_ELEMENTS.has(el.tagName)) {
      report(
        place(loc),
        'unsafe-html',
        `the <${el.tagName}> element is not allowed in plans: remove it (Lifeline never runs or embeds content from plans)`,
      );
    }
    for (const attr of el.attrs ?? []) {
      const at = place(loc?.attrs?.[attr.name] ?? loc);
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) {
        report(at, 'unsafe-html', `the '${attr.name}' attribute runs script: remove it`);
      } else if (name === 'srcdoc') {
        report(at, 'unsafe-html', "the 'srcdoc' attribute embeds a page: remove it");
      } else if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(attr.value)) {
        report(at, 'unsafe-html', "this 'style' attribute loads or runs something: remove it");
      } else if (URL_ATTRIBUTES.has(name) || name === 'srcset') {
        const urls = name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [attr.value];
        for (const url of urls) {
          const verdict = classifyUrl(url);
          if (!verdict.ok) report(at, verdict.error.rule, `in HTML ${attr.name}=: ${verdict.error.reason}`);
        }
      }
    }
    const children = [...(el.childNodes ?? []), ...(el.content ? [el.content] : [])];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
