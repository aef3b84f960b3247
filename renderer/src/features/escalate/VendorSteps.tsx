// One vendor of the escalation, as steps to check off: status page, open the case, the first-response
// deadline, the escalation path. Whatever is due comes first, in an alert.
import type { PlanVendor, StepState, VendorTimeline } from '../../../../preload/contract.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { Flag } from '../../components/Flag.tsx';
import { Deadline } from './Deadline.tsx';
import { DueNow, EscalationPath } from './EscalationPath.tsx';
import { HoursLine } from './HoursLine.tsx';
import { OpenCase } from './OpenCase.tsx';
import { StepBox } from './StepBox.tsx';

export interface VendorStepsProps {
  vendor: PlanVendor;
  position: number;
  severityName: string;
  timeline: VendorTimeline | null;
  steps: Record<string, StepState>;
  ifOpenedNow: string | null;
  now: number;
  onStep: (stepId: string, checked: boolean) => void;
  onCaseNumber: (vendorId: string, value: string) => void;
  /** A closed incident is read-only. */
  disabled: boolean;
}

function ContractFlag({ vendor }: { vendor: PlanVendor }) {
  const contract = vendor.contract;
  if (!contract || contract.state === 'ok') return null;
  if (contract.state === 'lapsed') {
    return (
      <Flag tone="stale" word="CONTRACT LAPSED">
        {contract.reference} was due for renewal on {contract.renews} ({-contract.daysLeft} days ago): support may refuse the case; say so
        and ask for a courtesy exception.
      </Flag>
    );
  }
  return (
    <Flag tone="warn" word="RENEWS SOON">
      {contract.reference} renews on {contract.renews} (in {contract.daysLeft} days).
    </Flag>
  );
}

export function VendorSteps(props: VendorStepsProps) {
  const { vendor, position, timeline, steps, now, onStep, disabled } = props;
  const step = (kind: string) => vendor.steps.find((s) => s.kind === kind);
  const statusStep = step('status-page');
  const opened = step('case-opened');
  const responded = step('first-response');
  const staleContacts = vendor.contacts.filter((c) => c.stale).length;
  return (
    <section className="vendor-steps" aria-labelledby={`vendor-steps-${vendor.id}`}>
      <h3 id={`vendor-steps-${vendor.id}`}>
        {position}. {vendor.name} <span className="muted">{vendor.plan}</span>
      </h3>
      <HoursLine vendor={vendor} />
      <ContractFlag vendor={vendor} />
      {staleContacts > 0 ? (
        <Flag tone="warn" word="STALE CONTACTS">
          {staleContacts === 1 ? '1 named contact was' : `${staleContacts} named contacts were`} not verified recently: the number may have
          changed.
        </Flag>
      ) : null}
      <DueNow vendor={vendor} timeline={timeline} steps={steps} now={now} />
      <ol className="steps">
        {statusStep && vendor.statusPage ? (
          <li>
            <StepBox id={statusStep.id} label={statusStep.label} state={steps[statusStep.id]} onStep={onStep} disabled={disabled} />
            <ExternalLink href={vendor.statusPage}>{vendor.statusPage}</ExternalLink>
          </li>
        ) : null}
        <li>
          <OpenCase
            vendor={vendor}
            severityName={props.severityName}
            caseNumber={timeline?.caseNumber ?? null}
            onCaseNumber={(v) => props.onCaseNumber(vendor.id, v)}
            disabled={disabled}
          />
          {opened ? <StepBox id={opened.id} label={opened.label} state={steps[opened.id]} onStep={onStep} disabled={disabled} /> : null}
        </li>
        <li>
          <Deadline vendor={vendor} timeline={timeline} ifOpenedNow={props.ifOpenedNow} now={now} />
          {responded && timeline?.caseOpenedAt ? (
            <StepBox id={responded.id} label={responded.label} state={steps[responded.id]} onStep={onStep} disabled={disabled} />
          ) : null}
        </li>
        <li>
          <h4>Escalation path</h4>
          <EscalationPath vendor={vendor} timeline={timeline} steps={steps} now={now} onStep={onStep} disabled={disabled} />
        </li>
      </ol>
    </section>
  );
}
