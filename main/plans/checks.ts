// Checks that span fields and files: references (matches, for, depends_on, runbooks, escalation
// contacts, front matter services/vendors), duplicates, per-type channel values, opening hours, and the
// lint warnings (stale contacts, contract renewals, channels and severities missing for an incident,
// unsafe Markdown links). They run on the raw data, so a file with other errors is still checked.
import type { Finding } from './findings.ts';
import { checkMarkdownLinks, type MarkdownProblem } from './markdown.ts';
import { checkDate, checkEmail, checkHttpsUrl, checkPhone, checkTime, daysBetween, didYouMean, ID_PATTERN, listWords, quote } from './values.ts';
import { locate, positionOf, type ParsedYaml, type Path, type Position } from './yaml.ts';
import type { SourceFile } from './files.ts';
import { isScalar } from 'yaml';

export const DEFAULT_CONTACTS_MAX_AGE_DAYS = 90;
export const RENEWAL_WARNING_DAYS = 30;

export interface Loaded {
  file: SourceFile;
  parsed: ParsedYaml;
  /** The top-level mapping, or undefined when the file could not be read as one. */
  raw: Record<string, unknown> | undefined;
}

export interface LoadedRunbook extends Loaded {
  body: { text: string; startLine: number } | undefined;
}

export interface CheckInput {
  manifest: Loaded | undefined;
  vendors: Loaded[];
  services: Loaded[];
  runbooks: LoadedRunbook[];
  ids: { vendor: Set<string>; service: Set<string>; runbook: Set<string> };
  today: string;
}

// ---------------------------------------------------------------- raw access

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const rec = (v: unknown): Rec => (isRec(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

class Reporter {
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

// ---------------------------------------------------------------- entry point

interface Context {
  severityIds: string[] | undefined;
  severityNames: Map<string, string>;
  maxAgeDays: number;
  today: string;
  vendorsById: Map<string, Loaded>;
  ids: CheckInput['ids'];
}

export function crossCheck(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const manifest = input.manifest?.raw;
  const severities = manifest ? list(manifest.severities).map((s) => str(rec(s).id)).filter((s): s is string => s !== undefined && ID_PATTERN.test(s)) : undefined;
  const severityNames = new Map<string, string>();
  if (manifest) for (const s of list(manifest.severities)) if (str(rec(s).id) && str(rec(s).name)) severityNames.set(str(rec(s).id)!, str(rec(s).name)!);
  const maxAge = /^[1-9][0-9]{0,4}$/.test(str(manifest?.contacts_max_age_days) ?? '') ? Number(manifest!.contacts_max_age_days) : DEFAULT_CONTACTS_MAX_AGE_DAYS;
  const ctx: Context = {
    severityIds: severities && severities.length > 0 ? severities : undefined,
    severityNames,
    maxAgeDays: maxAge,
    today: input.today,
    vendorsById: new Map(input.vendors.filter((v) => v.raw).map((v) => [v.file.id, v])),
    ids: input.ids,
  };
  const guarded = (loaded: Loaded, check: () => Finding[]) => {
    try {
      findings.push(...check());
    } catch (error) {
      findings.push(internalError(loaded.file.rel, error));
    }
  };
  if (input.manifest?.raw) guarded(input.manifest, () => checkManifest(input.manifest!));
  for (const v of input.vendors) if (v.raw) guarded(v, () => checkVendor(v, ctx));
  for (const s of input.services) if (s.raw) guarded(s, () => checkService(s, ctx));
  for (const r of input.runbooks) guarded(r, () => checkRunbook(r, ctx));
  return findings;
}

/** A check that failed unexpectedly on this file: reported there, the other files are still checked. */
export function internalError(file: string, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  const tooDeep = error instanceof RangeError && /call stack/i.test(message);
  return {
    severity: 'error',
    file,
    line: 1,
    column: 1,
    rule: tooDeep ? 'too-complex' : 'internal-error',
    message: tooDeep
      ? `${file} is nested too deeply to be checked: simplify its structure`
      : `Lifeline failed while checking ${file} (a bug, please report it): ${message}`,
  };
}

function checkManifest(m: Loaded): Finding[] {
  const r = new Reporter(m);
  duplicates(r, list(m.raw!.severities), ['severities'], 'id', 'severity id');
  return r.findings;
}

/** Reports the second and later entries whose `field` (or the entry itself) repeats, ignoring case. */
function duplicates(r: Reporter, items: unknown[], base: Path, field: string | null, noun: string): void {
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

function severityLabel(ctx: Context, id: string): string {
  const name = ctx.severityNames.get(id);
  return name ? `${id} (${name})` : id;
}

function checkSeverityRef(r: Reporter, path: Path, value: unknown, ctx: Context, key: string): void {
  const id = str(value);
  if (id === undefined || ctx.severityIds === undefined || !ID_PATTERN.test(id) || ctx.severityIds.includes(id)) return;
  r.error(
    path,
    'unknown-severity',
    `${key}: ${quote(id)} is not one of the internal severities in lifeline.yaml (${ctx.severityIds.join(', ')})${didYouMean(id, ctx.severityIds)}`,
  );
}

function checkRef(r: Reporter, path: Path, value: unknown, known: Set<string>, rule: string, what: string, where: string): void {
  const id = str(value);
  if (id === undefined || !ID_PATTERN.test(id) || known.has(id)) return;
  const hint = didYouMean(id, [...known]);
  r.error(path, rule, `there is no ${what} ${quote(id)}${hint === '' ? ` (no file ${where}/${id}${where === 'runbooks' ? '.md' : '.yaml'})` : hint}`);
}

// ---------------------------------------------------------------- hours

function checkHours(r: Reporter, hours: unknown, base: Path): void {
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

function checkContacts(r: Reporter, contacts: unknown, base: Path, ctx: Context, owner: string): void {
  const items = list(contacts);
  duplicates(r, items, base, 'name', 'contact');
  items.forEach((c, i) => {
    if (!isRec(c)) return;
    const name = str(c.name) ?? `entry ${i + 1}`;
    const path = [...base, i];
    const verified = str(c.verified);
    if (verified === undefined) {
      if (!('verified' in c)) {
        r.warn(path, 'unverified-contact', `contact ${quote(name)} of ${owner} has never been verified: confirm their details with them, then add verified: ${ctx.today}`);
      }
      return;
    }
    if (!checkDate(verified).ok) return;
    const age = daysBetween(verified, ctx.today);
    if (age < 0) {
      r.warn([...path, 'verified'], 'verified-in-future', `contact ${quote(name)}: verified ${verified} is in the future (today is ${ctx.today}): check the date`);
    } else if (age > ctx.maxAgeDays) {
      r.warn(
        [...path, 'verified'],
        'stale-contact',
        `contact ${quote(name)} of ${owner} was last verified on ${verified}, ${age} days ago (the limit is ${ctx.maxAgeDays}): confirm their phone and email still work, then update verified`,
      );
    }
  });
}

// ---------------------------------------------------------------- vendors

function checkVendor(v: Loaded, ctx: Context): Finding[] {
  const r = new Reporter(v);
  const raw = v.raw!;
  const name = str(raw.name) ?? v.file.id;
  checkHours(r, raw.hours, ['hours']);

  const channels = list(raw.channels);
  channels.forEach((ch, i) => {
    if (!isRec(ch)) return;
    checkHours(r, ch.hours, ['channels', i, 'hours']);
    list(ch.for).forEach((sev, j) => checkSeverityRef(r, ['channels', i, 'for', j], sev, ctx, 'for'));
    duplicates(r, list(ch.for), ['channels', i, 'for'], null, 'severity');
    const value = str(ch.value);
    if (value === undefined || value.trim() === '') return;
    const path = ['channels', i, 'value'];
    switch (str(ch.type)) {
      case 'phone': {
        const p = checkPhone(value);
        if (!p.ok) r.error(path, 'invalid-phone', `value: ${p.reason}`);
        break;
      }
      case 'portal': {
        const u = checkHttpsUrl(value);
        if (!u.ok) r.error(path, 'invalid-url', `value: ${u.reason}`);
        break;
      }
      case 'email': {
        const e = checkEmail(value);
        if (!e.ok) r.error(path, 'invalid-email', `value: ${e.reason}`);
        break;
      }
      case 'chat':
      case 'slack': {
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^mailto:/i.test(value)) {
          const u = checkHttpsUrl(value);
          if (!u.ok) r.error(path, 'invalid-url', `value: ${u.reason}`);
        }
        break;
      }
      default:
        break;
    }
  });

  const severities = list(raw.severities);
  severities.forEach((s, i) => checkSeverityRef(r, ['severities', i, 'matches'], rec(s).matches, ctx, 'matches'));
  duplicates(r, severities, ['severities'], 'name', 'vendor severity');

  checkContacts(r, raw.contacts, ['contacts'], ctx, name);
  const contactNames = list(raw.contacts).map((c) => str(rec(c).name)).filter((n): n is string => n !== undefined);
  list(raw.escalation).forEach((step, i) => {
    const contact = str(rec(step).contact);
    if (contact === undefined || contact.trim() === '' || contactNames.includes(contact)) return;
    const sameButCase = contactNames.find((n) => n.toLowerCase() === contact.toLowerCase());
    const message = sameButCase
      ? `contact ${quote(contact)} is written differently in contacts: write ${quote(sameButCase)}`
      : contactNames.length === 0
        ? `contact ${quote(contact)} is not listed: add them under contacts (name, role, phone or email, verified) so on-call can reach them`
        : `contact ${quote(contact)} is not one of this vendor's contacts (${listWords(contactNames)})${didYouMean(contact, contactNames)}: add them under contacts or fix the name`;
    r.error(['escalation', i, 'contact'], 'unknown-contact', message);
  });

  const contract = rec(raw.contract);
  const renews = str(contract.renews);
  if (renews !== undefined && checkDate(renews).ok) {
    const days = daysBetween(ctx.today, renews);
    const ref = str(contract.reference) ? ` (${str(contract.reference)})` : '';
    if (days < 0) {
      r.warn(['contract', 'renews'], 'contract-lapsed', `the ${name} contract${ref} lapsed on ${renews}, ${-days} days ago: confirm the support plan is still active, then update renews`);
    } else if (days <= RENEWAL_WARNING_DAYS) {
      const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
      r.warn(['contract', 'renews'], 'contract-renewal-due', `the ${name} contract${ref} renews ${when} (${renews}): make sure the renewal is under way, then update renews`);
    }
  }

  const top = ctx.severityIds?.[0];
  if (top !== undefined && channels.length > 0 && channels.every(isRec)) {
    const usable = channels.some((ch) => !('for' in (ch as Rec)) || list((ch as Rec).for).includes(top));
    if (!usable) {
      r.warn(
        ['channels'],
        'no-top-severity-channel',
        `no channel of ${name} is for ${severityLabel(ctx, top)}, the most severe incident: add ${top} to a channel's 'for', or add a channel without 'for'`,
        'key',
      );
    }
  }

  const notes = str(raw.notes);
  if (notes !== undefined) {
    const map = notesMapper(v.parsed, ['notes']);
    for (const p of checkMarkdownLinks(notes, map)) r.markdown(p);
  }
  return r.findings;
}

/** Maps a position inside the `notes` text to the file: exact for `|` block scalars, else the value's start. */
function notesMapper(parsed: ParsedYaml, path: Path): (p: Position) => Position {
  const node = locate(parsed.doc, path).node;
  const fallback = positionOf(parsed, path);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return () => fallback;
  const headerLine = parsed.lines.linePos(node.range[0]).line;
  // Content starts on the line after the `|` header. The indentation stripped from it is the file
  // line's indentation minus the value line's own leading spaces, measured on the first non-blank line.
  const valueLines = String(node.value).split('\n');
  const firstIndex = valueLines.findIndex((l) => l.trim() !== '');
  let indent = 0;
  if (firstIndex >= 0) {
    const fileLine = fileLineText(parsed, headerLine + 1 + firstIndex);
    const valueLine = valueLines[firstIndex]!;
    indent = fileLine.length - fileLine.trimStart().length - (valueLine.length - valueLine.trimStart().length);
  }
  return (p) => ({ line: headerLine + p.line, column: p.column + Math.max(0, indent) });
}

function fileLineText(parsed: ParsedYaml, line: number): string {
  const starts = parsed.lines.lineStarts;
  const start = starts[line - 1] ?? parsed.source.length;
  const end = starts[line] ?? parsed.source.length;
  return parsed.source.slice(start, end).replace(/\n$/, '');
}

// ---------------------------------------------------------------- services

function checkService(s: Loaded, ctx: Context): Finding[] {
  const r = new Reporter(s);
  const raw = s.raw!;
  const name = str(raw.name) ?? s.file.id;
  const deps = list(raw.depends_on);
  deps.forEach((d, i) => checkRef(r, ['depends_on', i], d, ctx.ids.vendor, 'unknown-vendor', 'vendor', 'vendors'));
  duplicates(r, deps, ['depends_on'], null, 'vendor');
  const runbooks = list(raw.runbooks);
  runbooks.forEach((d, i) => checkRef(r, ['runbooks', i], d, ctx.ids.runbook, 'unknown-runbook', 'runbook', 'runbooks'));
  duplicates(r, runbooks, ['runbooks'], null, 'runbook');
  checkContacts(r, raw.contacts, ['contacts'], ctx, name);

  if (ctx.severityIds !== undefined) {
    deps.forEach((d, i) => {
      const vendor = typeof d === 'string' ? ctx.vendorsById.get(d) : undefined;
      if (!vendor?.raw) return;
      const matched = new Set(list(vendor.raw.severities).map((x) => str(rec(x).matches)));
      const missing = ctx.severityIds!.filter((id) => !matched.has(id));
      if (missing.length === 0) return;
      const vendorName = str(vendor.raw.name) ?? vendor.file.id;
      const which = missing.map((id) => severityLabel(ctx, id)).join(', ');
      r.warn(
        ['depends_on', i],
        'unmatched-severity',
        `${name} depends on ${vendorName}, whose plan has no severity matching ${which}: add a severity with matches: ${missing[0]} to ${vendor.file.rel}, so on-call knows what to open`,
      );
    });
  }
  return r.findings;
}

// ---------------------------------------------------------------- runbooks

function checkRunbook(rb: LoadedRunbook, ctx: Context): Finding[] {
  const r = new Reporter(rb);
  if (rb.raw) {
    list(rb.raw.services).forEach((d, i) => checkRef(r, ['services', i], d, ctx.ids.service, 'unknown-service', 'service', 'services'));
    duplicates(r, list(rb.raw.services), ['services'], null, 'service');
    list(rb.raw.vendors).forEach((d, i) => checkRef(r, ['vendors', i], d, ctx.ids.vendor, 'unknown-vendor', 'vendor', 'vendors'));
    duplicates(r, list(rb.raw.vendors), ['vendors'], null, 'vendor');
  }
  if (rb.body) {
    const padded = '\n'.repeat(rb.body.startLine - 1) + rb.body.text;
    for (const p of checkMarkdownLinks(padded)) r.markdown(p);
  }
  return r.findings;
}
