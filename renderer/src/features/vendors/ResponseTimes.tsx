// The vendor's own severity table, most urgent first: what to open and how long until they owe a reply.
import type { Severity, Vendor } from '../../../../preload/contract.ts';
import { severityName, sortVendorSeverities } from '../../domain/severities.ts';

export function ResponseTimes({ vendor, severities }: { vendor: Vendor; severities: Severity[] }) {
  if (vendor.severities.length === 0) return null;
  const rows = sortVendorSeverities(vendor.severities, severities);
  return (
    <table className="response-times">
      <caption>{vendor.name} severities and first-response times</caption>
      <colgroup>
        <col className="col-ours" />
        <col />
        <col className="col-response" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Our severity</th>
          <th scope="col">Open as</th>
          <th scope="col">First response</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <td>{severityName(row.matches, severities)}</td>
            <td>{row.name}</td>
            <td className="num">
              {row.firstResponse}
              {row.businessHours && <span className="business-hours">business hours</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
