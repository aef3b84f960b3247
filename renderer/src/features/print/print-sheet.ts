// Printing a sheet: show its print route in this window, wait until it is laid out, then hand it to
// main's print or Save as PDF (or, in the preview host, to the browser's own print dialog), and return
// to the screen the engineer was on. Every failure comes back as a message, never silently.
import type { PaperSize, PrintSheet } from '../../../../preload/contract.ts';
import { describeError, lifeline, settle } from '../../data/bridge.ts';
import { hashOf } from '../../domain/routes.ts';
import { routeOfSheet } from './print-route.ts';

export type PrintAction = 'print' | 'pdf';

const READY_TIMEOUT_MS = 20_000;

function sheetReady(): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  return new Promise((resolve) => {
    const check = () => {
      if (document.documentElement.dataset.printReady === 'true') resolve(true);
      else if (Date.now() > deadline) resolve(false);
      else setTimeout(check, 25);
    };
    setTimeout(check, 0);
  });
}

/** Null when done (or cancelled); otherwise what went wrong, in words. */
export async function printSheet(
  sheet: PrintSheet | null,
  action: PrintAction,
  paper: PaperSize,
  preview: boolean,
): Promise<string | null> {
  const back = window.location.hash;
  const target = sheet ? hashOf(routeOfSheet(sheet)) : back;
  delete document.documentElement.dataset.printReady;
  if (target !== back) window.location.hash = target;
  try {
    if (sheet && !(await sheetReady())) return 'The sheet did not finish loading within 20 s; nothing was printed';
    if (preview) {
      window.print(); // the preview host has no main-side printing: the browser's dialog picks paper and printer
      return null;
    }
    const request = sheet ? { paper, sheet } : { paper };
    const result = await settle<unknown>(() => (action === 'print' ? lifeline().print(request) : lifeline().saveAsPdf(request)));
    if (result.ok || result.error.code === 'cancelled') return null;
    return `${action === 'print' ? 'Printing' : 'Saving as PDF'} failed: ${describeError(result.error)}`;
  } finally {
    if (target !== back && window.location.hash === target) window.history.back();
  }
}
