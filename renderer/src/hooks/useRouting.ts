// Deep links, menu commands and Ctrl/Cmd+K: focus the filter, show a vendor, toggle the theme.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Bundle, Route } from '../../../preload/contract.ts';
import { call, lifeline } from '../api.ts';

interface Options {
  bundle: Bundle | null | undefined;
  filterRef: RefObject<HTMLInputElement | null>;
  setFilter: (value: string) => void;
  setRoute: (route: Route) => void;
  toggleTheme: () => void;
  /** Shows a message (print failures, unknown vendor ids) where the engineer will see it. */
  onNotice: (message: string | null) => void;
}

export interface Routing {
  /** The vendor a route asked to show, highlighted until the next route. */
  highlighted: string | null;
  /** Set when a route named a vendor this bundle does not have. */
  missingVendor: string | null;
}

export function useRouting({ bundle, filterRef, setFilter, setRoute, toggleTheme, onNotice }: Options): Routing {
  const [target, setTarget] = useState<{ id: string; seq: number } | null>(null);
  const scrolledFor = useRef(-1);

  useEffect(() => {
    const focusFilter = () => {
      filterRef.current?.focus();
      filterRef.current?.select();
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setRoute({ screen: 'vendors' });
        focusFilter();
      }
    };
    window.addEventListener('keydown', onKey);
    const api = lifeline();
    const offNavigate = api.onNavigate((route) => {
      onNotice(null);
      setRoute(route);
      if (route.screen === 'vendor') {
        setFilter('');
        setTarget((prev) => ({ id: route.id, seq: (prev?.seq ?? 0) + 1 }));
      } else if (route.screen === 'search') {
        setRoute({ screen: 'vendors' }); // until the search screen exists, search filters the vendors
        setFilter(route.query ?? '');
        focusFilter();
      }
    });
    const offMenu = api.onMenuCommand((command) => {
      if (command === 'find') focusFilter();
      else if (command === 'toggle-theme') toggleTheme();
      else if (command === 'print') report(call(api.print()), onNotice);
      else if (command === 'save-pdf') report(call(api.saveAsPdf()), onNotice);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offNavigate();
      offMenu();
    };
  }, [filterRef, setFilter, setRoute, toggleTheme, onNotice]);

  // Scroll once per request, when the vendor is rendered (the bundle may still be loading when the link arrives).
  useEffect(() => {
    if (!target || !bundle || scrolledFor.current === target.seq) return;
    const card = document.querySelector<HTMLElement>(`[data-vendor="${CSS.escape(target.id)}"]`);
    if (!card) return;
    scrolledFor.current = target.seq;
    card.scrollIntoView({ block: 'start' });
    card.querySelector<HTMLElement>('h3')?.focus();
  }, [target, bundle]);

  const missing = target && bundle && !bundle.vendors.some((vendor) => vendor.id === target.id) ? target.id : null;
  return { highlighted: target?.id ?? null, missingVendor: missing };
}

function report(pending: Promise<unknown>, onNotice: (message: string | null) => void): void {
  pending.catch((error: unknown) => onNotice(error instanceof Error ? error.message : String(error)));
}
