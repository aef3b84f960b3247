// The escalation steps of every vendor of a checklist, once: they are the same at every severity.
import type { PlanVendor } from '../../../../preload/contract.ts';
import { TickBox } from './ChecklistVendor.tsx';

export function ChecklistEscalation({ vendors }: { vendors: PlanVendor[] }) {
  return (
    <section className="sheet-block checklist-escalation">
      <h2>Escalation steps</h2>
      {vendors.map((vendor) => (
        <div key={vendor.id} className="checklist-escalation-vendor">
          <h3>{vendor.name}</h3>
          {vendor.escalation.length === 0 ? (
            <p>No escalation path in this plan.</p>
          ) : (
            <ul className="checklist-steps">
              {vendor.escalation.map((step) => (
                <li key={step.stepId}>
                  <TickBox /> <strong>{step.afterText}:</strong> {step.action}
                  {step.contactName ? (
                    <strong>
                      {' '}
                      Contact: {step.contactName}
                      {step.contact?.phone ? `, ${step.contact.phone.display}` : ''}
                      {step.contact?.stale ? ' (STALE contact: check the number)' : ''}
                    </strong>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
