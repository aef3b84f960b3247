// Folds an incident's log into what the screens show: step states, case numbers, notes, and each
// vendor's deadlines counted from the moment its case was opened (on the plan the incident started with).
import { dueIfOpenedAt } from '../escalation/plan.ts';
import { MINUTE_MS } from '../escalation/zoned-time.ts';
import type { PlanVendor } from '../../model/escalation.ts';
import type { IncidentSummary, IncidentView, LogEntry, StartedEntry, StepState, VendorTimeline } from '../../model/incident.ts';

function timeline(vendor: PlanVendor, steps: Record<string, StepState>, caseNumber: string | null): VendorTimeline {
  const opened = steps[`${vendor.id}/case-opened`];
  const responded = steps[`${vendor.id}/first-response`];
  const openedAt = opened?.checked ? opened.at : null;
  const openedMs = openedAt ? Date.parse(openedAt) : null;
  const firstResponseDue = openedMs === null ? null : dueIfOpenedAt(vendor, openedMs);
  const escalationDue = vendor.escalation.map((step) => {
    if (openedMs === null) return null;
    if (step.after.kind === 'first_response') return firstResponseDue;
    return new Date(openedMs + step.after.minutes * MINUTE_MS).toISOString();
  });
  return {
    vendorId: vendor.id,
    caseNumber,
    caseOpenedAt: openedAt,
    firstResponseDue,
    firstResponseAt: responded?.checked ? responded.at : null,
    escalationDue,
  };
}

export function summaryOf(started: StartedEntry, last: LogEntry): IncidentSummary {
  const closedAt = last.kind === 'closed' ? last.at : null;
  return {
    id: started.incidentId,
    target: started.plan.target,
    severity: started.plan.severity,
    startedAt: started.at,
    closedAt,
    open: closedAt === null,
    bundle: { id: started.plan.bundle.id, version: started.plan.bundle.version },
  };
}

/** `entries` has passed verifyChain: the first one is the `started` entry. */
export function foldIncident(entries: LogEntry[], active: { id: string; version: number } | null, nowMs = Date.now()): IncidentView {
  const [first] = entries;
  if (!first || first.kind !== 'started') throw new Error('an incident log starts with its started entry');
  const steps: Record<string, StepState> = {};
  for (const step of first.plan.vendors.flatMap((v) => v.steps)) steps[step.id] = { checked: false, at: null };
  const caseNumbers = new Map<string, string>();
  const notes: IncidentView['notes'] = [];
  for (const entry of entries) {
    if (entry.kind === 'step') steps[entry.stepId] = { checked: entry.checked, at: entry.at };
    if (entry.kind === 'case-number') caseNumbers.set(entry.vendorId, entry.caseNumber);
    if (entry.kind === 'note') notes.push({ at: entry.at, text: entry.text });
  }
  const summary = summaryOf(first, entries.at(-1) ?? first);
  const changed = active !== null && (active.id !== summary.bundle.id || active.version !== summary.bundle.version);
  return {
    ...summary,
    plan: first.plan,
    steps,
    vendors: first.plan.vendors.map((v) => timeline(v, steps, caseNumbers.get(v.id) || null)),
    notes,
    ifOpenedNow: first.plan.vendors.map((v) => ({ vendorId: v.id, due: dueIfOpenedAt(v, nowMs) })),
    bundleChanged: changed ? active : null,
    entries,
  };
}
