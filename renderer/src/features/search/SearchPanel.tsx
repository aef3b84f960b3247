// The search box and its live results, on home and on #/search: arrow keys move through the result
// links, Enter opens one, Escape clears. On #/search the address keeps the query (a reload shows it).
import { useRef, useState, type KeyboardEvent } from 'react';
import { navigate } from '../../data/navigation.ts';
import { hashOf } from '../../domain/routes.ts';
import { SearchResults } from './SearchResults.tsx';
import { useSearch } from './useSearch.ts';

export const SEARCH_BOX_ID = 'search-box';
/** The renderer never sends more than this; main cuts longer queries further, silently. */
const MAX_TYPED = 500;

function resultLinks(root: HTMLElement | null): HTMLAnchorElement[] {
  return root ? [...root.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')] : [];
}

export function SearchPanel({ initial = '', keepInAddress = false }: { initial?: string; keepInAddress?: boolean }) {
  const [text, setText] = useState(initial.slice(0, MAX_TYPED));
  const search = useSearch(text);
  const root = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLInputElement>(null);

  const change = (next: string) => {
    const bounded = next.slice(0, MAX_TYPED);
    setText(bounded);
    if (keepInAddress) history.replaceState(history.state, '', hashOf({ screen: 'search', query: bounded || undefined }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const links = resultLinks(root.current);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(links.length - 1, at + 1) : at - 1;
      if (next < 0) box.current?.focus();
      else links[next]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      change('');
      box.current?.focus();
    } else if (event.key === 'Enter' && document.activeElement === box.current) {
      event.preventDefault();
      const first = links[0];
      if (first) window.location.hash = first.hash;
      else if (!keepInAddress && text.trim() !== '') navigate({ screen: 'search', query: text });
    }
  };

  const shown = text.trim() !== '' ? search.results : null;
  return (
    <div className="search-panel" ref={root} onKeyDown={onKeyDown}>
      <div className="search-box" role="search">
        <label htmlFor={SEARCH_BOX_ID} className="sr-only">
          Search
        </label>
        <input
          id={SEARCH_BOX_ID}
          ref={box}
          type="search"
          value={text}
          placeholder="Vendor, person, phone number, service or runbook"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-help"
          onChange={(event) => change(event.target.value)}
        />
      </div>
      <p id="search-help" className="sr-only">
        Results update as you type. Down arrow moves into the results, Enter opens one, Escape clears.
      </p>
      <div aria-busy={search.pending} className="search-live">
        {search.error && <p className="error">Search failed: {search.error.message}</p>}
        {shown && <SearchResults results={shown} />}
      </div>
    </div>
  );
}
