// Vendors A–Z: a filter box, a letter jump bar and the vendor cards, sorted by name. Reads the light
// list (listVendors) so 2,000 vendors appear at once; each visible card fetches its own vendor.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { BundleInfo, VendorSummary } from '../../../../preload/contract.ts';
import { initialOf, matchesFilter } from '../../domain/vendor-list.ts';
import { LetterBar } from './LetterBar.tsx';
import { VendorFilter } from './VendorFilter.tsx';
import { VirtualVendorList } from './VirtualVendorList.tsx';

/** Performance mark set when the vendor list first renders. */
export const VENDORS_VISIBLE_MARK = 'lifeline:vendors-visible';
const FOCUS_WAIT_MS = 3000;

export function VendorsScreen({ vendors, info }: { vendors: VendorSummary[]; info: BundleInfo }) {
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter); // typing stays responsive; the list follows
  const jumpRef = useRef<((index: number) => void) | null>(null);
  useEffect(() => {
    performance.mark(VENDORS_VISIBLE_MARK); // time-to-first-useful-paint, read by the e2e tests
  }, []);
  const shown = useMemo(() => vendors.filter((vendor) => matchesFilter(vendor, deferredFilter)), [vendors, deferredFilter]);
  const firstIndexOfLetter = useMemo(() => {
    const first = new Map<string, number>();
    shown.forEach((vendor, index) => {
      const letter = initialOf(vendor.name);
      if (!first.has(letter)) first.set(letter, index);
    });
    return first;
  }, [shown]);

  const jump = (letter: string) => {
    const index = firstIndexOfLetter.get(letter);
    const vendor = index === undefined ? undefined : shown[index];
    if (index === undefined || !vendor) return;
    jumpRef.current?.(index);
    focusWhenRendered(`vendor-${vendor.id}`);
  };

  return (
    <section className="vendors" aria-labelledby="vendors-heading">
      <div className="vendors-head">
        <h2 id="vendors-heading" tabIndex={-1}>
          Vendors A–Z
        </h2>
        <VendorFilter value={filter} onChange={setFilter} count={shown.length} total={vendors.length} />
      </div>
      <LetterBar present={new Set(firstIndexOfLetter.keys())} onJump={jump} />
      {shown.length === 0 ? (
        <p className="empty">No vendor matches “{deferredFilter}”.</p>
      ) : (
        <VirtualVendorList vendors={shown} info={info} jumpRef={jumpRef} />
      )}
    </section>
  );
}

/**
 * The virtual list renders the target a frame or two after the scroll, at an estimated position: once
 * it is in the DOM, bring it under the status bar and focus it; correct once more after the cards
 * around it have been measured (bounded wait).
 */
function focusWhenRendered(id: string): void {
  const deadline = Date.now() + FOCUS_WAIT_MS;
  let settled = 0;
  const attempt = () => {
    const heading = document.getElementById(id);
    if (heading) {
      heading.closest('li')?.scrollIntoView({ block: 'start' });
      if (settled === 0) heading.focus({ preventScroll: true });
      settled += 1;
    }
    if (settled < 3 && Date.now() < deadline) window.setTimeout(attempt, settled === 0 ? 30 : 60);
  };
  window.setTimeout(attempt, 0);
}
