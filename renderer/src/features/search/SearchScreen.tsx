// #/search?q=... : until the full-text engine lands, the vendors whose name, plan or account id
// contains the text, each linking to its page.
import type { Route } from '../../../../preload/contract.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { WithBundle } from '../../components/WithBundle.tsx';
import { matchesFilter, sortVendors } from '../../domain/vendor-list.ts';
import { SearchBox } from './SearchBox.tsx';

export function SearchScreen({ route }: { route: Extract<Route, { screen: 'search' }> }) {
  const query = route.query ?? '';
  return (
    <section className="search-screen" aria-labelledby="search-heading">
      <h2 id="search-heading" tabIndex={-1}>
        {query ? `Search: ${query}` : 'Search'}
      </h2>
      <SearchBox key={query} initial={query} />
      {query.trim() !== '' && (
        <WithBundle>
          {(bundle) => {
            const hits = sortVendors(bundle.vendors.filter((vendor) => matchesFilter(vendor, query)));
            if (hits.length === 0) return <p className="empty">No vendor name, plan or account id contains “{query}”.</p>;
            return (
              <ul className="result-list" aria-label="Vendors">
                {hits.map((vendor) => (
                  <li key={vendor.id}>
                    <RouteLink to={{ screen: 'vendor', id: vendor.id }}>{vendor.name}</RouteLink> <span className="muted">{vendor.plan}</span>
                  </li>
                ))}
              </ul>
            );
          }}
        </WithBundle>
      )}
    </section>
  );
}
