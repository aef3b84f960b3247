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

const SCAN_RETRY_MS = 700;
const MAX_SCAN_RETRIES = 90;

export function useSearch(query: string): SearchState {
  const latest = useRef(0);
  const [answer, setAnswer] = useState<Answer>({ query: '', results: null, error: null });
  const empty = query.trim() === '';
  // Another bundle after a sync: the same question is asked again.
  const bundle = useBundleKey();

  // Answers from the scan (the index still loading after an install) are asked again, a bounded number of
  // times, so a typo or a prefix typed in the first seconds finds its matches once the index is ready.
  const [retry, setRetry] = useState(0);
  const scanRetries = useRef({ query: '', count: 0 });
  useEffect(() => {
    const ticket = ++latest.current;
    if (empty) return;
    let timer: number | undefined;
    void settle(() => lifeline().search(query)).then((result) => {
      if (ticket !== latest.current) return; // a newer question was asked meanwhile
      setAnswer(result.ok ? { query, results: result.value, error: null } : { query, results: null, error: result.error });
      const retries = scanRetries.current;
      if (retries.query !== query) scanRetries.current = { query, count: 0 };
      if (result.ok && result.value.source === 'scan' && scanRetries.current.count < MAX_SCAN_RETRIES) {
        scanRetries.current.count++;
        timer = window.setTimeout(() => setRetry((n) => n + 1), SCAN_RETRY_MS);
      }
    });
    return () => window.clearTimeout(timer);
  }, [query, empty, bundle, retry]);

  if (empty) return { results: null, error: null, pending: false };
  return { results: answer.results, error: answer.error, pending: answer.query !== query };
}
