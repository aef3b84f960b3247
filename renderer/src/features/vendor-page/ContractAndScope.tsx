// The contract to quote (with a warning in words when it lapsed or renews within 30 days) and what
// the plan covers and does not: no point opening a case for what is out of scope.
import type { Vendor } from '../../../../preload/contract.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { renewalOf } from '../../domain/contract.ts';

export function ContractPanel({ vendor, now }: { vendor: Vendor; now: number }) {
  if (!vendor.contract) return null;
  const renewal = renewalOf(vendor.contract.renews, now);
  const warn = renewal && renewal.state !== 'ok';
  return (
    <section className="page-section" aria-labelledby="contract-heading">
      <h3 id="contract-heading">Contract</h3>
      <p>
        Reference <span className="mono account-id">{vendor.contract.reference}</span>{' '}
        <CopyButton text={vendor.contract.reference} what={`contract reference ${vendor.contract.reference}`} /> · renews{' '}
        {vendor.contract.renews}
        {renewal && !warn ? ` (${renewal.text})` : ''}
      </p>
      {warn && (
        <p className="flag flag-warn" data-testid="contract-warning">
          <strong>{renewal.state === 'lapsed' ? 'CONTRACT LAPSED' : 'RENEWS SOON'}</strong> The contract {renewal.text}: check it is still
          in force before relying on this plan.
        </p>
      )}
    </section>
  );
}

export function ScopePanel({ vendor }: { vendor: Vendor }) {
  if (!vendor.scope) return null;
  return (
    <section className="page-section scope" aria-labelledby="scope-heading">
      <h3 id="scope-heading">Scope</h3>
      <div className="scope-columns">
        <div>
          <h4>Covered</h4>
          <ul>
            {vendor.scope.covered.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4>Not covered</h4>
          <ul>
            {vendor.scope.notCovered.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
