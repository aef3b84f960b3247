// The name a saved PDF is offered under: what it shows and the day, e.g. lifeline-vendor-aws-2026-12-01.pdf.
import type { PrintRequest, PrintSheet } from '../../../preload/contract.ts';

export const DEFAULT_PAPER = 'A4';

function sheetPart(sheet: PrintSheet | undefined): string {
  switch (sheet?.sheet) {
    case undefined:
      return 'screen';
    case 'vendor':
      return `vendor-${sheet.id}`;
    case 'service':
      return `checklist-${sheet.id}${sheet.severity ? `-${sheet.severity}` : ''}`;
    case 'all':
      return 'binder';
    case 'wallet':
      return 'wallet-cards';
    case 'incident':
      return `incident-${sheet.id}`;
  }
}

export function pdfFileName(request: PrintRequest, now: Date): string {
  return `lifeline-${sheetPart(request.sheet)}-${now.toISOString().slice(0, 10)}.pdf`;
}
