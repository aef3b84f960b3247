// #/escalate/<service or vendor>?severity=<id>: the step-by-step escalation runbook (being built).
import type { Route } from '../../../../preload/contract.ts';
import { navigate } from '../../data/navigation.ts';

export function EscalateScreen({ route }: { route: Extract<Route, { screen: 'escalate' }> }) {
  return (
    <section className="notice" aria-labelledby="soon-heading">
      <h2 id="soon-heading">Escalation screen coming soon</h2>
      <p>
        A link asked for the escalation path of <strong>{route.target}</strong>
        {route.severity ? (
          <>
            {' '}
            at severity <strong>{route.severity}</strong>
          </>
        ) : null}
        . That screen is not built yet; the vendors, their phone lines and response times are on the home screen.
      </p>
      <button type="button" onClick={() => navigate({ screen: 'home' })}>
        Back to vendors
      </button>
    </section>
  );
}
