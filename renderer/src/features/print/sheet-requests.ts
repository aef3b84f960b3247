// Which escalation plans a print route needs: vendor sheets take their vendor's plan at the most severe
// level (for contact and contract flags), checklists one plan per severity printed.
import type { Bundle, EscalationPlan } from '../../../../preload/contract.ts';
import { planKey, type PlanRequest, type PlanTable } from './useSheetPlans.ts';
import type { PrintRoute } from './print-route.ts';

export function checklistSeverities(bundle: Pick<Bundle, 'severities'>, severity?: string): string[] {
  return severity ? [severity] : bundle.severities.map((s) => s.id);
}

export function planRequests(route: PrintRoute, bundle: Bundle): PlanRequest[] {
  const top = bundle.severities[0]?.id ?? '';
  const forVendor = (target: string) => ({ target, severity: top });
  const forService = (target: string, severity?: string) => checklistSeverities(bundle, severity).map((id) => ({ target, severity: id }));
  switch (route.sheet) {
    case 'vendor':
      return bundle.vendors.some((v) => v.id === route.id) ? [forVendor(route.id)] : [];
    case 'service':
      if (bundle.services.some((s) => s.id === route.id)) return forService(route.id, route.severity);
      return bundle.vendors.some((v) => v.id === route.id) ? [forVendor(route.id)] : []; // a vendor's escalation prints its sheet
    case 'all':
      return [...bundle.vendors.map((v) => forVendor(v.id)), ...bundle.services.flatMap((s) => forService(s.id))];
    default:
      return [];
  }
}

/** The loaded plans of one service's checklist, most severe first. */
export function servicePlans(bundle: Pick<Bundle, 'severities'>, serviceId: string, plans: PlanTable, severity?: string): EscalationPlan[] {
  return checklistSeverities(bundle, severity).flatMap((id) => plans.get(planKey(serviceId, id)) ?? []);
}
