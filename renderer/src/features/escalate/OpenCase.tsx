// Step 2: open a case at the vendor's matching severity, in the vendor's words, quoting the account ids.
import { useState } from 'react';
import type { PlanVendor } from '../../../../preload/contract.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { Channels } from './Channels.tsx';

interface Props {
  vendor: PlanVendor;
  severityName: string;
  caseNumber: string | null;
  onCaseNumber: (value: string) => void;
  disabled: boolean;
}

function CaseNumberField({ vendor, caseNumber, onCaseNumber, disabled }: Omit<Props, 'severityName'>) {
  const [draft, setDraft] = useState(caseNumber ?? '');
  const id = `case-number-${vendor.id}`;
  const save = () => {
    if (draft.trim() !== (caseNumber ?? '')) onCaseNumber(draft.trim());
  };
  return (
    <form
      className="case-number"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={id}>Case number at {vendor.name}</label>
      <input
        id={id}
        value={draft}
        maxLength={200}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        autoComplete="off"
      />
      <button type="submit" disabled={disabled}>
        Save case number
      </button>
    </form>
  );
}

export function OpenCase(props: Props) {
  const { vendor, severityName } = props;
  const severity = vendor.severity;
  return (
    <div className="open-case">
      {severity ? (
        <p className="vendor-severity">
          Open at <strong className="vendor-severity-name">{severity.name}</strong>{' '}
          <span className="muted">
            (first response {severity.firstResponse}
            {severity.businessHours ? ', business hours' : ', round the clock'})
          </span>
          <span className="vendor-severity-text">{severity.description}</span>
          {vendor.otherSeverities.length > 0 ? (
            <span className="muted">
              Also matching, less urgent: {vendor.otherSeverities.map((s) => `${s.name} (${s.firstResponse})`).join(', ')}
            </span>
          ) : null}
        </p>
      ) : (
        <p className="flag flag-warn">
          <strong>NO MATCH</strong> {vendor.name}'s table has no severity for {severityName}: open the closest one and say why.
        </p>
      )}
      {vendor.accounts.length > 0 ? (
        <p className="accounts">
          Quote {vendor.accounts.length === 1 ? 'account id' : 'account ids'}:{' '}
          {vendor.accounts.map((account) => (
            <span key={account} className="account">
              <span className="mono">{account}</span> <CopyButton text={account} what={`account id ${account}`} />
            </span>
          ))}
        </p>
      ) : null}
      <Channels channels={vendor.channels} hidden={vendor.hiddenChannels} vendorName={vendor.name} severityName={severityName} />
      {/* Keyed by the saved value: a number saved elsewhere resets the field. */}
      <CaseNumberField key={props.caseNumber ?? ''} {...props} />
    </div>
  );
}
