// The escalation plan for a target (a service's vendors in depends_on order, or one vendor) at one
// internal severity: the steps to check off, the vendor severity to open, the channels allowed.
import type { Bundle, Contact, Service, Vendor, VendorSeverity } from '../../model/bundle.ts';
import type { EscalationLookup, EscalationPlan, PlanEscalation, PlanStep, PlanVendor } from '../../model/escalation.ts';
import { firstResponseDue } from './business-hours.ts';
import { contractState, flagContact } from './freshness.ts';
import { isKnownZone } from './zoned-time.ts';

export type Target = { kind: 'service'; item: Service } | { kind: 'vendor'; item: Vendor };

/** Services first: `#/escalate/<id>` names a service or a vendor. */
export function findTarget(bundle: Bundle, id: string): Target | null {
  const service = bundle.services.find((s) => s.id === id);
  if (service) return { kind: 'service', item: service };
  const vendor = bundle.vendors.find((v) => v.id === id);
  return vendor ? { kind: 'vendor', item: vendor } : null;
}

/** Most urgent first: shortest first response, and round-the-clock before business hours at a tie. */
export function matchingSeverities(vendor: Vendor, severityId: string): VendorSeverity[] {
  return vendor.severities
    .filter((s) => s.matches === severityId)
    .map((s, index) => ({ s, index }))
    .sort(
      (a, b) =>
        a.s.firstResponseMinutes - b.s.firstResponseMinutes || Number(a.s.businessHours) - Number(b.s.businessHours) || a.index - b.index,
    )
    .map(({ s }) => s);
}

function afterText(step: Vendor['escalation'][number]): string {
  return step.after.kind === 'first_response' ? 'when the first-response time passes' : `${step.after.text} after the case was opened`;
}

function vendorSteps(vendor: Vendor): PlanStep[] {
  const steps: PlanStep[] = [];
  if (vendor.statusPage)
    steps.push({ id: `${vendor.id}/status-page`, kind: 'status-page', label: `Checked the ${vendor.name} status page` });
  steps.push({ id: `${vendor.id}/case-opened`, kind: 'case-opened', label: `Case opened at ${vendor.name}` });
  steps.push({ id: `${vendor.id}/first-response`, kind: 'first-response', label: `First response received from ${vendor.name}` });
  vendor.escalation.forEach((step, i) => {
    steps.push({
      id: `${vendor.id}/escalation-${i + 1}`,
      kind: 'escalation',
      label: `Escalation ${i + 1} at ${vendor.name}: ${step.action}`,
    });
  });
  return steps;
}

function planVendor(vendor: Vendor, severityId: string, nowMs: number, maxAgeDays: number): PlanVendor {
  const [severity, ...otherSeverities] = matchingSeverities(vendor, severityId);
  const channels = vendor.channels.filter((c) => c.for === null || c.for.includes(severityId));
  const contacts = vendor.contacts.map((c) => flagContact(c, nowMs, maxAgeDays));
  const escalation: PlanEscalation[] = vendor.escalation.map((step, i) => ({
    stepId: `${vendor.id}/escalation-${i + 1}`,
    after: step.after,
    afterText: afterText(step),
    action: step.action,
    contact: contacts.find((c) => c.name === step.contact) ?? null,
    contactName: step.contact ?? null,
  }));
  return {
    id: vendor.id,
    name: vendor.name,
    plan: vendor.plan,
    accounts: vendor.accounts,
    statusPage: vendor.statusPage ?? null,
    hours: vendor.hours,
    severity: severity ?? null,
    otherSeverities,
    channels,
    hiddenChannels: vendor.channels.length - channels.length,
    contacts,
    escalation,
    contract: vendor.contract ? contractState(vendor.contract, nowMs) : null,
    steps: vendorSteps(vendor),
  };
}

export function buildPlan(bundle: Bundle, target: Target, severity: { id: string; name: string }, nowMs: number): EscalationPlan {
  const maxAge = bundle.contactsMaxAgeDays;
  const vendorIds = target.kind === 'service' ? target.item.dependsOn : [target.item.id];
  const vendors = vendorIds.flatMap((id) => bundle.vendors.filter((v) => v.id === id));
  const service = target.kind === 'service' ? target.item : null;
  const runbookIds = service ? service.runbooks : bundle.runbooks.filter((r) => r.vendors.includes(target.item.id)).map((r) => r.id);
  const flag = (c: Contact) => flagContact(c, nowMs, maxAge);
  return {
    target: { kind: target.kind, id: target.item.id, name: target.item.name },
    severity: { id: severity.id, name: severity.name },
    bundle: { id: bundle.id, title: bundle.title, version: bundle.version },
    contactsMaxAgeDays: maxAge,
    madeAt: new Date(nowMs).toISOString(),
    owner: service ? service.owner : null,
    vendors: vendors.map((v) => planVendor(v, severity.id, nowMs, maxAge)),
    missingVendors: vendorIds.filter((id) => !bundle.vendors.some((v) => v.id === id)),
    runbooks: runbookIds.flatMap((id) => bundle.runbooks.filter((r) => r.id === id).map((r) => ({ id: r.id, title: r.title }))),
    contacts: service ? service.contacts.map(flag) : [],
  };
}

/** Null when no severity matches, or the plan's time zone is unknown to this machine's Intl. */
export function dueIfOpenedAt(vendor: PlanVendor, openedAtMs: number): string | null {
  if (!vendor.severity) return null;
  if (vendor.severity.businessHours && vendor.hours.kind === 'business' && !isKnownZone(vendor.hours.timezone)) return null;
  return new Date(firstResponseDue(openedAtMs, vendor.severity, vendor.hours)).toISOString();
}

/** getEscalation: the plan, or what is missing to make one. */
export function lookupEscalation(bundle: Bundle, targetId: string, severityId: string | undefined, nowMs: number): EscalationLookup {
  const target = findTarget(bundle, targetId);
  if (!target) return { status: 'unknown-target', target: targetId };
  const severity = bundle.severities.find((s) => s.id === severityId);
  if (!severity) {
    return {
      status: 'choose-severity',
      target: { kind: target.kind, id: target.item.id, name: target.item.name },
      unknownSeverity: severityId ?? null,
      severities: bundle.severities.map((s) => ({ id: s.id, name: s.name })),
    };
  }
  const plan = buildPlan(bundle, target, severity, nowMs);
  const ifOpenedNow = plan.vendors.map((v) => ({ vendorId: v.id, due: dueIfOpenedAt(v, nowMs) }));
  return { status: 'plan', now: new Date(nowMs).toISOString(), plan, ifOpenedNow };
}
