// One problem found in a plans directory: where it is (file, line, column), how bad, and how to fix it.
// Every check in main/domain/plans reports through this type; lint, validate and publish print it the same way.

import { escapeControls } from '../security/terminal-text.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Path relative to the plans directory, forward slashes, e.g. 'vendors/aws.yaml'; '.' is the directory itself. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Stable kebab-case id, e.g. 'unknown-key', 'stale-contact'. */
  rule: string;
  /** What is wrong and the fix, in plain words. */
  message: string;
}

export interface FormatOptions {
  /**
   * The plans directory as the user typed it; when given, paths are printed relative to the working
   * directory (`plans/vendors/aws.yaml:3:5`) so editors and terminals can open them.
   */
  dir?: string;
}

/** `path:line:column: error|warning: message`. */
/** One line, whatever the file name holds (a newline or ESC in a name is shown escaped). */
export function formatFinding(f: Finding, options: FormatOptions = {}): string {
  return escapeControls(`${displayPath(f.file, options.dir)}:${f.line}:${f.column}: ${f.severity}: ${f.message}`);
}

function displayPath(file: string, dir: string | undefined): string {
  if (dir === undefined || dir === '' || dir === '.') return file;
  const base = dir.replace(/[\\/]+$/, '');
  if (file === '.') return base === '' ? '/' : base;
  return `${base === '' ? '' : base}/${file}`;
}

/** Sorted by file, then line, then column, errors before warnings at the same place; stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        compareText(a.f.file, b.f.file) ||
        a.f.line - b.f.line ||
        a.f.column - b.f.column ||
        (a.f.severity === b.f.severity ? 0 : a.f.severity === 'error' ? -1 : 1) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/** Byte-order comparison: the same result on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 3 warnings in 7 files`. */
export function summaryLine(findings: readonly Finding[], fileCount: number): string {
  const { errors, warnings } = countFindings(findings);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}
