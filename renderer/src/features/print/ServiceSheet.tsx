// A service's escalation runbook as a paper checklist: one section per internal severity (or the one
// asked for), then the escalation steps and internal contacts once, with the hash of what it prints.
import type { EscalationPlan, LocalStatus, Service } from '../../../../preload/contract.ts';
import { ChecklistEscalation } from './ChecklistEscalation.tsx';
import { ChecklistSection } from './ChecklistSection.tsx';
import { PlanContactsList } from './PlanContactsList.tsx';
import { SheetHeader } from './SheetHeader.tsx';
import { serviceSheetHash, type SheetBundle } from './sheet-content.ts';

interface Props {
  bundle: SheetBundle;
  status: LocalStatus | null;
  service: Service;
  /** In the order to print: most severe first. */
  plans: EscalationPlan[];
  printedAt: number;
  section?: string;
}

export function ServiceSheet({ bundle, status, service, plans, printedAt, section }: Props) {
  const only = plans.length === 1 ? plans[0] : undefined;
  const qr = { text: `lifeline://escalate/${service.id}${only ? `?severity=${only.severity.id}` : ''}`, caption: 'Open in Lifeline' };
  return (
    <article className="sheet service-sheet" data-sheet="service" data-service-sheet={service.id}>
      <SheetHeader
        bundle={bundle}
        status={status}
        printedAt={printedAt}
        title={`${service.name}: escalation checklist${only ? `, ${only.severity.name}` : ''}`}
        section={section}
        hash={serviceSheetHash(bundle, service, plans)}
        qr={qr}
      />
      <p className="sheet-intro">
        Owner: {service.owner || 'not stated'}. {service.description} Work down each vendor: tick each box, write the case number and the
        time it is due; escalate by the steps at the end.
      </p>
      {plans.length === 0 ? <p>This bundle has no severity scale to print a checklist for.</p> : null}
      {plans.map((plan) => (
        <ChecklistSection key={plan.severity.id} bundle={bundle} service={service} plan={plan} separate={plans.length > 1} />
      ))}
      {plans[0] && (
        <>
          <ChecklistEscalation vendors={plans[0].vendors} />
          <PlanContactsList
            heading={`Internal contacts: ${service.name}`}
            contacts={plans[0].contacts}
            maxAgeDays={bundle.contactsMaxAgeDays}
          />
          {plans[0].runbooks.length > 0 && (
            <p className="sheet-note">Runbooks in Lifeline: {plans[0].runbooks.map((runbook) => runbook.title).join('; ')}</p>
          )}
        </>
      )}
    </article>
  );
}
