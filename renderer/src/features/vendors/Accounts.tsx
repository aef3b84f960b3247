// Account ids are quoted on every case: large, monospaced, one copy button each.
import { CopyButton } from '../../components/CopyButton.tsx';

export function Accounts({ accounts }: { accounts: string[] }) {
  if (accounts.length === 0) return null;
  return (
    <div className="accounts">
      <span className="field-label">{accounts.length === 1 ? 'Account id' : 'Account ids'}</span>
      <ul>
        {accounts.map((account) => (
          <li key={account}>
            <span className="account-id mono" data-testid="account-id">
              {account}
            </span>
            <CopyButton text={account} what={`account id ${account}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
