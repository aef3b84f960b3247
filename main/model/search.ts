// What search returns across IPC: grouped, ranked hits with the matched text already marked, so the
// renderer only lays it out (no HTML ever crosses; marks are segments).
export const SEARCH_KINDS = ['vendor', 'contact', 'service', 'runbook'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Upper bound of the query the contract accepts; the engine itself reads only MAX_QUERY_CHARS. */
export const MAX_QUERY_INPUT = 20_000;
export const MAX_QUERY_CHARS = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

export interface SearchOptions {
  /** Most hits returned over all kinds (default 20, at most 50). */
  limit?: number;
  /** Only these kinds (default all). */
  kinds?: SearchKind[];
}

export interface TextSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  /** Vendor, service or runbook id; for a contact `<owner id>/<index>`. */
  id: string;
  /** The item's name (a contact's is the person's name). */
  title: string;
  /** A contact's role; empty for other kinds. */
  subtitle: string;
  /** Where a contact belongs: its vendor or service. */
  belongsTo: { kind: 'vendor' | 'service'; id: string; name: string } | null;
  /** Position of a contact in its owner's list, so its page can open at that contact. */
  contactIndex: number | null;
  /** The phone number of a vendor (first phone channel) or contact, for a tel: link. */
  phone: { display: string; dial: string } | null;
  /** Where the match was found (`title`, `notes`, `phone`...), and that text with matched terms marked. */
  field: string;
  matched: TextSegment[];
  /** 1-based position over all kinds. */
  rank: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface SearchResults {
  /** The query as searched (trimmed, cut to a bounded length). */
  query: string;
  groups: SearchGroup[];
  total: number;
  /** What was tried beyond the words typed: completions and similar words, for "No results". */
  tried: { terms: string[]; similar: string[]; anyWord: boolean };
  /** `index` once the stored index is loaded; `scan` while it is still being built or loaded. */
  source: 'index' | 'scan';
}
