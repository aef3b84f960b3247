// Beside the steps: the service's own runbooks and internal contacts, stale ones flagged.
import type { EscalationPlan } from '../../../../preload/contract.ts';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { StaleBadge } from './StaleBadge.tsx';

export function Alongside({ plan }: { plan: EscalationPlan }) {
  return (
    <aside className="alongside" aria-label="Runbooks and internal contacts">
      <h3>Runbooks</h3>
      {plan.runbooks.length === 0 ? <p className="muted">No runbook is linked.</p> : null}
      <ul>
        {plan.runbooks.map((r) => (
          <li key={r.id}>
            <RouteLink to={{ screen: 'runbook', id: r.id }}>{r.title}</RouteLink>
          </li>
        ))}
      </ul>
      {plan.target.kind === 'service' ? (
        <>
          <h3>Internal contacts</h3>
          {plan.owner ? <p className="muted">Owner: {plan.owner}</p> : null}
          {plan.contacts.length === 0 ? <p className="muted">No internal contact is listed.</p> : null}
          <ul className="internal-contacts">
            {plan.contacts.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> <StaleBadge contact={c} />
                <div className="muted">{c.role}</div>
                {c.phone ? (
                  <PhoneLink display={c.phone.display} dial={c.phone.e164} label={`Call ${c.name}: ${c.phone.display}`} className="num" />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.missingVendors.length > 0 ? (
        <p className="flag flag-warn">
          <strong>MISSING</strong> Depends on vendors this bundle does not hold: {plan.missingVendors.join(', ')}.
        </p>
      ) : null}
    </aside>
  );
}
