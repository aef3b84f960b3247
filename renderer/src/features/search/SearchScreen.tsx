// #/search?q=... : the search box with the query filled in and its results, live as the engineer types.
import type { Route } from '../../../../preload/contract.ts';
import { SearchPanel } from './SearchPanel.tsx';

export function SearchScreen({ route }: { route: Extract<Route, { screen: 'search' }> }) {
  const query = route.query ?? '';
  return (
    <section className="search-screen" aria-labelledby="search-heading">
      <h2 id="search-heading" className="sr-only">
        Search
      </h2>
      <SearchPanel key={query} initial={query} keepInAddress />
    </section>
  );
}
