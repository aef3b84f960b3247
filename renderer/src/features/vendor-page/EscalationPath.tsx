// The vendor's escalation path, in order, with each step's contact and number.
import type { Vendor } from '../../../../preload/contract.ts';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { whenText } from '../../domain/escalation-text.ts';

export function EscalationPath({ vendor }: { vendor: Vendor }) {
  if (vendor.escalation.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby="escalation-heading">
      <h3 id="escalation-heading">Escalation path</h3>
      <ol className="escalation-path">
        {vendor.escalation.map((step, index) => {
          const contact = step.contact ? vendor.contacts.find((c) => c.name === step.contact) : undefined;
          return (
            <li key={index}>
              <strong>{whenText(step.after)}:</strong> {step.action}
              {step.contact && (
                <span className="escalation-contact">
                  {' '}
                  · Contact: {step.contact}
                  {contact?.phone && (
                    <>
                      {' '}
                      <PhoneLink
                        display={contact.phone.display}
                        dial={contact.phone.e164}
                        label={`Call ${step.contact} ${contact.phone.display}`}
                      />
                    </>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
