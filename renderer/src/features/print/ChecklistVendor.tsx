// One vendor on the checklist: what to open, where, the boxes to tick and the blanks to fill in by hand.
import type { PlanVendor, Severity } from '../../../../preload/contract.ts';
import { formatHours } from '../../domain/hours.ts';
import { deadlineText, severitiesText } from './print-format.ts';

const Box = () => <span className="tick-box" aria-hidden="true" />;

export function ChecklistVendor({ vendor, severities }: { vendor: PlanVendor; severities: Severity[] }) {
  const severity = vendor.severity;
  return (
    <div className="checklist-vendor" data-checklist-vendor={vendor.id}>
      <h3>
        {vendor.name} <span className="sheet-note-inline">{vendor.plan}</span>
      </h3>
      <dl className="sheet-summary">
        <dt>Open as</dt>
        <dd>
          <strong>{severity ? severity.name : 'no matching severity: open at the closest level and say why'}</strong>
        </dd>
        <dt>{vendor.accounts.length === 1 ? 'Account id' : 'Account ids'}</dt>
        <dd className="mono sheet-accounts">{vendor.accounts.join(' · ') || 'none recorded'}</dd>
      </dl>
      <ul className="checklist-channels" aria-label={`${vendor.name} channels at this severity`}>
        {vendor.channels.map((channel) => (
          <li key={`${channel.type}-${channel.value}-${channel.label}`}>
            <span className={channel.type === 'phone' ? 'sheet-phone' : 'sheet-url'}>{channel.value}</span>
            <span>
              <strong>{channel.type}</strong> · {channel.label} · {formatHours(channel.hours)} · for {severitiesText(channel.for, severities)}
            </span>
          </li>
        ))}
        {vendor.channels.length === 0 && <li>No channel of this plan may be used at this severity.</li>}
      </ul>
      <ul className="checklist-steps">
        {vendor.statusPage && (
          <li>
            <Box /> Status page checked: <span className="sheet-url">{vendor.statusPage}</span>
          </li>
        )}
        <li>
          <Box /> Case opened. case number: ______________ opened at: __:__
        </li>
        <li>
          <Box /> First response due{' '}
          <strong className="deadline">{severity ? deadlineText(severity.firstResponseMinutes) : 'unknown'}</strong>
          {severity?.businessHours ? <strong> business hours ({formatHours(vendor.hours)})</strong> : null} after opening. due at: __:__
        </li>
        {vendor.escalation.map((step) => (
          <li key={step.stepId}>
            <Box /> <strong>Escalate {step.afterText}:</strong> {step.action}
            {step.contactName ? (
              <strong>
                {' '}
                Contact: {step.contactName}
                {step.contact?.phone ? `, ${step.contact.phone.display}` : ''}
                {step.contact?.stale ? ' (STALE contact: check the number)' : ''}
              </strong>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
