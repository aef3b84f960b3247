// Vendors A–Z: a filter box, a letter jump bar and one card per vendor, sorted by name.
import { useEffect, useMemo, useState } from 'react';
import type { Bundle } from '../../../../preload/contract.ts';
import { initialOf, matchesFilter, sortVendors } from '../../domain/vendor-list.ts';
import { LetterBar } from './LetterBar.tsx';
import { VendorCard } from './VendorCard.tsx';
import { VendorFilter } from './VendorFilter.tsx';

/** Performance mark set when the vendor list first renders. */
export const VENDORS_VISIBLE_MARK = 'lifeline:vendors-visible';

export function VendorsScreen({ bundle }: { bundle: Bundle }) {
  const [filter, setFilter] = useState('');
  useEffect(() => {
    performance.mark(VENDORS_VISIBLE_MARK); // time-to-first-useful-paint, read by the e2e tests
  }, []);
  const sorted = useMemo(() => sortVendors(bundle.vendors), [bundle.vendors]);
  const shown = sorted.filter((vendor) => matchesFilter(vendor, filter));
  const firstOfLetter = new Set<string>();
  const anchors = new Map<string, string>();
  for (const vendor of shown) {
    const letter = initialOf(vendor.name);
    if (!firstOfLetter.has(letter)) {
      firstOfLetter.add(letter);
      anchors.set(vendor.id, letter);
    }
  }

  return (
    <section className="vendors" aria-labelledby="vendors-heading">
      <div className="vendors-head">
        <h2 id="vendors-heading" tabIndex={-1}>
          Vendors A–Z
        </h2>
        <VendorFilter value={filter} onChange={setFilter} count={shown.length} total={sorted.length} />
      </div>
      <LetterBar present={firstOfLetter} />
      {shown.length === 0 ? (
        <p className="empty">No vendor matches “{filter}”.</p>
      ) : (
        <ol className="vendor-list" data-testid="vendor-list">
          {shown.map((vendor) => (
            <li key={vendor.id} id={anchors.has(vendor.id) ? `letter-${anchors.get(vendor.id)}` : undefined}>
              <VendorCard vendor={vendor} severities={bundle.severities} contactsMaxAgeDays={bundle.contactsMaxAgeDays} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
