// Shared tools of the cross-file checks: tolerant access to raw YAML data, a reporter that turns data
// paths into positioned findings, and the reference, duplicate, hours and contact checks.
import type { Finding } from './findings.ts';
import type { MarkdownProblem } from './markdown.ts';
import { checkDate, checkTime, daysBetween, didYouMean, ID_PATTERN, quote } from './values.ts';
import { locate, positionOf, type Path, type Position } from './yaml.ts';
import type { CheckInput, Loaded } from './loaded.ts';

export type Rec = Record<string, unknown>;
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const rec = (v: unknown): Rec => (isRec(v) ? v : {});
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export class Reporter {
  readonly findings: Finding[] = [];
  constructor(private readonly loaded: Loaded) {}
  private at(path: Path, at: 'value' | 'key'): Position {
    return positionOf(this.loaded.parsed, path, at);
  }
  error(path: Path, rule: string, message: string, at: 'value' | 'key' = 'value'): void {
    const p = this.at(path, at);
    this.findings.push({ severity: 'error', file: this.loaded.file.rel, line: p.line, column: p.column, rule, message });
  }
  warn(path: Path, rule: string, message: string, at: 'value' | 'key' = 'value'): void {
    const p = this.at(path, at);
    this.findings.push({ severity: 'warning', file: this.loaded.file.rel, line: p.line, column: p.column, rule, message });
  }
  markdown(p: MarkdownProblem): void {
    // Absurd nesting is an error: the app would choke on it too. Link problems are warnings.
    const severity = p.rule === 'markdown-too-deep' ? 'error' : 'warning';
    this.findings.push({ severity, file: this.loaded.file.rel, line: p.line, column: p.column, rule: p.rule, message: p.message });
  }
  has(path: Path): boolean {
    return locate(this.loaded.parsed.doc, path).node !== undefined;
  }
}

export interface Context {
  severityIds: string[] | undefined;
  severityNames: Map<string, string>;
  maxAgeDays: number;
  today: string;
  vendorsById: Map<string, Loaded>;
  ids: CheckInput['ids'];
}

export function duplicates(r: Reporter, items: unknown[], base: Path, field: string | null, noun: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = field === null ? str(item) : str(rec(item)[field]);
    if (value === undefined || value.trim() === '') return;
    const key = value.trim().toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const path = field === null ? [...base, i] : [...base, i, field];
    r.error(path, 'duplicate-entry', `${noun} ${quote(value)} is listed twice (also entry ${first + 1}): remove one`);
  });
}

export function severityLabel(ctx: Context, id: string): string {
  const name = ctx.severityNames.get(id);
  return name ? `${id} (${name})` : id;
}

export function checkSeverityRef(r: Reporter, path: Path, value: unknown, ctx: Context, key: string): void {
  const id = str(value);
  if (id === undefined || ctx.severityIds === undefined || !ID_PATTERN.test(id) || ctx.severityIds.includes(id)) return;
  r.error(
    path,
    'unknown-severity',
    `${key}: ${quote(id)} is not one of the internal severities in lifeline.yaml (${ctx.severityIds.join(', ')})${didYouMean(id, ctx.severityIds)}`,
  );
}

export function checkRef(r: Reporter, path: Path, value: unknown, known: Set<string>, rule: string, what: string, where: string): void {
  const id = str(value);
  if (id === undefined || !ID_PATTERN.test(id) || known.has(id)) return;
  const hint = didYouMean(id, [...known]);
  r.error(
    path,
    rule,
    `there is no ${what} ${quote(id)}${hint === '' ? ` (no file ${where}/${id}${where === 'runbooks' ? '.md' : '.yaml'})` : hint}`,
  );
}

// ---------------------------------------------------------------- hours

export function checkHours(r: Reporter, hours: unknown, base: Path): void {
  if (!isRec(hours)) return;
  const from = str(hours.from);
  const to = str(hours.to);
  if (from === undefined || to === undefined) return;
  const a = checkTime(from, false);
  const b = checkTime(to, true);
  if (!a.ok || !b.ok) return;
  if (a.value >= b.value) {
    r.error(
      [...base, 'to'],
      'invalid-hours',
      `hours end (${to}) must be later than they start (${from}): hours that run past midnight are not supported, so use 24x7 or end at "24:00"`,
    );
  }
}

// ---------------------------------------------------------------- contacts

export function checkContacts(r: Reporter, contacts: unknown, base: Path, ctx: Context, owner: string): void {
  const items = list(contacts);
  duplicates(r, items, base, 'name', 'contact');
  items.forEach((c, i) => {
    if (!isRec(c)) return;
    const name = str(c.name) ?? `entry ${i + 1}`;
    const path = [...base, i];
    const verified = str(c.verified);
    if (verified === undefined) {
      if (!('verified' in c)) {
        r.warn(
          path,
          'unverified-contact',
          `contact ${quote(name)} of ${owner} has never been verified: confirm their details with them, then add verified: ${ctx.today}`,
        );
      }
      return;
    }
    if (!checkDate(verified).ok) return;
    const age = daysBetween(verified, ctx.today);
    if (age < 0) {
      r.warn(
        [...path, 'verified'],
        'verified-in-future',
        `contact ${quote(name)}: verified ${verified} is in the future (today is ${ctx.today}): check the date`,
      );
    } else if (age > ctx.maxAgeDays) {
      r.warn(
        [...path, 'verified'],
        'stale-contact',
        `contact ${quote(name)} of ${owner} was last verified on ${verified}, ${age} days ago (the limit is ${ctx.maxAgeDays}): confirm their phone and email still work, then update verified`,
      );
    }
  });
}
