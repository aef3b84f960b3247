// The vendor's escalation path in order, each step with its trigger and the contact's number written out.
import type { EscalationStep, Vendor } from '../../../../preload/contract.ts';
import { deadlineText } from './print-format.ts';

function trigger(step: EscalationStep): string {
  return step.after.kind === 'first_response' ? 'When the first response is overdue' : `After ${deadlineText(step.after.minutes).slice(1)}`;
}

export function VendorEscalationList({ vendor }: { vendor: Vendor }) {
  return (
    <section className="sheet-block">
      <h2>Escalation</h2>
      {vendor.escalation.length === 0 ? (
        <p>No escalation path in this plan.</p>
      ) : (
        <ol className="sheet-steps">
          {vendor.escalation.map((step, index) => {
            const contact = step.contact ? vendor.contacts.find((c) => c.name === step.contact) : undefined;
            return (
              <li key={index}>
                <strong>{trigger(step)}:</strong> {step.action}
                {step.contact && (
                  <span className="sheet-note">
                    {' '}
                    Contact: {step.contact}
                    {contact?.phone ? `, ${contact.phone.display}` : ''}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
