// One internal severity of a service checklist: each vendor's case to open, with its blanks.
import type { EscalationPlan, Service } from '../../../../preload/contract.ts';
import { ChecklistVendor } from './ChecklistVendor.tsx';
import { serviceSheetHash, type SheetBundle } from './sheet-content.ts';
import { SheetStamp } from './SheetStamp.tsx';

interface Props {
  bundle: SheetBundle;
  service: Service;
  plan: EscalationPlan;
  /** Part of a checklist with every severity: carries its own stamp (the escalation screen's). */
  separate: boolean;
}

export function ChecklistSection({ bundle, service, plan, separate }: Props) {
  return (
    <section className={`checklist-section${separate ? ' separate' : ''}`} data-checklist-severity={plan.severity.id}>
      <h2 className="checklist-title">
        {plan.severity.name} ({plan.severity.id}): {service.name}
      </h2>
      {separate && <SheetStamp hash={serviceSheetHash(bundle, service, [plan])} bundleId={bundle.id} version={bundle.version} />}
      {plan.missingVendors.length > 0 && (
        <p className="sheet-stale">Not in this bundle, handle by hand: {plan.missingVendors.join(', ')}</p>
      )}
      {plan.vendors.length === 0 ? <p>{service.name} depends on no vendor in this bundle.</p> : null}
      {plan.vendors.map((vendor) => (
        <ChecklistVendor key={vendor.id} vendor={vendor} severities={bundle.severities} />
      ))}
    </section>
  );
}
