// Shapes ranked documents into the hits the contract returns, grouped by kind in order of their best hit.
import type { SearchDoc } from './documents.ts';
import type { Snippet } from './snippet.ts';
import type { SearchGroup, SearchHit } from '../../model/search.ts';

export function hitOf(doc: SearchDoc, snippet: Snippet, rank: number): SearchHit {
  const phone = doc.phones[0];
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    subtitle: doc.subtitle,
    belongsTo: doc.belongsTo,
    contactIndex: doc.contactIndex,
    phone: phone ? { display: phone.display, dial: phone.dial } : null,
    field: snippet.field,
    matched: snippet.matched,
    rank,
  };
}

export function groupHits(hits: SearchHit[]): SearchGroup[] {
  const groups = new Map<SearchHit['kind'], SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.kind);
    if (list) list.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}
