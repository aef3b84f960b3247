// Markdown in plans (runbook bodies, vendor notes): the link check (front matter is front-matter.ts,
// the size and nesting bounds markdown-limits.ts). Links may use https, mailto and tel only; everything else, including `javascript:` in any disguise and
// URLs inside raw HTML, is reported with its line and column.
import { parseFragment } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from './yaml.ts';
import { fail, ok, type Result } from '../../model/result.ts';
import { lookAlikeHostWarning, quote } from './values.ts';
import { MAX_BRACKET_NESTING, MAX_MARKDOWN_NESTING, tooDeepBrackets, tooDeepLine, tooLarge } from './markdown-limits.ts';

export interface MarkdownProblem extends Position {
  rule: 'link-scheme' | 'relative-link' | 'unsafe-html' | 'remote-image' | 'markdown-too-deep' | 'idn-host';
  message: string;
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
