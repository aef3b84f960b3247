// Plain-text rendering of the local status for `lifeline status` and `lifeline sync`.
import type { BundleChanges, LocalStatus } from '../../model/status.ts';

/** Names listed per kind, and changed values listed, before the rest is counted: a first install of 10,000 vendors stays readable. */
const LISTED_NAMES = 10;
const LISTED_DETAILS = 40;
const MORE = '`lifeline status --json` lists every one';

export function describeChanges(changes: BundleChanges): string[] {
  const from = changes.fromVersion === null ? 'first install' : `from version ${changes.fromVersion}`;
  const lines = [`Changes (${from} to version ${changes.toVersion}):`];
  for (const kind of ['vendors', 'services', 'contacts', 'phones'] as const) {
    const list = changes[kind];
    const parts = [...list.added.map((x) => `+${x}`), ...list.removed.map((x) => `-${x}`), ...list.changed.map((x) => `~${x}`)];
    if (parts.length === 0) continue;
    if (parts.length <= LISTED_NAMES) {
      lines.push(`  ${kind}: ${parts.join(', ')}`);
      continue;
    }
    const counts = `${list.added.length} added, ${list.removed.length} removed, ${list.changed.length} changed`;
    const rest = parts.length - LISTED_NAMES;
    lines.push(`  ${kind} (${counts}): ${parts.slice(0, LISTED_NAMES).join(', ')} and ${rest} more (${MORE})`);
  }
  if (lines.length === 1) lines.push('  no vendor, service, contact or phone number changed');
  const values = changes.details.filter((x) => x.from !== undefined || x.to !== undefined);
  for (const d of values.slice(0, LISTED_DETAILS)) {
    const sign = d.change === 'added' ? '+' : d.change === 'removed' ? '-' : '~';
    lines.push(`  ${sign}${d.kind} ${d.label}: ${d.from ?? '(none)'} -> ${d.to ?? '(none)'}`);
  }
  if (values.length > LISTED_DETAILS) lines.push(`  and ${values.length - LISTED_DETAILS} more changed values (${MORE})`);
  return lines;
}

export function describeStatus(s: LocalStatus): string[] {
  const lines: string[] = [];
  if (s.version === null) lines.push('No verified bundle is installed.');
  else {
    lines.push(
      `Bundle:      ${s.bundleId} "${s.title}" version ${s.version}${s.demo ? " (DEMO data, not your organisation's plans)" : ''}`,
    );
    lines.push(`Verified at: ${s.verifiedAt}`);
    lines.push(`Expires:     ${s.expires}`);
    lines.push(`Fresh:       ${s.stale ? `STALE since ${s.staleSince}: ${s.staleReason}` : 'yes'}`);
    if (s.keyIds.length > 0) lines.push(`Signed by:   ${s.keyIds.join(', ')}`);
  }
  if (s.recovered) lines.push(`Recovered:   ${s.recovered}`);
  lines.push(
    s.lastAttempt
      ? `Last sync:   ${s.lastAttempt.at} from ${s.lastAttempt.source ?? '(none)'}: ${s.lastAttempt.ok ? 'ok' : `FAILED: ${s.lastError ?? ''}`}`
      : 'Last sync:   never',
  );
  lines.push(`Generations: ${s.generations.map((g) => `${g.id}${g.active ? ' (active)' : ''}`).join(', ') || 'none'}`);
  if (s.changes) lines.push(...describeChanges(s.changes));
  return lines;
}
