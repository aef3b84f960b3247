// The escalation runbook for one plan: title, "Start incident", each vendor's steps in order, and the
// runbooks and contacts alongside. The same view runs before and during an incident.
import type { EscalationPlan, IfOpenedNow, IncidentView } from '../../../../preload/contract.ts';
import { useMainNow } from '../../data/main-clock.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { Alongside } from './Alongside.tsx';
import type { IncidentRunner } from './useIncidentRunner.ts';
import { clockTime } from './times.ts';
import { VendorSteps } from './VendorSteps.tsx';

interface Props {
  plan: EscalationPlan;
  ifOpenedNow: IfOpenedNow[] | null;
  runner: IncidentRunner;
}

function IncidentLine({ incident, now }: { incident: IncidentView; now: number }) {
  return (
    <p className="incident-line" data-testid="incident-line">
      <strong>{incident.open ? 'INCIDENT OPEN' : 'INCIDENT CLOSED'}</strong>{' '}
      <RouteLink to={{ screen: 'incident', id: incident.id }}>{incident.id}</RouteLink>, started{' '}
      {clockTime(Date.parse(incident.startedAt), undefined, now)} local
      {incident.bundleChanged ? (
        <span className="flag flag-info">
          <strong>PLANS UPDATED</strong> since this incident started (now {incident.bundleChanged.id} version{' '}
          {incident.bundleChanged.version}); it keeps showing version {incident.bundle.version}, the plan it was started with.
        </span>
      ) : null}
    </p>
  );
}

export function Runbook({ plan, ifOpenedNow, runner }: Props) {
  const now = useMainNow(1000);
  const incident = runner.incident;
  const closed = incident !== null && !incident.open;
  const title = `${plan.target.name}: ${plan.severity.name} escalation`;
  return (
    <article className="escalate" aria-labelledby="escalate-title">
      <header className="escalate-head">
        <h2 id="escalate-title">{title}</h2>
        <p className="muted">
          {plan.target.kind === 'service' ? 'Service' : 'Vendor'} {plan.target.name} · severity {plan.severity.id} ({plan.severity.name}) ·{' '}
          {plan.bundle.title} version {plan.bundle.version}
          {incident ? null : (
            <>
              {' '}
              · <RouteLink to={{ screen: 'escalate', target: plan.target.id }}>change severity</RouteLink>
            </>
          )}
        </p>
        {incident && now !== null ? (
          <IncidentLine incident={incident} now={now} />
        ) : (
          <p>
            <button type="button" className="start-incident" onClick={() => void runner.start()} disabled={runner.busy}>
              Start incident
            </button>{' '}
            <span className="muted">Records every check-off with main's time. Checking a step starts one too.</span>
          </p>
        )}
        {runner.error ? (
          <p className="flag flag-warn" data-testid="incident-error">
            <strong>NOT SAVED</strong> {runner.error}
          </p>
        ) : null}
      </header>
      <div className="escalate-layout">
        <div className="escalate-vendors">
          {now === null ? <p className="loading">Reading the clock…</p> : null}
          {now !== null &&
            plan.vendors.map((vendor, i) => (
              <VendorSteps
                key={vendor.id}
                vendor={vendor}
                position={i + 1}
                severityName={plan.severity.name}
                timeline={incident?.vendors.find((t) => t.vendorId === vendor.id) ?? null}
                steps={runner.steps}
                ifOpenedNow={ifOpenedNow?.find((d) => d.vendorId === vendor.id)?.due ?? null}
                now={now}
                onStep={runner.setStep}
                onCaseNumber={runner.setCaseNumber}
                disabled={closed}
              />
            ))}
          {plan.vendors.length === 0 ? (
            <p>This {plan.target.kind} depends on no vendor in the bundle: use its runbooks and internal contacts.</p>
          ) : null}
        </div>
        <Alongside plan={plan} />
      </div>
    </article>
  );
}
