// The print sheets by the app's routes (#/print/vendor/<id>, #/print/service/<id>?severity=<id>,
// #/print/all, #/print/wallet, #/print/incident/<id>; parsed in domain/routes.ts). A sheet is named the
// same way in the contract's print requests.
import type { PrintSheet, Route } from '../../../../preload/contract.ts';

export type PrintRoute = PrintSheet;

export type PrintScreenRoute = Extract<Route, { screen: `print-${string}` }>;

export function printRouteOf(route: PrintScreenRoute): PrintRoute {
  switch (route.screen) {
    case 'print-vendor':
      return { sheet: 'vendor', id: route.id };
    case 'print-service':
      return route.severity === undefined
        ? { sheet: 'service', id: route.id }
        : { sheet: 'service', id: route.id, severity: route.severity };
    case 'print-all':
      return { sheet: 'all' };
    case 'print-wallet':
      return { sheet: 'wallet' };
    case 'print-incident':
      return { sheet: 'incident', id: route.id };
  }
}

/** The screen route that shows a sheet. */
export function routeOfSheet(sheet: PrintSheet): PrintScreenRoute {
  switch (sheet.sheet) {
    case 'vendor':
      return { screen: 'print-vendor', id: sheet.id };
    case 'service':
      return sheet.severity === undefined
        ? { screen: 'print-service', id: sheet.id }
        : { screen: 'print-service', id: sheet.id, severity: sheet.severity };
    case 'all':
      return { screen: 'print-all' };
    case 'wallet':
      return { screen: 'print-wallet' };
    case 'incident':
      return { screen: 'print-incident', id: sheet.id };
  }
}

/** The sheet that prints what a screen shows, or null for screens without one. */
export function sheetForScreen(route: Route | null): PrintSheet | null {
  switch (route?.screen) {
    case 'vendor':
      return { sheet: 'vendor', id: route.id };
    case 'service':
      return { sheet: 'service', id: route.id };
    case 'escalate':
      return route.severity === undefined
        ? { sheet: 'service', id: route.target }
        : { sheet: 'service', id: route.target, severity: route.severity };
    case 'incident':
      return { sheet: 'incident', id: route.id };
    case 'print-vendor':
    case 'print-service':
    case 'print-all':
    case 'print-wallet':
    case 'print-incident':
      return printRouteOf(route);
    default:
      return null;
  }
}
