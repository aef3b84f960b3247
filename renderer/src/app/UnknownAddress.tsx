// An address that is not a route (a mistyped or truncated link): say so, and offer the home screen.
import { RouteLink } from '../components/RouteLink.tsx';

export function UnknownAddress() {
  return (
    <section className="notice" aria-labelledby="unknown-heading" role="alert">
      <h2 id="unknown-heading">This address is not a Lifeline screen</h2>
      <p>
        “{window.location.hash}” does not name a vendor, service, runbook or other screen. Go to the{' '}
        <RouteLink to={{ screen: 'home' }}>home screen</RouteLink>.
      </p>
    </section>
  );
}
