// The searchable index as flat arrays: a sorted vocabulary with doc-sorted postings (BM25 weight from
// lunr, a title flag) and a sorted phone-digit vocabulary. Flat arrays load in milliseconds and weigh a
// fraction of lunr's object graph.
import type { SearchDoc } from './documents.ts';
import { SEARCH_KINDS, type SearchKind } from '../../model/search.ts';

/** The documents by number: a stored index parses one only when a query shows it. */
export interface DocList {
  readonly length: number;
  get(doc: number): SearchDoc;
  kind(doc: number): SearchKind;
}

export function docListOf(docs: SearchDoc[]): DocList {
  return { length: docs.length, get: (doc) => docs[doc] as SearchDoc, kind: (doc) => (docs[doc] as SearchDoc).kind };
}

/** Documents kept as JSON bytes (`offsets[i]..offsets[i+1]`), parsed on first use and then kept. */
export function lazyDocList(blob: Buffer, offsets: Uint32Array, kinds: Uint8Array): DocList {
  const parsed = new Map<number, SearchDoc>();
  return {
    length: kinds.length,
    kind: (doc) => SEARCH_KINDS[kinds[doc] as number] as SearchKind,
    get(doc) {
      let found = parsed.get(doc);
      if (!found) parsed.set(doc, (found = JSON.parse(blob.toString('utf8', offsets[doc], offsets[doc + 1])) as SearchDoc));
      return found;
    },
  };
}

export interface CompactIndex {
  docs: DocList;
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
