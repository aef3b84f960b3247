// Live search as the engineer types: every keystroke asks main, and only the answer to the newest
// question is shown; until it arrives the previous results stay (no flicker, no stale overwrite).
import { useEffect, useRef, useState } from 'react';
import type { IpcError, SearchResults } from '../../../../preload/contract.ts';
import { lifeline, settle } from '../../data/bridge.ts';
import { useBundleKey } from '../../data/usePolled.ts';

export interface SearchState {
  /** The newest answer, or null before the first one (and for an empty query). */
  results: SearchResults | null;
  error: IpcError | null;
  /** True while the answer for the current query is outstanding. */
  pending: boolean;
}

interface Answer {
  query: string;
  results: SearchResults | null;
  error: IpcError | null;
}

export function useSearch(query: string): SearchState {
  const latest = useRef(0);
  const [answer, setAnswer] = useState<Answer>({ query: '', results: null, error: null });
  const empty = query.trim() === '';
  // Another bundle after a sync: the same question is asked again.
  const bundle = useBundleKey();

  useEffect(() => {
    const ticket = ++latest.current;
    if (empty) return;
    void settle(() => lifeline().search(query)).then((result) => {
      if (ticket !== latest.current) return; // a newer question was asked meanwhile
      setAnswer(result.ok ? { query, results: result.value, error: null } : { query, results: null, error: result.error });
    });
  }, [query, empty, bundle]);

  if (empty) return { results: null, error: null, pending: false };
  return { results: answer.results, error: answer.error, pending: answer.query !== query };
}
