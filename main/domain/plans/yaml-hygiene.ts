// Checks on a parsed YAML document that the raw-text checks cannot see: control characters and lone
// surrogates written as escapes ("\e[31m", "\x07", "\uD800") land in values only after decoding;
// directives (%YAML, %TAG) and complex keys (`? [a, b]`) have no place in plan files.
import { isScalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import type { Finding } from './findings.ts';

/** C0 controls except tab and line feed, DEL, C1 controls, and UTF-16 halves without their partner. */
function firstBadCharacter(text: string): { index: number; code: number } | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, code };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { index: i, code };
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return { index: i, code };
  }
  return undefined;
}

/** Embeddings, overrides and isolates: they reorder the text shown after them ("24x7" read backwards). */
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function yamlHygiene(rel: string, text: string, doc: Document.Parsed, lines: LineCounter): Finding[] {
  const findings: Finding[] = [];
  const at = (node: Node | null | undefined, rule: string, message: string) => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    findings.push({ severity: 'error', file: rel, line: p.line, column: p.col, rule, message });
  };
  const sourceLines = text.split('\n');
  for (let i = 0; i < sourceLines.length; i++) {
    const line = sourceLines[i]!;
    if (/^---(\s|$)/.test(line)) break;
    const directive = /^%(\S*)/.exec(line)?.[1];
    if (directive !== undefined) {
      findings.push({
        severity: 'error',
        file: rel,
        line: i + 1,
        column: 1,
        rule: 'yaml-directive',
        message: `the YAML directive '%${directive}' is not allowed: plan files are plain YAML 1.2 without directives or tags, so delete this line`,
      });
    }
  }
  visit(doc, {
    Pair(_key, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        at(
          pair.key as Node,
          'complex-key',
          "a key must be plain text: this key is a list or mapping ('? [a, b]'); write a simple 'name: value' instead",
        );
      }
    },
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const direction = DIRECTION_CONTROL.exec(node.value);
      if (direction) {
        at(
          node,
          'bidi-control',
          `this value contains the direction control ${codePoint(direction[0].charCodeAt(0))}, which makes the text after it display reordered or reversed: remove it`,
        );
      }
      const bad = firstBadCharacter(node.value);
      if (!bad) return;
      const what =
        bad.code >= 0xd800 && bad.code <= 0xdfff
          ? `a lone surrogate ${codePoint(bad.code)} (half of a character)`
          : `the invisible control character ${codePoint(bad.code)}`;
      at(
        node,
        'control-character',
        `this value contains ${what}, probably written as an escape such as "\\e", "\\x07" or "\\uD800": remove it (terminals and screens would act on it)`,
      );
    },
  });
  return findings;
}
