// Turns zod issues on plan data into findings that point at the offending YAML node and say, in plain
// words, what is wrong and what to write instead.
import type { z } from 'zod';
import type { Finding } from './findings.ts';
import { KEY_HINTS, KNOWN_KEYS_MARKER } from './source-schema.ts';
import { didYouMean, quote } from './values.ts';
import { kindAt, locate, positionOf, type ParsedYaml, type Path } from './yaml.ts';
import { isScalar } from 'yaml';

type Issue = z.core.$ZodIssue;

export interface IssueContext {
  parsed: Pick<ParsedYaml, 'doc' | 'lines' | 'rel'>;
  /** What the top-level mapping is, for messages: 'this vendor', 'the front matter'. */
  topLevel: string;
  /** The id the file name gives, to suggest `id: <it>` when missing. */
  fileId?: string;
}

const ITEM_NOUNS: Record<string, string> = {
  severities: 'this severity',
  channels: 'this channel',
  contacts: 'this contact',
  escalation: 'this escalation step',
};

/** How to refer to the thing at `path` in a message. */
function subject(path: Path, ctx: IssueContext): string {
  if (path.length === 0) return ctx.topLevel;
  const last = path[path.length - 1]!;
  const parent = path[path.length - 2];
  if (typeof last === 'number' && typeof parent === 'string') return ITEM_NOUNS[parent] ?? `entry ${last + 1} of '${parent}'`;
  return `'${String(last)}'`;
}

function fieldName(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

const KIND_WORDS: Record<string, string> = {
  mapping: 'a mapping',
  list: 'a list',
  text: 'text',
  empty: 'an empty value',
};

function textAt(ctx: IssueContext, path: Path): string | undefined {
  const node = locate(ctx.parsed.doc, path).node;
  return isScalar(node) ? String(node.value) : undefined;
}

export function issuesToFindings(issues: readonly Issue[], ctx: IssueContext): Finding[] {
  const out: Finding[] = [];
  const push = (path: Path, rule: string, message: string, at: 'value' | 'key' = 'value') => {
    const pos = positionOf(ctx.parsed, path, at);
    out.push({ severity: 'error', file: ctx.parsed.rel, line: pos.line, column: pos.column, rule, message });
  };

  const handle = (issue: Issue, base: Path) => {
    const path: Path = [...base, ...(issue.path as (string | number)[])];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = issue.message.startsWith(KNOWN_KEYS_MARKER) ? issue.message.slice(KNOWN_KEYS_MARKER.length).split(',') : [];
        for (const key of issue.keys) {
          const hint = didYouMean(key, known);
          const allowed = hint === '' && known.length > 0 ? `; allowed here: ${known.join(', ')}` : '';
          push([...path, key], 'unknown-key', `unknown key ${quote(key)}${hint}${allowed}`, 'key');
        }
        return;
      }
      case 'invalid_union': {
        const kind = kindAt(ctx.parsed, path);
        if (kind === 'missing') return missing(path);
        // Descend into the alternative that has the same shape as what was written.
        const fitting = issue.errors.filter(
          (errs) => !errs.some((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value')),
        );
        if (fitting.length > 0) {
          for (const e of fitting[0]!) handle(e, path);
          return;
        }
        push(path, 'wrong-type', issue.message);
        return;
      }
      case 'invalid_type': {
        const kind = kindAt(ctx.parsed, path);
        if (kind === 'missing') return missing(path);
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        let fix = '';
        if (issue.expected === 'array' && kind === 'text')
          fix = `: write it as a list, e.g. [${textAt(ctx, path) ?? '...'}], or one '- item' per line`;
        else if (issue.expected === 'array' && kind === 'mapping') fix = ": put '- ' before each entry";
        else if (issue.expected === 'object' && kind === 'list') fix = ": remove the '- ' dashes, a mapping is key: value lines";
        else if (issue.expected === 'object' && kind === 'text') fix = ': write key: value lines under it';
        else if (issue.expected === 'array' || issue.expected === 'object') fix = ' (check the indentation under this key)';
        push(path, 'wrong-type', `${subject(path, ctx)} should be ${expected}, not ${KIND_WORDS[kind] ?? kind}${fix}`);
        return;
      }
      case 'invalid_value': {
        const written = textAt(ctx, path) ?? '';
        const values = issue.values.map(String);
        push(
          path,
          'invalid-value',
          `${subject(path, ctx)} must be one of ${values.join(', ')}, not ${quote(written)}${didYouMean(written, values)}`,
        );
        return;
      }
      case 'too_small': {
        if (issue.origin === 'array') push(path, 'empty-list', `${subject(path, ctx)} needs at least one entry`);
        else push(path, 'empty-value', `${subject(path, ctx)} is empty: fill it in or remove it`);
        return;
      }
      case 'custom': {
        const rule = typeof issue.params?.rule === 'string' ? issue.params.rule : 'invalid-value';
        if (rule === 'empty-value') push(path, rule, `${subject(path, ctx)} ${issue.message}`);
        else push(path, rule, `${fieldName(path) ?? 'value'}: ${issue.message}`);
        return;
      }
      default:
        push(path, 'invalid-value', `${subject(path, ctx)}: ${issue.message}`);
    }
  };

  const missing = (path: Path) => {
    const key = path[path.length - 1];
    const parentPath = path.slice(0, -1);
    const name = typeof key === 'string' ? key : String(key);
    const hint = name === 'id' && parentPath.length === 0 && ctx.fileId ? `id: ${ctx.fileId} (the same as the file name)` : KEY_HINTS[name];
    push(parentPath, 'missing-key', `${subject(parentPath, ctx)} is missing '${name}'${hint ? `: add ${hint}` : ''}`);
  };

  for (const issue of issues) handle(issue, []);
  return out;
}
