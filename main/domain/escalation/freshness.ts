// Contacts verified too long ago (or never) and contracts that lapsed or renew soon, as of a day.
import type { Contact } from '../../model/bundle.ts';
import type { ContractState, PlanContact } from '../../model/escalation.ts';
import { DAY_MS } from './zoned-time.ts';

/** A contract renewing within this many days is flagged. */
export const RENEWS_SOON_DAYS = 30;

const dayOf = (isoDate: string) => Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export function flagContact(contact: Contact, nowMs: number, maxAgeDays: number): PlanContact {
  if (contact.verified === null) return { ...contact, stale: true, verifiedDaysAgo: null };
  const age = Math.floor(nowMs / DAY_MS) - dayOf(contact.verified);
  return { ...contact, stale: age > maxAgeDays, verifiedDaysAgo: age };
}

/** "stale: verified 685 days ago", "stale: never verified", or null for a fresh contact. */
export function staleText(contact: PlanContact): string | null {
  if (!contact.stale) return null;
  return contact.verifiedDaysAgo === null ? 'stale: never verified' : `stale: verified ${contact.verifiedDaysAgo} days ago`;
}

export function contractState(contract: { renews: string; reference: string }, nowMs: number): ContractState {
  const daysLeft = dayOf(contract.renews) - Math.floor(nowMs / DAY_MS);
  const state = daysLeft < 0 ? 'lapsed' : daysLeft <= RENEWS_SOON_DAYS ? 'renews-soon' : 'ok';
  return { renews: contract.renews, reference: contract.reference, state, daysLeft };
}
