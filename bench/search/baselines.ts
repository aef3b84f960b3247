// The two baselines the search figures are read against, on the same corpus and queries: the naive
// scan (the app's own fallback) and MiniSearch with its default options (a dev dependency, bench only).
import MiniSearch from 'minisearch';
import type { Bundle } from '../../main/model/bundle.ts';
import { documentsOf } from '../../main/domain/search/documents.ts';
import { createScanner } from '../../main/domain/search/scan.ts';

export type Searcher = (query: string) => string[];

export function scanSearcher(bundle: Bundle): Searcher {
  const scanner = createScanner(bundle);
  return (query) =>
    scanner
      .search(query)
      .groups.flatMap((g) => g.hits)
      .sort((a, b) => a.rank - b.rank)
      .map((h) => `${h.kind}:${h.id}`);
}

export function miniSearcher(bundle: Bundle): { search: Searcher; buildMs: number } {
  const started = performance.now();
  const docs = documentsOf(bundle).map((d, i) => ({
    id: i,
    key: `${d.kind}:${d.id}`,
    title: d.title,
    text: d.parts.map((p) => p.text).join('\n'),
  }));
  const mini = new MiniSearch({ fields: ['title', 'text'], storeFields: ['key'] });
  mini.addAll(docs);
  const buildMs = performance.now() - started;
  return {
    search: (query) =>
      mini
        .search(query)
        .slice(0, 20)
        .map((r) => String(r['key'])),
    buildMs,
  };
}
