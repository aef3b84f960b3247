// Vendors A–Z as a window-scrolled virtual list: only the cards near the viewport are in the DOM,
// so 2,000 vendors paint and filter as fast as 20. On paper every vendor is printed (as its summary).
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { BundleInfo, VendorSummary } from '../../../../preload/contract.ts';
import { usePrinting } from './usePrinting.ts';
import { VendorCard } from './VendorCard.tsx';
import { VendorRow } from './VendorRow.tsx';

interface Props {
  vendors: VendorSummary[];
  info: BundleInfo;
  /** The list's scroller, for the letter bar's jumps. */
  jumpRef: RefObject<((index: number) => void) | null>;
}

/** A typical card (two accounts, one phone line, two contacts); measured for real once rendered. */
const ESTIMATED_CARD_PX = 460;
const FULL_PRINT_LIMIT = 200;

export function VirtualVendorList({ vendors, info, jumpRef }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [offset, setOffset] = useState(0);
  const printing = usePrinting();
  useLayoutEffect(() => {
    const measure = () => setOffset((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: vendors.length,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 4,
    scrollMargin: offset,
    scrollPaddingStart: statusBarHeight() + 12, // a jump lands below the sticky status bar
    getItemKey: (index) => vendors[index]?.id ?? index,
  });
  useEffect(() => {
    jumpRef.current = (index) => virtualizer.scrollToIndex(index, { align: 'start' });
  }, [jumpRef, virtualizer]);

  if (printing) {
    // Every vendor on paper; beyond a few hundred, as summaries (numbers and account ids): fetching
    // thousands of full vendors would stall the print. The binder (#/print/all) is the full set.
    const full = vendors.length <= FULL_PRINT_LIMIT;
    return (
      <ol className="vendor-list" data-testid="vendor-list">
        {vendors.map((vendor) => (
          <li key={vendor.id}>
            {full ? (
              <VendorRow summary={vendor} info={info} />
            ) : (
              <VendorCard summary={vendor} vendor={null} severities={info.severities} contactsMaxAgeDays={info.contactsMaxAgeDays} />
            )}
          </li>
        ))}
      </ol>
    );
  }
  const items = virtualizer.getVirtualItems();
  return (
    <ol ref={listRef} className="vendor-list virtual" data-testid="vendor-list" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const vendor = vendors[item.index];
        if (!vendor) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <VendorRow summary={vendor} info={info} />
          </li>
        );
      })}
    </ol>
  );
}

function statusBarHeight(): number {
  return Number.parseFloat(document.documentElement.style.getPropertyValue('--status-bar-height')) || 0;
}
