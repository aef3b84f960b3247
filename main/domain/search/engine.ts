// The search engine over a compact index: plan, execute, rank the top hits, mark their text, group
// them by kind. Pure and synchronous; the worker and the benchmark call exactly this.
import type { CompactIndex } from './compact-index.ts';
import { createExecutor, type Scored } from './execute.ts';
import { boundQuery, planQuery, termsByLength } from './query-plan.ts';
import { groupHits, hitOf } from './results.ts';
import { snippetOf } from './snippet.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, type SearchOptions, type SearchResults } from '../../model/search.ts';

export interface Engine {
  search(query: string, options?: SearchOptions): SearchResults;
}

const KIND_ORDER = { vendor: 0, contact: 1, service: 2, runbook: 3 } as const;

/** The k best by score (ties: vendors before contacts..., then bundle order): a partial selection, not a full sort. */
function topK(index: CompactIndex, hits: Scored[], k: number): Scored[] {
  const better = (a: Scored, b: Scored) => {
    if (a.score !== b.score) return a.score > b.score;
    const ka = KIND_ORDER[index.docs.kind(a.doc)];
    const kb = KIND_ORDER[index.docs.kind(b.doc)];
    // Documents are numbered in bundle order (sorted by id): a stable, deterministic last resort.
    return ka !== kb ? ka < kb : a.doc < b.doc;
  };
  const top: Scored[] = [];
  for (const hit of hits) {
    if (top.length === k && !better(hit, top[k - 1]!)) continue;
    let i = Math.min(top.length, k - 1);
    top[i] = hit;
    while (i > 0 && better(top[i]!, top[i - 1]!)) {
      [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
      i--;
    }
  }
  return top;
}

export function empty(query: string, source: SearchResults['source']): SearchResults {
  return { query, groups: [], total: 0, tried: { terms: [], similar: [], anyWord: false }, source };
}

export function createEngine(index: CompactIndex): Engine {
  const byLength = termsByLength(index);
  const execute = createExecutor(index, byLength);
  return {
    search(raw, options = {}) {
      const query = boundQuery(raw);
      if (query === '') return empty(query, 'index');
      const groups = planQuery(index, query, byLength);
      const kinds = options.kinds && new Set(options.kinds);
      const limit = Math.min(MAX_LIMIT, Math.max(1, options.limit ?? DEFAULT_LIMIT));
      const { hits, used, anyWord } = execute(groups);
      const allowed = kinds ? hits.filter((h) => kinds.has(index.docs.kind(h.doc))) : hits;
      const terms = new Set(
        used
          .flat()
          .filter((e) => e.how !== 'phone')
          .map((e) => e.term),
      );
      const phoneDigits = used
        .flat()
        .filter((e) => e.how === 'phone')
        .map((e) => e.term);
      const ranked = topK(index, allowed, limit).map((s, i) =>
        hitOf(index.docs.get(s.doc), snippetOf(index.docs.get(s.doc), terms, phoneDigits), i + 1),
      );
      const similar = [
        ...new Set(
          used
            .flat()
            .filter((e) => e.how === 'fuzzy' || e.how === 'prefix')
            .map((e) => e.term),
        ),
      ].slice(0, 12);
      return {
        query,
        groups: groupHits(ranked),
        total: allowed.length,
        tried: { terms: groups.map((g) => g.text), similar, anyWord },
        source: 'index',
      };
    },
  };
}
