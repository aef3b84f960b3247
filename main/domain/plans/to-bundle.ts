// Builds the normalised bundle from plan sources that passed every check: trimmed text, fixed key
// order and sorted lists, so the same plans always compile to byte-identical JSON.
import {
  BUNDLE_FORMAT,
  WEEKDAYS,
  type Channel,
  type Contact,
  type EscalationStep,
  type Hours,
  type Runbook,
  type Service,
  type Vendor,
} from '../../model/bundle.ts';
import { DEFAULT_CONTACTS_MAX_AGE_DAYS, type CompiledPlans } from './loaded.ts';
import { compareText } from './findings.ts';
import type { ContactSourceT, HoursSourceT, ManifestSourceT, RunbookFrontMatterT, ServiceSourceT, VendorSourceT } from './source-schema.ts';
import { checkPhone } from './values.ts';

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
  if (c.phone)
    out.phone = reorder({ display: c.phone.display, e164: c.phone.e164, extension: c.phone.extension }, ['display', 'e164', 'extension']);
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
    if (phone?.ok) {
      ch.dial = phone.value.e164;
      if (phone.value.extension) ch.extension = phone.value.extension;
    }
    return reorder(ch, ['type', 'value', 'label', 'dial', 'extension', 'hours', 'for']);
  });
  const escalation: EscalationStep[] = (v.escalation ?? []).map((e) => {
    const step: EscalationStep = {
      after:
        e.after.kind === 'first_response' ? { kind: 'first_response' } : { kind: 'duration', minutes: e.after.minutes, text: e.after.text },
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
    scope: v.scope
      ? { covered: (v.scope.covered ?? []).map((s) => s.trim()), notCovered: (v.scope.not_covered ?? []).map((s) => s.trim()) }
      : undefined,
    notes: v.notes === undefined ? undefined : markdown(v.notes),
  };
  return reorder(out, [
    'id',
    'name',
    'plan',
    'accounts',
    'statusPage',
    'hours',
    'channels',
    'severities',
    'contacts',
    'escalation',
    'contract',
    'scope',
    'notes',
  ]);
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

export function build(
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
