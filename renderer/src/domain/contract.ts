// A vendor contract's renewal in words: lapsed contracts and renewals within 30 days are flagged,
// because support may be refused on a lapsed contract in the middle of an incident.
export const RENEWS_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Renewal {
  state: 'ok' | 'renews-soon' | 'lapsed';
  daysLeft: number;
  /** "renews in 12 days", "lapsed 3 days ago", "renews today". */
  text: string;
}

export function renewalOf(renews: string, nowMs: number): Renewal | null {
  const day = Date.parse(`${renews.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day)) return null;
  const daysLeft = Math.floor(day / DAY_MS) - Math.floor(nowMs / DAY_MS);
  const plural = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (daysLeft < 0) return { state: 'lapsed', daysLeft, text: `lapsed ${plural(-daysLeft)} ago` };
  const text = daysLeft === 0 ? 'renews today' : `renews in ${plural(daysLeft)}`;
  return { state: daysLeft <= RENEWS_SOON_DAYS ? 'renews-soon' : 'ok', daysLeft, text };
}
