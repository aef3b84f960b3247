// The print sheets by the app's routes (#/print/vendor/<id>, #/print/service/<id>?severity=<id>,
// #/print/all, #/print/wallet, #/print/incident/<id>; parsed in domain/routes.ts).
import type { Route } from '../../../../preload/contract.ts';

export type PrintRoute =
  | { sheet: 'vendor'; id: string }
  | { sheet: 'service'; id: string; severity?: string }
  | { sheet: 'all' }
  | { sheet: 'wallet' }
  | { sheet: 'incident'; id: string };

export type PrintScreenRoute = Extract<Route, { screen: `print-${string}` }>;

export function printRouteOf(route: PrintScreenRoute): PrintRoute {
  switch (route.screen) {
    case 'print-vendor':
      return { sheet: 'vendor', id: route.id };
    case 'print-service':
      return route.severity === undefined ? { sheet: 'service', id: route.id } : { sheet: 'service', id: route.id, severity: route.severity };
    case 'print-all':
      return { sheet: 'all' };
    case 'print-wallet':
      return { sheet: 'wallet' };
    case 'print-incident':
      return { sheet: 'incident', id: route.id };
  }
}
