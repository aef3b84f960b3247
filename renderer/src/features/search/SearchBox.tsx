// The search box on the home screen: Enter opens #/search?q=... (results are the search screen's).
import { useState } from 'react';
import { navigate } from '../../data/navigation.ts';

export const SEARCH_BOX_ID = 'search-box';

export function SearchBox({ initial = '' }: { initial?: string }) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        navigate({ screen: 'search', query: text });
      }}
    >
      <label htmlFor={SEARCH_BOX_ID} className="sr-only">
        Search
      </label>
      <input
        id={SEARCH_BOX_ID}
        type="search"
        value={text}
        placeholder="Vendor, person, phone number, service or runbook"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('');
        }}
      />
      <button type="submit">Search</button>
    </form>
  );
}
