// Vendor plan checks: channels by type and severity, the severity table, escalation contacts,
// contract renewal, and links inside the vendor's Markdown notes.
import { isScalar } from 'yaml';
import type { Finding } from './findings.ts';
import type { Loaded } from './loaded.ts';
import {
  checkContacts,
  checkHours,
  checkSeverityRef,
  duplicates,
  isRec,
  list,
  rec,
  Reporter,
  severityLabel,
  str,
  type Context,
} from './check-kit.ts';
import { checkMarkdownLinks } from './markdown.ts';
import {
  checkDate,
  checkEmail,
  checkHttpsUrl,
  checkPhone,
  daysBetween,
  didYouMean,
  listWords,
  lookAlikeHostWarning,
  quote,
} from './values.ts';
import { locate, positionOf, type ParsedYaml, type Path, type Position } from './yaml.ts';

/** A contract renewing within this many days is worth a warning: time to confirm it. */
export const RENEWAL_WARNING_DAYS = 30;

export function checkVendor(v: Loaded, ctx: Context): Finding[] {
  const r = new Reporter(v);
  const raw = v.raw!;
  const name = str(raw.name) ?? v.file.id;
  checkHours(r, raw.hours, ['hours']);
  const statusPage = str(raw.status_page);
  const statusLookAlike = statusPage === undefined ? undefined : lookAlikeHostWarning(statusPage);
  if (statusLookAlike) r.warn(['status_page'], 'idn-host', `status_page: ${statusLookAlike}`);

  const channels = list(raw.channels);
  channels.forEach((ch, i) => {
    if (!isRec(ch)) return;
    checkHours(r, ch.hours, ['channels', i, 'hours']);
    list(ch.for).forEach((sev, j) => checkSeverityRef(r, ['channels', i, 'for', j], sev, ctx, 'for'));
    duplicates(r, list(ch.for), ['channels', i, 'for'], null, 'severity');
    const value = str(ch.value);
    if (value === undefined || value.trim() === '') return;
    const path = ['channels', i, 'value'];
    const lookAlike = lookAlikeHostWarning(value);
    if (lookAlike) r.warn(path, 'idn-host', `value: ${lookAlike}`);
    switch (str(ch.type)) {
      case 'phone': {
        const p = checkPhone(value);
        if (!p.ok) r.error(path, 'invalid-phone', `value: ${p.error}`);
        break;
      }
      case 'portal': {
        const u = checkHttpsUrl(value);
        if (!u.ok) r.error(path, 'invalid-url', `value: ${u.error}`);
        break;
      }
      case 'email': {
        const e = checkEmail(value);
        if (!e.ok) r.error(path, 'invalid-email', `value: ${e.error}`);
        break;
      }
      case 'chat':
      case 'slack': {
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^mailto:/i.test(value)) {
          const u = checkHttpsUrl(value);
          if (!u.ok) r.error(path, 'invalid-url', `value: ${u.error}`);
        }
        break;
      }
      default:
        break;
    }
  });

  const severities = list(raw.severities);
  severities.forEach((s, i) => checkSeverityRef(r, ['severities', i, 'matches'], rec(s).matches, ctx, 'matches'));
  duplicates(r, severities, ['severities'], 'name', 'vendor severity');

  checkContacts(r, raw.contacts, ['contacts'], ctx, name);
  const contactNames = list(raw.contacts)
    .map((c) => str(rec(c).name))
    .filter((n): n is string => n !== undefined);
  list(raw.escalation).forEach((step, i) => {
    const contact = str(rec(step).contact);
    if (contact === undefined || contact.trim() === '' || contactNames.includes(contact)) return;
    const sameButCase = contactNames.find((n) => n.toLowerCase() === contact.toLowerCase());
    const message = sameButCase
      ? `contact ${quote(contact)} is written differently in contacts: write ${quote(sameButCase)}`
      : contactNames.length === 0
        ? `contact ${quote(contact)} is not listed: add them under contacts (name, role, phone or email, verified) so on-call can reach them`
        : `contact ${quote(contact)} is not one of this vendor's contacts (${listWords(contactNames)})${didYouMean(contact, contactNames)}: add them under contacts or fix the name`;
    r.error(['escalation', i, 'contact'], 'unknown-contact', message);
  });

  const contract = rec(raw.contract);
  const renews = str(contract.renews);
  if (renews !== undefined && checkDate(renews).ok) {
    const days = daysBetween(ctx.today, renews);
    const ref = str(contract.reference) ? ` (${str(contract.reference)})` : '';
    if (days < 0) {
      r.warn(
        ['contract', 'renews'],
        'contract-lapsed',
        `the ${name} contract${ref} lapsed on ${renews}, ${-days} days ago: confirm the support plan is still active, then update renews`,
      );
    } else if (days <= RENEWAL_WARNING_DAYS) {
      const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
      r.warn(
        ['contract', 'renews'],
        'contract-renewal-due',
        `the ${name} contract${ref} renews ${when} (${renews}): make sure the renewal is under way, then update renews`,
      );
    }
  }

  const top = ctx.severityIds?.[0];
  if (top !== undefined && channels.length > 0 && channels.every(isRec)) {
    const usable = channels.some((ch) => !('for' in ch) || list(ch.for).includes(top));
    if (!usable) {
      r.warn(
        ['channels'],
        'no-top-severity-channel',
        `no channel of ${name} is for ${severityLabel(ctx, top)}, the most severe incident: add ${top} to a channel's 'for', or add a channel without 'for'`,
        'key',
      );
    }
  }

  const notes = str(raw.notes);
  if (notes !== undefined) {
    const map = notesMapper(v.parsed, ['notes']);
    for (const p of checkMarkdownLinks(notes, map)) r.markdown(p);
  }
  return r.findings;
}

/** Maps a position inside the `notes` text to the file: exact for `|` block scalars, else the value's start. */
function notesMapper(parsed: ParsedYaml, path: Path): (p: Position) => Position {
  const node = locate(parsed.doc, path).node;
  const fallback = positionOf(parsed, path);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return () => fallback;
  const headerLine = parsed.lines.linePos(node.range[0]).line;
  // Content starts on the line after the `|` header. The indentation stripped from it is the file
  // line's indentation minus the value line's own leading spaces, measured on the first non-blank line.
  const valueLines = String(node.value).split('\n');
  const firstIndex = valueLines.findIndex((l) => l.trim() !== '');
  let indent = 0;
  if (firstIndex >= 0) {
    const fileLine = fileLineText(parsed, headerLine + 1 + firstIndex);
    const valueLine = valueLines[firstIndex]!;
    indent = fileLine.length - fileLine.trimStart().length - (valueLine.length - valueLine.trimStart().length);
  }
  return (p) => ({ line: headerLine + p.line, column: p.column + Math.max(0, indent) });
}

function fileLineText(parsed: ParsedYaml, line: number): string {
  const starts = parsed.lines.lineStarts;
  const start = starts[line - 1] ?? parsed.source.length;
  const end = starts[line] ?? parsed.source.length;
  return parsed.source.slice(start, end).replace(/\n$/, '');
}
