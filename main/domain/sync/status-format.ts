// Plain-text rendering of the local status for `lifeline status` and `lifeline sync`.
import type { BundleChanges, LocalStatus } from '../../model/status.ts';

export function describeChanges(changes: BundleChanges): string[] {
  const from = changes.fromVersion === null ? 'first install' : `from version ${changes.fromVersion}`;
  const lines = [`Changes (${from} to version ${changes.toVersion}):`];
  for (const kind of ['vendors', 'services', 'contacts', 'phones'] as const) {
    const list = changes[kind];
    const parts = [...list.added.map((x) => `+${x}`), ...list.removed.map((x) => `-${x}`), ...list.changed.map((x) => `~${x}`)];
    if (parts.length > 0) lines.push(`  ${kind}: ${parts.join(', ')}`);
  }
  if (lines.length === 1) lines.push('  no vendor, service, contact or phone number changed');
  for (const d of changes.details.filter((x) => x.from !== undefined || x.to !== undefined)) {
    const sign = d.change === 'added' ? '+' : d.change === 'removed' ? '-' : '~';
    lines.push(`  ${sign}${d.kind} ${d.label}: ${d.from ?? '(none)'} -> ${d.to ?? '(none)'}`);
  }
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
