// A note for the timeline, and closing the incident (asked twice: it cannot be reopened).
import { useState } from 'react';
import type { IncidentView } from '../../../../preload/contract.ts';
import { describeError, lifeline, settle } from '../../data/bridge.ts';

export function NotesAndClose({ incident, onChange }: { incident: IncidentView; onChange: (view: IncidentView) => void }) {
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!incident.open) return null;
  const run = async (call: () => ReturnType<ReturnType<typeof lifeline>['closeIncident']>) => {
    const result = await settle(call);
    if (result.ok) {
      setError(null);
      onChange(result.value);
      return true;
    }
    setError(describeError(result.error));
    return false;
  };
  return (
    <section className="notes-close" aria-label="Notes and closing">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim() === '') return;
          void run(() => lifeline().addIncidentNote(incident.id, note.trim())).then((ok) => ok && setNote(''));
        }}
      >
        <label htmlFor="incident-note">Note for the timeline</label>
        <textarea id="incident-note" value={note} maxLength={4000} rows={3} onChange={(e) => setNote(e.target.value)} />
        <button type="submit">Add note</button>
      </form>
      <p>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => void run(() => lifeline().closeIncident(incident.id))}>
              Yes, close incident
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it open
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Close incident…
          </button>
        )}
      </p>
      {error ? <p className="flag flag-warn">{error}</p> : null}
    </section>
  );
}
