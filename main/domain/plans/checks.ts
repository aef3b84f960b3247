// Checks that span fields and files: references (matches, for, depends_on, runbooks, escalation
// contacts, front matter services/vendors), duplicates, per-type channel values, opening hours, and the
// lint warnings (stale contacts, contract renewals, channels and severities missing for an incident,
// unsafe Markdown links). They run on the raw data, so a file with other errors is still checked.
import type { Finding } from './findings.ts';
import { checkMarkdownLinks } from './markdown.ts';
import { ID_PATTERN } from './values.ts';
import { DEFAULT_CONTACTS_MAX_AGE_DAYS, type CheckInput, type Loaded, type LoadedRunbook } from './loaded.ts';
import { checkContacts, checkRef, duplicates, list, rec, Reporter, severityLabel, str, type Context } from './check-kit.ts';
import { checkVendor } from './vendor-checks.ts';
import { messageOf } from '../../model/thrown.ts';

export function crossCheck(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const manifest = input.manifest?.raw;
  const severities = manifest
    ? list(manifest.severities)
        .map((s) => str(rec(s).id))
        .filter((s): s is string => s !== undefined && ID_PATTERN.test(s))
    : undefined;
  const severityNames = new Map<string, string>();
  if (manifest)
    for (const s of list(manifest.severities))
      if (str(rec(s).id) && str(rec(s).name)) severityNames.set(str(rec(s).id)!, str(rec(s).name)!);
  const maxAge = /^[1-9][0-9]{0,4}$/.test(str(manifest?.contacts_max_age_days) ?? '')
    ? Number(manifest!.contacts_max_age_days)
    : DEFAULT_CONTACTS_MAX_AGE_DAYS;
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
  const message = messageOf(error);
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
