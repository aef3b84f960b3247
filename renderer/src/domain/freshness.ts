// How old a contact's verification is, against the bundle's limit: a number nobody checked for two
// years may ring an empty desk, so it is flagged "stale" in words.
const DAY_MS = 86_400_000;

export interface Freshness {
  stale: boolean;
  /** Whole days since verification; null when never verified (or the date is unreadable). */
  ageDays: number | null;
  /** e.g. "verified 12 days ago", "stale: verified 685 days ago", "stale: never verified". */
  text: string;
}

export function contactFreshness(verified: string | null, maxAgeDays: number, now: number): Freshness {
  const at = verified === null ? Number.NaN : Date.parse(`${verified}T00:00:00Z`);
  if (Number.isNaN(at)) return { stale: true, ageDays: null, text: 'stale: never verified' };
  const ageDays = Math.max(0, Math.floor((now - at) / DAY_MS));
  const ago = ageDays === 0 ? 'today' : ageDays === 1 ? '1 day ago' : `${ageDays} days ago`;
  const stale = ageDays > maxAgeDays;
  return { stale, ageDays, text: stale ? `stale: verified ${ago}` : `verified ${ago}` };
}
