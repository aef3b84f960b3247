// The log itself: every entry in order, with main's timestamps and the start of each hash.
import type { IncidentView, LogEntry } from '../../../../preload/contract.ts';
import { absoluteTime } from '../../domain/time.ts';

function what(entry: LogEntry): string {
  switch (entry.kind) {
    case 'started':
      return `Incident started: ${entry.plan.target.name} at ${entry.plan.severity.name}`;
    case 'step':
      return `${entry.checked ? 'Done' : 'Undone'}: ${entry.label}`;
    case 'case-number':
      return `Case number at ${entry.vendorName}: ${entry.caseNumber || '(cleared)'}`;
    case 'note':
      return `Note: ${entry.text}`;
    case 'closed':
      return 'Incident closed';
  }
}

export function IncidentLog({ incident }: { incident: IncidentView }) {
  return (
    <section className="incident-log" aria-labelledby="log-heading">
      <h3 id="log-heading">Log ({incident.entries.length} entries, hash-chained)</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">What</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {incident.entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="num">{entry.seq}</td>
              <td>{absoluteTime(entry.at)}</td>
              <td className="log-what">{what(entry)}</td>
              <td className="mono muted">{entry.hash.slice(0, 12)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
