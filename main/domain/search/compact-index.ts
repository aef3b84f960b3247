// The searchable index as flat arrays: a sorted vocabulary with doc-sorted postings (BM25 weight from
// lunr, a title flag) and a sorted phone-digit vocabulary. Flat arrays load in milliseconds and weigh a
// fraction of lunr's object graph.
import type { SearchDoc } from './documents.ts';

export interface CompactIndex {
  docs: SearchDoc[];
  /** Sorted, distinct words (surface forms and stems). */
  terms: string[];
  /** Postings of terms[i] are entries postStart[i] .. postStart[i+1]-1, sorted by document. */
  postStart: Uint32Array;
  postDoc: Uint32Array;
  postScore: Float32Array;
  /** 1 where the term occurs in the document's title field. */
  postTitle: Uint8Array;
  /** Sorted phone digit terms (suffixes of each number) and the document of each. */
  phoneTerms: string[];
  phoneDoc: Uint32Array;
}

/** First index in a sorted array whose item is >= key. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function termId(index: CompactIndex, term: string): number {
  const at = lowerBound(index.terms, term);
  return index.terms[at] === term ? at : -1;
}

export const postingCount = (index: CompactIndex, id: number) => (index.postStart[id + 1] as number) - (index.postStart[id] as number);
