// True while the page is being printed (or print media is emulated), so lists that render only what
// is on screen can put everything on paper.
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia('print');
  query.addEventListener('change', listener);
  window.addEventListener('beforeprint', listener);
  window.addEventListener('afterprint', listener);
  return () => {
    query.removeEventListener('change', listener);
    window.removeEventListener('beforeprint', listener);
    window.removeEventListener('afterprint', listener);
  };
}

let printing = false;
window.addEventListener('beforeprint', () => (printing = true));
window.addEventListener('afterprint', () => (printing = false));

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing || window.matchMedia('print').matches);
}
