// Search results grouped by kind: each hit a link named by its title, the matched text with the
// matched words marked, and a phone number as a tel: link with a copy button.
import { memo } from 'react';
import type { SearchHit, SearchResults as Results, TextSegment } from '../../../../preload/contract.ts';
import { PhoneLink } from '../../components/PhoneLink.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { hitLabel, KIND_HEADINGS, routeOfHit } from './hit-route.ts';

function Marked({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

const TITLE_FIELDS = new Set(['name', 'title']);

function Hit({ hit }: { hit: SearchHit }) {
  const inTitle = TITLE_FIELDS.has(hit.field) && hit.matched.map((s) => s.text).join('') === hit.title;
  const rest = hitLabel(hit).slice(hit.title.length);
  return (
    <li className="search-hit" data-kind={hit.kind}>
      <RouteLink to={routeOfHit(hit)} className="search-hit-link">
        <span className="search-hit-title">{inTitle ? <Marked segments={hit.matched} /> : hit.title}</span>
        <span className="search-hit-sub">{rest}</span>
      </RouteLink>
      {!inTitle && hit.field !== 'phone' && (
        <p className="search-hit-match">
          <span className="search-hit-field">{hit.field}: </span>
          <Marked segments={hit.matched} />
        </p>
      )}
      {hit.phone && (
        <p className="search-hit-phone">
          <PhoneLink
            display={hit.phone.display}
            dial={hit.phone.dial}
            label={`Call ${hit.title} ${hit.phone.display}`}
            className={hit.field === 'phone' ? 'matched-phone' : undefined}
          />
        </p>
      )}
    </li>
  );
}

/** Memoised: a keystroke re-renders the box at once, the list only when its answer arrives. */
export const SearchResults = memo(function SearchResults({ results }: { results: Results }) {
  if (results.total === 0) {
    const similar = results.tried.similar;
    return (
      <div className="search-empty" role="status" data-testid="search-empty">
        <p>No results for “{results.query}”.</p>
        <p className="muted">
          Searched for{' '}
          {results.tried.terms.length > 0
            ? results.tried.terms.map((t) => `“${t}”`).join(' and ')
            : 'nothing searchable (only punctuation or symbols)'}
          {similar.length > 0 ? `, and also for similar words: ${similar.join(', ')}` : ''}. Try fewer words, part of a name, or a few
          digits of a phone number.
        </p>
      </div>
    );
  }
  return (
    <div className="search-results" data-testid="search-results">
      <p className="muted search-summary" role="status">
        {results.total} {results.total === 1 ? 'result' : 'results'}
        {results.tried.anyWord ? ' (no item has every word; showing items with any of them)' : ''}
      </p>
      {results.groups.map((group) => (
        <section key={group.kind} aria-label={KIND_HEADINGS[group.kind]} className="search-group">
          <h3>{KIND_HEADINGS[group.kind]}</h3>
          <ul className="result-list">
            {group.hits.map((hit) => (
              <Hit key={`${hit.kind}:${hit.id}`} hit={hit} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
});
