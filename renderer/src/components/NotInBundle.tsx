// What a page shows for an id this bundle does not have: say so plainly and offer the ways on.
import type { Route } from '../../../preload/contract.ts';
import { RouteLink } from './RouteLink.tsx';

interface Props {
  /** "vendor", "service", "runbook"... */
  kind: string;
  id: string;
}

export function NotInBundle({ kind, id }: Props) {
  const search: Route = { screen: 'search', query: id };
  return (
    <section className="notice" aria-labelledby="missing-heading" data-testid={`missing-${kind}`} role="alert">
      <h2 id="missing-heading">
        No {kind} with id “{id}” in this bundle.
      </h2>
      <p>
        It may have been renamed or removed in a newer version of the plans. <RouteLink to={search}>Search for “{id}”</RouteLink> or go back
        to <RouteLink to={{ screen: 'home' }}>Vendors A–Z</RouteLink>.
      </p>
    </section>
  );
}
