// Which severity? The bundle's own scale, most severe first, one keystroke each (1, 2, 3...).
import { useEffect } from 'react';
import { navigate } from '../../data/navigation.ts';

interface Props {
  target: { id: string; name: string };
  severities: { id: string; name: string }[];
  unknownSeverity: string | null;
}

const KEYS = '123456789';

export function SeverityPicker({ target, severities, unknownSeverity }: Props) {
  const choices = severities.slice(0, KEYS.length);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const field = event.target as HTMLElement | null;
      if (field && (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA' || field.isContentEditable)) return;
      const choice = choices[KEYS.indexOf(event.key)];
      if (event.key.length === 1 && choice) {
        event.preventDefault();
        navigate({ screen: 'escalate', target: target.id, severity: choice.id });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choices, target.id]);
  return (
    <section className="severity-picker" aria-labelledby="severity-heading">
      <h2 id="severity-heading">Escalate {target.name}: how severe is it?</h2>
      {unknownSeverity ? (
        <p className="flag flag-warn">
          <strong>UNKNOWN SEVERITY</strong> “{unknownSeverity}” is not on this bundle's scale: pick one below.
        </p>
      ) : null}
      <p className="muted">Press the number, or choose:</p>
      <ol className="severity-choices">
        {choices.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-keyshortcuts={KEYS[i]}
              onClick={() => navigate({ screen: 'escalate', target: target.id, severity: s.id })}
            >
              <kbd>{KEYS[i]}</kbd> <strong>{s.name}</strong> <span className="muted">({s.id})</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
