// Compiles a plans directory (YAML + Markdown) into the bundle the app reads, reporting every problem.
// Steps: read the files safely (files.ts), parse YAML with positions (yaml.ts), check each file's
// structure against the source format (source-schema.ts, issues.ts), check references and lint rules
// across files (checks.ts), and only when nothing is an error, build the normalised bundle.
import type { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BundleSchema,
  WEEKDAYS,
  type Bundle,
  type Channel,
  type Contact,
  type EscalationStep,
  type Hours,
  type Runbook,
  type Service,
  type Vendor,
} from '../model/bundle.ts';
import { crossCheck, DEFAULT_CONTACTS_MAX_AGE_DAYS, internalError, type Loaded, type LoadedRunbook } from './checks.ts';
import { readPlansDir, type SourceFile } from './files.ts';
import { compareText, hasErrors, sortFindings, type Finding } from './findings.ts';
import { issuesToFindings } from './issues.ts';
import { splitFrontMatter } from './markdown.ts';
import {
  ManifestSource,
  RunbookFrontMatterSource,
  ServiceSource,
  VendorSource,
  type ContactSourceT,
  type HoursSourceT,
  type ManifestSourceT,
  type RunbookFrontMatterT,
  type ServiceSourceT,
  type VendorSourceT,
} from './source-schema.ts';
import { checkDate, checkPhone } from './values.ts';
import { parseYaml, positionOf, type ParsedYaml } from './yaml.ts';

export type CompiledPlans = Omit<Bundle, 'version' | 'publishedAt'>;

export interface CompileOptions {
  /** Reference date for lint checks (stale contacts, renewals), YYYY-MM-DD. */
  today: string;
}

export interface CompileResult {
  /** Sorted by file, line, column. */
  findings: Finding[];
  /** Null iff any finding has error severity. */
  plans: CompiledPlans | null;
  /** Plan files examined (relative paths, sorted), for summaries. */
  files: string[];
}

const CompiledPlansSchema = BundleSchema.omit({ version: true, publishedAt: true });

/** Never throws on bad input: every problem becomes a finding. */
export async function compilePlans(dir: string, options: CompileOptions): Promise<CompileResult> {
  try {
    return await compile(dir, options);
  } catch (error) {
    // A bug, not bad input: still one clear finding rather than a stack trace.
    return {
      findings: [
        {
          severity: 'error',
          file: '.',
          line: 1,
          column: 1,
          rule: 'internal-error',
          message: `Lifeline failed while checking these plans (a bug, please report it): ${(error as Error)?.message ?? String(error)}`,
        },
      ],
      plans: null,
      files: [],
    };
  }
}

interface Typed<T> extends Loaded {
  typed: T | undefined;
}

function loadYaml<S extends z.ZodType>(file: SourceFile, parsed: ParsedYaml, schema: S, topLevel: string, findings: Finding[]): Typed<z.output<S>> {
  findings.push(...parsed.findings);
  const empty: Typed<z.output<S>> = { file, parsed, raw: undefined, typed: undefined };
  if (parsed.findings.some((f) => f.severity === 'error' && f.rule !== 'duplicate-key') || parsed.data === undefined) return empty;
  const data = parsed.data;
  if (data === null || (typeof data === 'string' && data.trim() === '')) {
    findings.push({ severity: 'error', file: file.rel, line: 1, column: 1, rule: 'empty-file', message: `${topLevel === 'the front matter' ? 'the front matter' : file.rel} is empty: ${emptyHint(file)}` });
    return empty;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = positionOf(parsed, []);
    findings.push({
      severity: 'error',
      file: file.rel,
      line: pos.line,
      column: pos.column,
      rule: 'wrong-type',
      message: `${topLevel} should be a mapping of keys (${emptyHint(file)}), not ${Array.isArray(data) ? 'a list' : 'plain text'}`,
    });
    return empty;
  }
  const raw = data as Record<string, unknown>;
  const result = schema.safeParse(raw);
  if (!result.success) findings.push(...issuesToFindings(result.error.issues, { parsed, topLevel, fileId: file.id || undefined }));
  if (file.kind === 'vendor' || file.kind === 'service') {
    const id = raw.id;
    if (typeof id === 'string' && /^[a-z0-9-]+$/.test(id) && id !== file.id) {
      const pos = positionOf(parsed, ['id']);
      findings.push({
        severity: 'error',
        file: file.rel,
        line: pos.line,
        column: pos.column,
        rule: 'id-mismatch',
        message: `id '${id}' does not match the file name ${file.rel}: write id: ${file.id}, or rename the file to ${id}.yaml`,
      });
    }
  }
  return { file, parsed, raw, typed: result.success ? (result.data as z.output<S>) : undefined };
}

function emptyHint(file: SourceFile): string {
  switch (file.kind) {
    case 'manifest':
      return 'it needs id, title, publisher and severities';
    case 'vendor':
      return 'a vendor needs id, name, plan, hours and channels';
    case 'service':
      return 'a service needs id, name, owner and description';
    case 'runbook':
      return 'the front matter needs at least a title';
  }
}

async function compile(dir: string, options: CompileOptions): Promise<CompileResult> {
  const findings: Finding[] = [];
  if (!checkDate(options.today).ok) {
    findings.push({ severity: 'error', file: '.', line: 1, column: 1, rule: 'invalid-option', message: `today '${options.today}' is not a date (YYYY-MM-DD)` });
    return { findings, plans: null, files: [] };
  }
  const read = await readPlansDir(dir);
  findings.push(...read.findings);

  let manifest: Typed<ManifestSourceT> | undefined;
  const vendors: Typed<VendorSourceT>[] = [];
  const services: Typed<ServiceSourceT>[] = [];
  const runbooks: (Typed<RunbookFrontMatterT> & LoadedRunbook)[] = [];

  for (const file of read.files) {
    try {
      loadFile(file);
    } catch (error) {
      findings.push(internalError(file.rel, error));
    }
  }

  function loadFile(file: SourceFile): void {
    switch (file.kind) {
      case 'manifest':
        manifest = loadYaml(file, parseYaml(file.rel, file.text), ManifestSource, 'lifeline.yaml', findings);
        break;
      case 'vendor':
        vendors.push(loadYaml(file, parseYaml(file.rel, file.text), VendorSource, 'this vendor', findings));
        break;
      case 'service':
        services.push(loadYaml(file, parseYaml(file.rel, file.text), ServiceSource, 'this service', findings));
        break;
      case 'runbook': {
        const split = splitFrontMatter(file.text);
        if (!split.ok) {
          findings.push({ severity: 'error', file: file.rel, line: split.line, column: 1, rule: split.rule, message: split.message });
          break;
        }
        const loaded = loadYaml(file, parseYaml(file.rel, split.yamlText), RunbookFrontMatterSource, 'the front matter', findings);
        runbooks.push({ ...loaded, body: { text: split.body, startLine: split.bodyStartLine } });
        break;
      }
    }
  }

  findings.push(...crossCheck({ manifest, vendors, services, runbooks, ids: read.ids, today: options.today }));

  const sorted = sortFindings(findings);
  const files = [...read.examined].sort(compareText);
  if (hasErrors(sorted) || !manifest?.typed) return { findings: sorted, plans: null, files };

  const plans = build(
    manifest.typed,
    vendors.map((v) => v.typed!),
    services.map((s) => s.typed!),
    runbooks.map((r) => ({ id: r.file.id, front: r.typed!, body: r.body!.text })),
  );
  const check = CompiledPlansSchema.safeParse(plans);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    sorted.push({
      severity: 'error',
      file: '.',
      line: 1,
      column: 1,
      rule: 'internal-error',
      message: `the compiled bundle failed its own schema at ${issue.path.join('.')}: ${issue.message} (a bug in Lifeline, please report it)`,
    });
    return { findings: sorted, plans: null, files };
  }
  return { findings: sorted, plans, files };
}

// ---------------------------------------------------------------- building the bundle

const byId = <T extends { id: string }>(a: T, b: T) => compareText(a.id, b.id);

function hoursOut(h: HoursSourceT): Hours {
  if (h === '24x7') return { kind: '24x7' };
  const days = new Set<string>(h.days);
  return {
    kind: 'business',
    timezone: h.timezone,
    days: WEEKDAYS.filter((d) => days.has(d)),
    from: h.from,
    to: h.to,
  };
}

function contactOut(c: ContactSourceT): Contact {
  const out: Contact = { name: c.name.trim(), role: c.role.trim(), verified: c.verified ?? null };
  if (c.phone) out.phone = { display: c.phone.display, e164: c.phone.e164 };
  if (c.email) out.email = c.email;
  return reorder(out, ['name', 'role', 'phone', 'email', 'verified']);
}

/** Same keys, fixed order, so output bytes never depend on how the object was assembled. */
function reorder<T extends object>(value: T, keys: (keyof T)[]): T {
  const out = {} as T;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

/** Markdown as written, without leading blank lines or trailing whitespace. */
function markdown(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

function vendorOut(v: VendorSourceT): Vendor {
  const hours = hoursOut(v.hours);
  const channels: Channel[] = v.channels.map((c) => {
    const phone = c.type === 'phone' ? checkPhone(c.value) : undefined;
    const ch: Channel = {
      type: c.type,
      value: c.value.trim(),
      label: c.label.trim(),
      hours: c.hours === undefined ? hours : hoursOut(c.hours),
      for: c.for ?? null,
    };
    if (phone?.ok) ch.dial = phone.value.e164;
    return reorder(ch, ['type', 'value', 'label', 'dial', 'hours', 'for']);
  });
  const escalation: EscalationStep[] = (v.escalation ?? []).map((e) => {
    const step: EscalationStep = {
      after: e.after.kind === 'first_response' ? { kind: 'first_response' } : { kind: 'duration', minutes: e.after.minutes, text: e.after.text },
      action: e.action.trim(),
    };
    if (e.contact !== undefined) step.contact = e.contact;
    return step;
  });
  const out: Vendor = {
    id: v.id,
    name: v.name.trim(),
    plan: v.plan.trim(),
    accounts: v.account === undefined ? [] : typeof v.account === 'string' ? [v.account.trim()] : v.account.map((a) => a.trim()),
    statusPage: v.status_page,
    hours,
    channels,
    severities: (v.severities ?? []).map((s) => ({
      name: s.name.trim(),
      firstResponse: s.first_response.text,
      firstResponseMinutes: s.first_response.minutes,
      businessHours: s.business_hours ?? false,
      matches: s.matches,
      description: s.description.trim(),
    })),
    contacts: (v.contacts ?? []).map(contactOut),
    escalation,
    contract: v.contract ? { renews: v.contract.renews, reference: v.contract.reference.trim() } : undefined,
    scope: v.scope ? { covered: (v.scope.covered ?? []).map((s) => s.trim()), notCovered: (v.scope.not_covered ?? []).map((s) => s.trim()) } : undefined,
    notes: v.notes === undefined ? undefined : markdown(v.notes),
  };
  return reorder(out, ['id', 'name', 'plan', 'accounts', 'statusPage', 'hours', 'channels', 'severities', 'contacts', 'escalation', 'contract', 'scope', 'notes']);
}

function serviceOut(s: ServiceSourceT): Service {
  return {
    id: s.id,
    name: s.name.trim(),
    owner: s.owner.trim(),
    description: s.description.trim(),
    dependsOn: s.depends_on ?? [],
    contacts: (s.contacts ?? []).map(contactOut),
    runbooks: s.runbooks ?? [],
  };
}

function runbookOut(id: string, front: RunbookFrontMatterT, body: string): Runbook {
  return {
    id,
    title: front.title.trim(),
    services: front.services ?? [],
    vendors: front.vendors ?? [],
    tags: (front.tags ?? []).map((t) => t.trim()),
    body: markdown(body),
  };
}

function build(
  m: ManifestSourceT,
  vendors: VendorSourceT[],
  services: ServiceSourceT[],
  runbooks: { id: string; front: RunbookFrontMatterT; body: string }[],
): CompiledPlans {
  return {
    format: BUNDLE_FORMAT,
    id: m.id,
    title: m.title.trim(),
    publisher: m.publisher.trim(),
    contactsMaxAgeDays: m.contacts_max_age_days ?? DEFAULT_CONTACTS_MAX_AGE_DAYS,
    severities: m.severities.map((s) => ({ id: s.id, name: s.name.trim() })),
    vendors: vendors.map(vendorOut).sort(byId),
    services: services.map(serviceOut).sort(byId),
    runbooks: runbooks.map((r) => runbookOut(r.id, r.front, r.body)).sort(byId),
  };
}
