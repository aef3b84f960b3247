// One row of Vendors A–Z: the light summary at once, the full card as soon as its vendor arrives.
import type { BundleInfo, VendorSummary } from '../../../../preload/contract.ts';
import { describeError } from '../../data/results.ts';
import { useVendor } from '../../data/items.ts';
import { VendorCard } from './VendorCard.tsx';

export function VendorRow({ summary, info }: { summary: VendorSummary; info: BundleInfo }) {
  const answer = useVendor(summary.id);
  return (
    <VendorCard
      summary={summary}
      vendor={answer?.ok ? answer.value : null}
      problem={answer && !answer.ok ? describeError(answer.error) : null}
      severities={info.severities}
      contactsMaxAgeDays={info.contactsMaxAgeDays}
    />
  );
}
