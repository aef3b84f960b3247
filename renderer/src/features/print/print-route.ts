// The print routes: #/print/vendor/<id>, #/print/service/<id>?severity=<id>, #/print/all, #/print/wallet,
// #/print/incident/<id>.
export type PrintRoute =
  | { sheet: 'vendor'; id: string }
  | { sheet: 'service'; id: string; severity?: string }
  | { sheet: 'all' }
  | { sheet: 'wallet' }
  | { sheet: 'incident'; id: string };

const ID = '([a-z0-9-]{1,100})';

export function parsePrintRoute(hash: string): PrintRoute | null {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  let match: RegExpExecArray | null;
  if (path === '/print/all') return { sheet: 'all' };
  if (path === '/print/wallet') return { sheet: 'wallet' };
  if ((match = new RegExp(`^/print/vendor/${ID}$`).exec(path))) return { sheet: 'vendor', id: match[1] ?? '' };
  if ((match = new RegExp(`^/print/incident/${ID}$`).exec(path))) return { sheet: 'incident', id: match[1] ?? '' };
  if ((match = new RegExp(`^/print/service/${ID}$`).exec(path))) {
    const severity = new URLSearchParams(query).get('severity');
    return severity && /^[a-z0-9-]{1,100}$/.test(severity) ? { sheet: 'service', id: match[1] ?? '', severity } : { sheet: 'service', id: match[1] ?? '' };
  }
  return null;
}
