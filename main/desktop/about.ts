// What About shows: the app version, and which bundle is active and who signed it.
import type { LocalStatus } from '../model/status.ts';

export function aboutDetail(status: LocalStatus | null, appVersion: string): string {
  const lines = [`Lifeline ${appVersion}`];
  if (status === null || status.version === null) {
    lines.push('No verified bundle is installed.');
    return lines.join('\n');
  }
  const demo = status.demo ? ' (DEMO data, not your organisation’s)' : '';
  lines.push(`Bundle: ${status.title ?? status.bundleId ?? 'untitled'} version ${status.version}${demo}`);
  if (status.verifiedAt) lines.push(`Verified: ${status.verifiedAt}`);
  if (status.expires) lines.push(`Signed metadata expires: ${status.expires}`);
  if (status.stale) lines.push(`STALE since ${status.staleSince ?? 'unknown'}: ${status.staleReason ?? 'no reason recorded'}`);
  lines.push(
    status.keyIds.length > 0 ? `Signing key ids:\n${status.keyIds.map((id) => `  ${id}`).join('\n')}` : 'Signing key ids: none recorded',
  );
  return lines.join('\n');
}
