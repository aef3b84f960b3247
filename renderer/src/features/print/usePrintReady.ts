// Marks <html data-print-ready> once the sheet has loaded and every page has finished fitting, so the
// PDF export (and the tests) print the final layout, never the loading line or a half-fitted sheet.
import { useEffect } from 'react';

const MAX_FRAMES = 120;

export function usePrintReady(loaded: boolean, key: unknown): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!loaded) return;
    let frames = 0;
    let handle = 0;
    const check = () => {
      // Bounded: a sheet that never settles is printed as it stands after about two seconds.
      if (document.querySelector('[data-fitting]') === null || ++frames >= MAX_FRAMES) root.dataset.printReady = 'true';
      else handle = requestAnimationFrame(check);
    };
    handle = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(handle);
      delete root.dataset.printReady; // leaving the sheet: the next one is not ready until it says so
    };
  }, [loaded, key]);
}
