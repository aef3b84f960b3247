// The organisation's severity scale (most severe first) applied to vendor tables and channels.
import type { Channel, Severity, VendorSeverity } from '../../../preload/contract.ts';

/** "Sev1 only", "Sev1, Sev2 only", or null when the channel serves every severity. */
export function formatFor(ids: string[] | null, severities: Severity[]): string | null {
  if (ids === null) return null;
  const names = ids.map((id) => severityName(id, severities));
  return `${names.join(', ')} only`;
}

export function severityName(id: string, severities: Severity[]): string {
  return severities.find((s) => s.id === id)?.name ?? id;
}

/** Position on the scale; unknown ids sort after every known one. */
export function severityRank(id: string, severities: Severity[]): number {
  const index = severities.findIndex((s) => s.id === id);
  return index < 0 ? severities.length : index;
}

/** A vendor's table in the order an engineer reads it: our most severe first, then the fastest answer. */
export function sortVendorSeverities(rows: VendorSeverity[], severities: Severity[]): VendorSeverity[] {
  return [...rows].sort(
    (a, b) => severityRank(a.matches, severities) - severityRank(b.matches, severities) || a.firstResponseMinutes - b.firstResponseMinutes,
  );
}

/** The channel to use at our most severe level: a phone line allowed for it first, else any allowed channel. */
export function mostSevereChannel(channels: Channel[], severities: Severity[]): Channel | null {
  const top = severities[0]?.id;
  const allowed = channels.filter((channel) => channel.for === null || (top !== undefined && channel.for.includes(top)));
  return allowed.find((channel) => channel.type === 'phone') ?? allowed[0] ?? null;
}
