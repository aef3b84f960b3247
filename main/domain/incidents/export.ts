// Incident exports: Markdown for the postmortem (a timeline table) and JSON with the whole hash chain,
// and the check `lifeline incident verify` runs on a JSON export.
import {
  INCIDENT_EXPORT_FORMAT,
  IncidentExportSchema,
  type ExportFormat,
  type IncidentExportText,
  type IncidentView,
  type LogEntry,
} from '../../model/incident.ts';
import { fail, ok, type Result } from '../../model/result.ts';
import { verifyChain } from './chain.ts';

const utc = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '');
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function stepText(entry: LogEntry, view: IncidentView): [step: string, caseNumber: string, note: string] {
  switch (entry.kind) {
    case 'started':
      return [`Incident started: ${view.target.name} at ${view.severity.id} (${view.severity.name})`, '', ''];
    case 'step':
      return [`${entry.checked ? 'Done' : 'Undone'}: ${entry.label}`, '', ''];
    case 'case-number':
      return [`Case number at ${entry.vendorName}`, entry.caseNumber || '(cleared)', ''];
    case 'note':
      return ['Note', '', entry.text];
    case 'closed':
      return ['Incident closed', '', ''];
  }
}

export function incidentMarkdown(view: IncidentView): string {
  const head = view.entries.at(-1)?.hash ?? '';
  const lines = [
    `# Incident ${view.id}: ${view.target.name}, ${view.severity.name}`,
    '',
    `- Target: ${view.target.name} (${view.target.kind} \`${view.target.id}\`)`,
    `- Severity: ${view.severity.id} (${view.severity.name})`,
    `- Started: ${utc(view.startedAt)} UTC`,
    `- ${view.open ? 'Status: open' : `Closed: ${utc(view.closedAt)} UTC`}`,
    `- Plans: ${view.plan.bundle.title} (\`${view.bundle.id}\` version ${view.bundle.version})`,
    `- Log: ${view.entries.length} entries, SHA-256 chain head \`${head}\``,
    '',
    '## Timeline (UTC)',
    '',
    '| Time | Step | Case number | Note |',
    '|---|---|---|---|',
    ...view.entries.map((e) => `| ${[utc(e.at), ...stepText(e, view)].map(cell).join(' | ')} |`),
    '',
    '## Vendors',
    '',
    '| Vendor | Severity opened | Case number | Case opened | First response due | First response |',
    '|---|---|---|---|---|---|',
    ...view.plan.vendors.map((v) => {
      const t = view.vendors.find((x) => x.vendorId === v.id);
      const row = [
        v.name,
        v.severity?.name ?? '(no matching severity)',
        t?.caseNumber ?? '',
        utc(t?.caseOpenedAt ?? null),
        utc(t?.firstResponseDue ?? null),
        utc(t?.firstResponseAt ?? null),
      ];
      return `| ${row.map(cell).join(' | ')} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

export function incidentJson(view: IncidentView): string {
  const body = {
    format: INCIDENT_EXPORT_FORMAT,
    incidentId: view.id,
    entryCount: view.entries.length,
    head: view.entries.at(-1)?.hash ?? null,
    entries: view.entries,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function exportIncident(view: IncidentView, format: ExportFormat): IncidentExportText {
  return format === 'md'
    ? { filename: `incident-${view.id}.md`, text: incidentMarkdown(view) }
    : { filename: `incident-${view.id}.json`, text: incidentJson(view) };
}

export type ExportCheck = Result<{ incidentId: string; entries: LogEntry[] }>;

/** Checks an export file's text: its shape, then every link of the chain and the recorded head. */
export function verifyExport(text: string): ExportCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not valid JSON');
  }
  const parsed = IncidentExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`not a Lifeline incident export (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'})`);
  }
  const { entries, entryCount, head, incidentId } = parsed.data;
  const chain = verifyChain(entries, { entryCount, head });
  if (!chain.ok) return fail(chain.error.message);
  const first = chain.value[0];
  if (first?.kind !== 'started' || first.incidentId !== incidentId)
    return fail(`entry 1 was changed: it starts incident "${first?.kind === 'started' ? first.incidentId : '?'}", not "${incidentId}"`);
  return ok({ incidentId, entries: chain.value });
}
