// Routes <-> hash paths: every screen has exactly one address (`#/vendors/aws?contact=Dana`), so a
// reload, the back button and a pasted link all land on the same screen. Anything odd parses to null.
import type { Route } from '../../../preload/contract.ts';

const ID = /^[a-z0-9-]{1,100}$/;
const MAX_HASH = 2048;
const MAX_QUERY = 500;
const MAX_CONTACT = 200;

/** The home screen: what an empty hash (a freshly opened window) shows. */
export const HOME: Route = { screen: 'home' };

export function hashOf(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'vendors':
      return '#/vendors';
    case 'vendor':
      return `#/vendors/${route.id}${query({ contact: route.contact })}`;
    case 'service':
      return `#/services/${route.id}${query({ contact: route.contact })}`;
    case 'runbook':
      return `#/runbooks/${route.id}`;
    case 'escalate':
      return `#/escalate/${route.target}${query({ severity: route.severity })}`;
    case 'search':
      return `#/search${query({ q: route.query })}`;
    case 'incidents':
      return '#/incidents';
    case 'incident':
      return `#/incidents/${route.id}`;
    case 'print-vendor':
      return `#/print/vendor/${route.id}`;
    case 'print-service':
      return `#/print/service/${route.id}${query({ severity: route.severity })}`;
    case 'print-all':
      return '#/print/all';
    case 'print-wallet':
      return '#/print/wallet';
    case 'print-incident':
      return `#/print/incident/${route.id}`;
  }
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Parses `#/...` (or `/...`); the empty hash is home. Null for anything that is not exactly a route. */
export function routeOf(hash: string): Route | null {
  if (hash.length > MAX_HASH) return null;
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '' || text === '/') return HOME;
  if (!text.startsWith('/')) return null;
  const mark = text.indexOf('?');
  const path = mark < 0 ? text.slice(1) : text.slice(1, mark);
  const params = new URLSearchParams(mark < 0 ? '' : text.slice(mark + 1));
  const parts = path.split('/');
  if (parts.some((part) => part === '')) return path === '' ? HOME : null;
  return fromParts(parts, params);
}

function fromParts(parts: string[], params: URLSearchParams): Route | null {
  const [head, first, second, extra] = parts;
  const one = (value: string | undefined) => (parts.length === 2 && isId(value) ? value : null);
  switch (head) {
    case 'vendors':
      if (parts.length === 1) return { screen: 'vendors' };
      return withContact('vendor', one(first), params);
    case 'services':
      return withContact('service', one(first), params);
    case 'runbooks':
      return oneId('runbook', one(first));
    case 'escalate':
      return withSeverity('escalate', one(first), params);
    case 'search':
      return parts.length === 1 ? withSearch(params) : null;
    case 'incidents':
      if (parts.length === 1) return { screen: 'incidents' };
      return oneId('incident', one(first));
    case 'print':
      return extra === undefined ? printRoute(first, second, params) : null;
    default:
      return null;
  }
}

function printRoute(sheet: string | undefined, id: string | undefined, params: URLSearchParams): Route | null {
  if (id === undefined) {
    if (sheet === 'all') return { screen: 'print-all' };
    if (sheet === 'wallet') return { screen: 'print-wallet' };
    return null;
  }
  if (!isId(id)) return null;
  if (sheet === 'vendor') return { screen: 'print-vendor', id };
  if (sheet === 'incident') return { screen: 'print-incident', id };
  if (sheet === 'service') return withSeverity('print-service', id, params);
  return null;
}

function isId(value: string | undefined): value is string {
  return value !== undefined && ID.test(value);
}

function oneId(screen: 'runbook' | 'incident', id: string | null): Route | null {
  return id === null ? null : { screen, id };
}

/** A parameter given twice is ambiguous: the route is refused, like the deep-link parser does. */
function single(params: URLSearchParams, name: string): string | undefined | null {
  const all = params.getAll(name);
  return all.length > 1 ? null : all[0];
}

function withContact(screen: 'vendor' | 'service', id: string | null, params: URLSearchParams): Route | null {
  const contact = single(params, 'contact');
  if (id === null || contact === null) return null;
  if (contact === undefined) return { screen, id };
  return contact.length >= 1 && contact.length <= MAX_CONTACT ? { screen, id, contact } : null;
}

function withSeverity(screen: 'escalate' | 'print-service', id: string | null, params: URLSearchParams): Route | null {
  const severity = single(params, 'severity');
  if (id === null || severity === null) return null;
  if (severity === undefined || severity === '') return screen === 'escalate' ? { screen, target: id } : { screen, id };
  if (!ID.test(severity)) return null;
  return screen === 'escalate' ? { screen, target: id, severity } : { screen, id, severity };
}

function withSearch(params: URLSearchParams): Route | null {
  const q = single(params, 'q');
  if (q === null) return null;
  if (q === undefined) return { screen: 'search' };
  return { screen: 'search', query: q.slice(0, MAX_QUERY) };
}

/** `lifeline://vendor/aws` and the like, as they appear in runbooks and notes, to an in-app route. */
export function routeOfDeepLink(href: string): Route | null {
  const match = /^lifeline:\/\/([a-z]+)(\/[^?#]*)?(\?[^#]*)?$/i.exec(href.trim());
  if (!match) return null;
  const [, host = '', rest = '', search = ''] = match;
  const path = rest.replace(/\/+$/, '');
  const name = host.toLowerCase();
  const plural: Record<string, string> = { vendor: 'vendors', service: 'services', runbook: 'runbooks', incident: 'incidents' };
  return routeOf(`#/${plural[name] ?? name}${path}${search}`);
}
