// Step 4: the vendor's escalation path. A step whose time has come (the first-response deadline passed,
// or its delay since the case was opened) comes forward in an alert with the action and whom to call.
import type { PlanContact, PlanEscalation, PlanVendor, StepState, VendorTimeline } from '../../../../preload/contract.ts';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { StaleBadge } from './StaleBadge.tsx';
import { BothTimes } from './Deadline.tsx';
import { StepBox } from './StepBox.tsx';
import { minutesFrom } from './times.ts';

interface Props {
  vendor: PlanVendor;
  timeline: VendorTimeline | null;
  steps: Record<string, StepState>;
  now: number;
  onStep: (stepId: string, checked: boolean) => void;
  disabled: boolean;
}

export function isDue(
  step: PlanEscalation,
  index: number,
  timeline: VendorTimeline | null,
  steps: Record<string, StepState>,
  now: number,
): boolean {
  const dueAt = timeline?.escalationDue[index] ?? null;
  if (!dueAt || steps[step.stepId]?.checked) return false;
  if (step.after.kind === 'first_response' && timeline?.firstResponseAt) return false;
  return Date.parse(dueAt) <= now;
}

function ContactLine({ contact, name }: { contact: PlanContact | null; name: string | null }) {
  if (!name) return null;
  if (!contact) return <p className="muted">Contact: {name} (not listed in this plan)</p>;
  return (
    <p className="escalation-contact">
      <span className="contact-name">{contact.name}</span>, {contact.role} <StaleBadge contact={contact} />
      <br />
      {contact.phone ? (
        <PhoneLink
          display={contact.phone.display}
          dial={contact.phone.e164}
          label={`Call ${contact.name}: ${contact.phone.display}`}
          className="call-number num"
        />
      ) : (
        <span>no phone listed</span>
      )}
      {contact.email ? <span className="muted"> · {contact.email}</span> : null}
    </p>
  );
}

export function DueNow({ vendor, timeline, steps, now }: Omit<Props, 'onStep' | 'disabled'>) {
  const due = vendor.escalation.filter((step, i) => isDue(step, i, timeline, steps, now));
  if (due.length === 0) return null;
  return (
    <div className="due-now">
      {due.map((step) => (
        <div key={step.stepId} role="alert" className="due-alert" data-testid={`due-${step.stepId}`}>
          <p className="due-word">
            <strong>ESCALATE NOW</strong> at {vendor.name}
          </p>
          <p className="due-action">{step.action}</p>
          <ContactLine contact={step.contact} name={step.contactName} />
        </div>
      ))}
    </div>
  );
}

export function EscalationPath({ vendor, timeline, steps, now, onStep, disabled }: Props) {
  if (vendor.escalation.length === 0) return <p className="muted">{vendor.name} lists no escalation path.</p>;
  return (
    <ol className="escalation-path">
      {vendor.escalation.map((step, i) => {
        const dueAt = timeline?.escalationDue[i] ?? null;
        const due = isDue(step, i, timeline, steps, now);
        const label = vendor.steps.find((s) => s.id === step.stepId)?.label ?? step.action;
        return (
          <li key={step.stepId} className={due ? 'escalation-step is-due' : 'escalation-step'}>
            <StepBox id={step.stepId} label={label} state={steps[step.stepId]} onStep={onStep} disabled={disabled} />
            <p className="muted">
              {due ? <strong className="due-tag">DUE NOW · </strong> : null}
              {step.afterText}
              {dueAt ? (
                <>
                  : <BothTimes iso={dueAt} vendor={vendor} now={now} /> ({minutesFrom(Date.parse(dueAt) - now)})
                </>
              ) : null}
            </p>
            <ContactLine contact={step.contact} name={step.contactName} />
          </li>
        );
      })}
    </ol>
  );
}
