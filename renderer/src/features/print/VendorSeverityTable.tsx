// The vendor's severity table on paper: what to open for each of our severities and how soon they answer.
import type { Severity, Vendor } from '../../../../preload/contract.ts';
import { deadlineText, severityLabel } from './print-format.ts';

export function VendorSeverityTable({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  const rank = (id: string) => {
    const index = severities.findIndex((severity) => severity.id === id);
    return index < 0 ? severities.length : index;
  };
  const rows = [...vendor.severities].sort((a, b) => rank(a.matches) - rank(b.matches) || a.firstResponseMinutes - b.firstResponseMinutes);
  return (
    <section className="sheet-block">
      <h2>Severities and first response</h2>
      {rows.length === 0 ? (
        <p>No severity table in this plan.</p>
      ) : (
        <table className="sheet-table severity-table">
          <colgroup>
            <col className="col-ours" />
            <col className="col-theirs" />
            <col className="col-response" />
            <col className="col-clock" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Our severity</th>
              <th scope="col">Open at the vendor as</th>
              <th scope="col">First response</th>
              <th scope="col">Clock runs</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.matches}-${row.name}`} data-severity-row={row.matches}>
                <td>{severityLabel(row.matches, severities)}</td>
                <td>{row.name}</td>
                <td className="num">{deadlineText(row.firstResponseMinutes)}</td>
                <td>{row.businessHours ? 'business hours only' : 'around the clock'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
