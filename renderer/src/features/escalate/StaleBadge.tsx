// "stale: verified 685 days ago" in words beside a contact that is about to be called.
import type { PlanContact } from '../../../../preload/contract.ts';

export function StaleBadge({ contact }: { contact: PlanContact }) {
  if (!contact.stale) return null;
  const text = contact.verifiedDaysAgo === null ? 'stale: never verified' : `stale: verified ${contact.verifiedDaysAgo} days ago`;
  return <span className="badge badge-stale">{text}</span>;
}
