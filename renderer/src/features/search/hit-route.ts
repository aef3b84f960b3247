// Where a search hit opens: its page, and for a contact its vendor's or service's page at that contact.
import type { Route, SearchHit } from '../../../../preload/contract.ts';

export function routeOfHit(hit: SearchHit): Route {
  switch (hit.kind) {
    case 'vendor':
      return { screen: 'vendor', id: hit.id };
    case 'service':
      return { screen: 'service', id: hit.id };
    case 'runbook':
      return { screen: 'runbook', id: hit.id };
    case 'contact':
      return hit.belongsTo ? { screen: hit.belongsTo.kind, id: hit.belongsTo.id, contact: hit.title.slice(0, 200) } : { screen: 'home' };
  }
}

/** The link's accessible name, starting with the title: "Priya Raman, Technical account manager at Amazon Web Services". */
export function hitLabel(hit: SearchHit): string {
  if (hit.kind === 'contact') return `${hit.title}, ${hit.subtitle}${hit.belongsTo ? ` at ${hit.belongsTo.name}` : ''}`;
  return hit.subtitle ? `${hit.title}, ${hit.subtitle}` : hit.title;
}

export const KIND_HEADINGS = { vendor: 'Vendors', contact: 'Contacts', service: 'Services', runbook: 'Runbooks' } as const;
