// One vendor at one severity on the checklist: what to open, with which account, where, the boxes to
// tick and the blanks to fill in by hand. Escalation steps follow once per checklist (ChecklistEscalation).
import type { PlanVendor, Severity } from '../../../../preload/contract.ts';
import { formatHours } from '../../domain/hours.ts';
import { deadlineText, severitiesText } from './print-format.ts';

export const TickBox = () => <span className="tick-box" aria-hidden="true" />;

export function ChecklistVendor({ vendor, severities }: { vendor: PlanVendor; severities: Severity[] }) {
  const severity = vendor.severity;
  return (
    <div className="checklist-vendor" data-checklist-vendor={vendor.id}>
      <div className="checklist-what">
        <h3>
          <TickBox /> {vendor.name}
        </h3>
        <p>
          Open as <strong>{severity ? `“${severity.name}”` : 'no matching severity: open at the closest level and say why'}</strong>
        </p>
        <p>
          {vendor.accounts.length === 1 ? 'Account' : 'Accounts'}{' '}
          <strong className="mono">{vendor.accounts.join(' · ') || 'none recorded'}</strong>
        </p>
        {vendor.statusPage && (
          <p>
            <TickBox /> Status page <span className="sheet-url">{vendor.statusPage}</span>
          </p>
        )}
      </div>
      <ul className="checklist-channels" aria-label={`${vendor.name} channels at this severity`}>
        {vendor.channels.map((channel) => (
          <li key={`${channel.type}-${channel.value}-${channel.label}`}>
            <span className={channel.type === 'phone' ? 'sheet-phone' : 'sheet-url'}>{channel.value}</span>{' '}
            <span className="sheet-note">
              {channel.type} · {formatHours(channel.hours)}
              {channel.for ? ` · ${severitiesText(channel.for, severities)} only` : ''}
            </span>
          </li>
        ))}
        {vendor.channels.length === 0 && <li>No channel of this plan may be used at this severity.</li>}
      </ul>
      <p className="checklist-blanks">
        <TickBox /> case number: ______________ opened at: __:__ · first response due{' '}
        <strong className="deadline">{severity ? deadlineText(severity.firstResponseMinutes) : 'unknown'}</strong>
        {severity?.businessHours ? <strong> business hours ({formatHours(vendor.hours)})</strong> : null} · due at: __:__ · <TickBox />{' '}
        answered
      </p>
    </div>
  );
}
