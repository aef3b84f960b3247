// Print and Save as PDF for one sheet, with the paper size; failures stay on screen until the next try.
import { useState } from 'react';
import type { PaperSize, PrintSheet } from '../../../../preload/contract.ts';
import { useLifelineStatus } from '../../data/LifelineStatus.tsx';
import { usePaper } from './paper.ts';
import { printSheet, type PrintAction } from './print-sheet.ts';

interface Props {
  sheet: PrintSheet;
  /** What is printed, for the buttons' accessible names: "Azion sheet", "the binder". */
  what: string;
}

export function PrintControls({ sheet, what }: Props) {
  const { appInfo } = useLifelineStatus();
  const preview = appInfo?.preview ?? false;
  const [paper, setPaper] = usePaper();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (action: PrintAction) => {
    setBusy(true);
    setProblem(null);
    void printSheet(sheet, action, paper, preview).then((message) => {
      setProblem(message);
      setBusy(false);
    });
  };
  return (
    <div className="print-controls" role="group" aria-label={`Print ${what}`}>
      <label>
        Paper{' '}
        <select value={paper} onChange={(event) => setPaper(event.target.value as PaperSize)} disabled={preview}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
      </label>
      <button type="button" onClick={() => run('print')} disabled={busy} aria-label={`Print ${what}`}>
        Print
      </button>
      <button type="button" onClick={() => run('pdf')} disabled={busy} aria-label={`Save ${what} as PDF`}>
        Save as PDF
      </button>
      {preview && (
        <p className="print-note" data-testid="print-preview-note">
          Preview host: both open your browser’s print dialog (choose the paper and “Save as PDF” there).
        </p>
      )}
      {problem && (
        <p className="flag flag-warn" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
