// The vendor's severity table on its page: what to open for each of ours, what it means in the
// vendor's words, the first-response time and whether that clock counts business hours only.
import type { Severity, Vendor } from '../../../../preload/contract.ts';
import { durationText } from '../../domain/escalation-text.ts';
import { severityName, sortVendorSeverities } from '../../domain/severities.ts';

export function SeverityTable({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  if (vendor.severities.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby="severities-heading">
      <h3 id="severities-heading">Severities and first-response times</h3>
      <table className="severity-table">
        <thead>
          <tr>
            <th scope="col">Our severity</th>
            <th scope="col">Open as</th>
            <th scope="col">When</th>
            <th scope="col">First response</th>
          </tr>
        </thead>
        <tbody>
          {sortVendorSeverities(vendor.severities, severities).map((row) => (
            <tr key={`${row.matches}-${row.name}`}>
              <td>{severityName(row.matches, severities)}</td>
              <th scope="row">{row.name}</th>
              <td>{row.description}</td>
              <td className="num">
                {durationText(row.firstResponseMinutes)}
                <span className="business-hours">{row.businessHours ? 'business hours only' : 'around the clock'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
