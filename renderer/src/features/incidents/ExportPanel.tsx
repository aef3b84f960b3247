// Export for the postmortem: copy Markdown or JSON, or save through main (a save dialog on the
// desktop; the preview host hands the text back, shown here to copy).
import { useState } from 'react';
import type { ExportFormat, ExportSaved } from '../../../../preload/contract.ts';
import { copyText } from '../../components/clipboard.ts';
import { describeError, lifeline, settle } from '../../data/bridge.ts';

const NAMES: Record<ExportFormat, string> = { md: 'Markdown', json: 'JSON' };

export function ExportPanel({ incidentId }: { incidentId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState<Extract<ExportSaved, { saved: 'text' }> | null>(null);
  const copy = async (format: ExportFormat) => {
    const result = await settle(() => lifeline().exportIncident(incidentId, format));
    if (!result.ok) return setMessage(`Export failed: ${describeError(result.error)}`);
    await copyText(result.value.text).then(
      () => setMessage(`Copied the ${NAMES[format]} export.`),
      () => {
        setShown({ saved: 'text', ...result.value });
        setMessage('Copy failed: select the text below and copy it by hand.');
      },
    );
  };
  const save = async (format: ExportFormat) => {
    const result = await settle(() => lifeline().saveIncidentExport(incidentId, format));
    if (!result.ok) return setMessage(`Save failed: ${describeError(result.error)}`);
    if (result.value === null) return setMessage('Not saved.');
    if (result.value.saved === 'file') {
      setShown(null);
      return setMessage(`Saved ${result.value.path} (${result.value.bytes} bytes).`);
    }
    setShown(result.value);
    setMessage(`This host cannot save files: the ${NAMES[format]} export (${result.value.filename}) is below.`);
  };
  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <p className="export-buttons">
        {(['md', 'json'] as const).map((format) => (
          <span key={format}>
            <button type="button" onClick={() => void copy(format)}>
              Copy {NAMES[format]}
            </button>{' '}
            <button type="button" onClick={() => void save(format)}>
              Save {NAMES[format]}…
            </button>{' '}
          </span>
        ))}
      </p>
      <p role="status">{message}</p>
      {shown ? (
        <textarea className="export-text mono" readOnly aria-label={`Export ${shown.filename}`} value={shown.text} rows={12} />
      ) : null}
    </section>
  );
}
