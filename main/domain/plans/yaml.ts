// YAML parsing for plan files: every scalar is read as text (the YAML "failsafe" schema), so account ids
// keep their leading zeros and nothing is silently turned into a number, a boolean or a date. Syntax
// problems become findings at their line and column, and any path into the data can be located.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { Finding } from './findings.ts';
import { yamlHygiene } from './yaml-hygiene.ts';
import { messageOf } from '../../model/thrown.ts';

export type Path = readonly (string | number)[];

export interface ParsedYaml {
  rel: string;
  /** The text that was parsed. */
  source: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The data as plain JS (objects, arrays, strings), or undefined when the syntax is broken. */
  data: unknown;
  findings: Finding[];
}

export interface Position {
  line: number;
  column: number;
}

const MAX_SYNTAX_FINDINGS = 10;

export function parseYaml(rel: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: 'failsafe',
    version: '1.2',
    prettyErrors: true,
    uniqueKeys: true,
    keepSourceTokens: false,
    // Complex keys would print a Node warning from toJS; they are reported as findings instead.
    logLevel: 'error',
  });
  const findings: Finding[] = [];
  let fatal = false;
  const seenLines = new Set<number>();
  // A tab in the indentation derails everything after it: report the tabs, not the echoes.
  const all = [...doc.errors, ...doc.warnings];
  const tabs = all.filter((e) => e.code === 'TAB_AS_INDENT');
  let echoes = 0;
  let firstSyntax: Finding | undefined;
  for (const e of tabs.length > 0 ? tabs : all) {
    const pos = errorPosition(e, lines);
    const { rule, message, isFatal } = describeYamlError(e, text, lines, pos);
    if (isFatal && rule === 'yaml-syntax') {
      // After the first syntax error the parser is guessing: later ones are mostly echoes of it.
      if (firstSyntax !== undefined) {
        echoes++;
        continue;
      }
    }
    if (isFatal) fatal = true;
    if (seenLines.has(pos.line) && rule !== 'tab-indent') continue;
    seenLines.add(pos.line);
    if (findings.length >= MAX_SYNTAX_FINDINGS) continue;
    const f: Finding = { severity: 'error', file: rel, line: pos.line, column: pos.column, rule, message };
    if (isFatal && rule === 'yaml-syntax') firstSyntax = f;
    findings.push(f);
  }
  if (firstSyntax && echoes > 0) firstSyntax.message += ` (the file was not checked further: fix this first, then lint again)`;
  if (!fatal) {
    for (const f of yamlHygiene(rel, text, doc, lines)) {
      if (f.rule === 'yaml-directive' && seenLines.has(f.line)) continue;
      findings.push(f);
    }
  }
  let data: unknown = undefined;
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      findings.push({
        severity: 'error',
        file: rel,
        line: 1,
        column: 1,
        rule: 'yaml-syntax',
        message: `the YAML could not be read: ${messageOf(error).split('\n')[0]}`,
      });
    }
  }
  return { rel, source: text, doc, lines, data, findings };
}

function errorPosition(e: YAMLError, lines: LineCounter): Position {
  if (e.linePos?.[0]) return { line: e.linePos[0].line, column: e.linePos[0].col };
  const p = lines.linePos(e.pos[0]);
  return { line: p.line, column: p.col };
}

function lineText(text: string, lines: LineCounter, line: number): string {
  const start = lines.lineStarts[line - 1] ?? 0;
  const end = lines.lineStarts[line] ?? text.length;
  return text.slice(start, end).replace(/\r?\n$/, '');
}

function describeYamlError(
  e: YAMLError,
  text: string,
  lines: LineCounter,
  pos: Position,
): { rule: string; message: string; isFatal: boolean } {
  const raw = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(raw)) {
    return {
      rule: 'too-complex',
      message: 'nested too deeply to read: simplify the structure (plan files are only a few levels deep)',
      isFatal: true,
    };
  }
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#]+?)\s*:/.exec(
        lineText(text, lines, pos.line).slice(pos.column - 1),
      )?.[1];
      const name = key === undefined ? 'this key' : `key '${key.replace(/^["']|["']$/g, '')}'`;
      return {
        rule: 'duplicate-key',
        message: `${name} appears more than once in the same mapping: keep one and delete the other`,
        isFatal: false,
      };
    }
    case 'TAB_AS_INDENT':
      return {
        rule: 'tab-indent',
        message: 'this line is indented with a tab: YAML only allows spaces for indentation, so replace the tab with spaces',
        isFatal: true,
      };
    case 'MULTIPLE_DOCS':
      return {
        rule: 'yaml-syntax',
        message:
          "a second YAML document starts here ('---'): a plan file holds one document, so remove this line or move the rest to its own file",
        isFatal: true,
      };
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_DIRECTIVE':
      return { rule: 'yaml-syntax', message: `${raw}: plan files use plain YAML without tags or directives; remove it`, isFatal: false };
    case 'BAD_ALIAS':
    case 'RESOURCE_EXHAUSTION':
      return {
        rule: 'yaml-syntax',
        message: `${raw}: avoid anchors and aliases (& and *) in plan files; write the values out`,
        isFatal: true,
      };
    case 'BAD_DQ_ESCAPE':
      return {
        rule: 'yaml-syntax',
        message: `${raw} in a double-quoted string: use single quotes, or write a backslash as \\\\`,
        isFatal: true,
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        rule: 'yaml-syntax',
        message:
          "YAML syntax: a 'key: value' appears where a value was expected: check that this line is indented like its neighbours, and put quotes around values that contain ': '",
        isFatal: true,
      };
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return {
        rule: 'yaml-syntax',
        message: `YAML syntax: ${lowerFirst(raw)}; check the indentation and quoting on this line and the one before (values containing ': ' or starting with special characters need quotes)`,
        isFatal: true,
      };
    default:
      return { rule: 'yaml-syntax', message: `YAML syntax: ${lowerFirst(raw)}`, isFatal: e.name === 'YAMLParseError' };
  }
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]!.toLowerCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------- locating paths

export interface Located {
  /** The node at the path, or undefined if the path does not exist. */
  node: Node | undefined;
  /** The key node when the path ends at a mapping entry. */
  key: Node | undefined;
  /** The deepest node that does exist on the way. */
  nearest: Node | undefined;
}

function deref(doc: Document.Parsed, node: unknown): Node | undefined {
  if (isAlias(node)) {
    try {
      return node.resolve(doc) ?? undefined;
    } catch {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

export function locate(doc: Document.Parsed, path: Path): Located {
  let node: Node | undefined = doc.contents ?? undefined;
  let nearest = node;
  let key: Node | undefined;
  for (const seg of path) {
    const current = deref(doc, node);
    key = undefined;
    if (isMap(current) && typeof seg === 'string') {
      let found: Node | undefined;
      let foundKey: Node | undefined;
      for (const item of current.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === seg) {
          foundKey = item.key;
          found = (item.value ?? undefined) as Node | undefined;
          if (found === undefined) found = item.key; // `key:` with nothing after it
        }
      }
      if (foundKey === undefined) return { node: undefined, key: undefined, nearest };
      key = foundKey;
      node = found;
    } else if (isSeq(current) && typeof seg === 'number') {
      const item = current.items[seg] as Node | undefined;
      if (item === undefined) return { node: undefined, key: undefined, nearest };
      node = item;
    } else {
      return { node: undefined, key: undefined, nearest };
    }
    nearest = node;
  }
  return { node, key, nearest };
}

export function nodePosition(node: Node | undefined, lines: LineCounter): Position {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Whether the node is an empty value (`key:` with nothing, or `""`). */
export function isEmptyScalar(node: Node | undefined): boolean {
  return isScalar(node) && (node.value === '' || node.value === null);
}

/**
 * Where to point for a problem with the value at `path`: the value itself; for an empty value or a
 * problem with the key, the key; for a missing value, the nearest existing parent.
 */
export function positionOf(parsed: Pick<ParsedYaml, 'doc' | 'lines'>, path: Path, at: 'value' | 'key' = 'value'): Position {
  const found = locate(parsed.doc, path);
  if (found.node === undefined) return nodePosition(found.nearest, parsed.lines);
  if (at === 'key' && found.key) return nodePosition(found.key, parsed.lines);
  if (isEmptyScalar(found.node) && found.key) return nodePosition(found.key, parsed.lines);
  return nodePosition(found.node, parsed.lines);
}

export type NodeKind = 'mapping' | 'list' | 'text' | 'empty' | 'missing';

export function kindAt(parsed: Pick<ParsedYaml, 'doc'>, path: Path): NodeKind {
  const found = locate(parsed.doc, path);
  const node = deref(parsed.doc, found.node);
  if (found.node === undefined) return 'missing';
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isEmptyScalar(node) || (isScalar(node) && found.key === node)) return 'empty';
  return 'text';
}
