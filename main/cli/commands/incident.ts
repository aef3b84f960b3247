// `lifeline incident list|export|verify`: the incidents store for scripts and for machines whose
// screen is gone, and the check of an exported log's hash chain.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportIncident, verifyExport } from '../../domain/incidents/export.ts';
import { createIncidentStore, type IncidentStore } from '../../domain/incidents/store.ts';
import { foldIncident } from '../../domain/incidents/view.ts';
import { readStateFile } from '../../domain/files/bounded-read.ts';
import { createFsPort } from '../../domain/files/fs-port.ts';
import { stateLayout } from '../../domain/storage/layout.ts';
import { parseFlags, positionals, requireFlag } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo, type Command } from '../command.ts';
import { isLifelineError, LifelineError } from '../../model/errors.ts';
import { messageOf, errnoCode } from '../../model/thrown.ts';

const MAX_EXPORT_BYTES = 32 * 1024 * 1024;

const help = `Usage:
  lifeline incident list --state <dir> [--json]
  lifeline incident export <id> --state <dir> --format md|json
  lifeline incident verify <export.json>

list    Every incident in <dir>/incidents/, open ones first: id, target, severity, when it started,
        open or closed. --json prints {"incidents": [{id, target, targetKind, targetName, severity,
        severityName, started, status, closed}], "problems": [{file, message}]}. A file that cannot be
        read is named on standard error (exit 1); the others are still listed.
export  One incident to standard output: Markdown for the postmortem (a timeline table with times,
        steps, case numbers and notes) or JSON with the whole hash chain (default md).
verify  Checks a JSON export: every entry carries the SHA-256 of the previous one. Exit 0 when the
        chain is intact; exit 1 naming the first entry that was changed, removed or reordered.

Exit codes: 0 done, 1 failed or tampered, 2 usage error.`;

async function storeAt(stateFlag: string | undefined, io: CliIo): Promise<IncidentStore> {
  const stateDir = resolve(io.cwd, requireFlag(stateFlag, 'state'));
  const info = await stat(stateDir).catch(() => null);
  if (!info) throw new LifelineError('failed', `no state directory at ${stateDir}`);
  if (!info.isDirectory()) throw new LifelineError('failed', `${stateDir} is not a directory`);
  return createIncidentStore({ dir: stateLayout(stateDir).incidents, fs: createFsPort(), clock: { now: io.now } });
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: extra } = parseFlags(argv, { state: { type: 'string' }, json: { type: 'boolean' } });
  positionals(extra, []);
  const { incidents, problems } = await (await storeAt(values.state, io)).list();
  if (values.json) {
    const rows = incidents.map((i) => ({
      id: i.id,
      target: i.target.id,
      targetKind: i.target.kind,
      targetName: i.target.name,
      severity: i.severity.id,
      severityName: i.severity.name,
      started: i.startedAt,
      status: i.open ? 'open' : 'closed',
      closed: i.closedAt,
    }));
    io.out(JSON.stringify({ incidents: rows, problems }, null, 2));
  } else if (incidents.length === 0) {
    io.out('No incidents.');
  } else {
    for (const i of incidents)
      io.out(`${i.id}  ${i.target.id}  ${i.severity.id}  started ${i.startedAt}  ${i.open ? 'open' : `closed ${i.closedAt ?? ''}`}`);
  }
  for (const p of problems) io.err(`lifeline incident: ${p.file}: ${p.message}`);
  return problems.length > 0 ? EXIT_FAILED : EXIT_OK;
}

async function exportOne(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: extra } = parseFlags(argv, { state: { type: 'string' }, format: { type: 'string' } });
  const [id = ''] = positionals(extra, ['id']);
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new LifelineError('usage', `--format must be md or json, got ${JSON.stringify(format)}`);
  const store = await storeAt(values.state, io);
  const entries = await store.read(id).catch((error: unknown) => {
    throw isLifelineError(error, 'incident') ? new LifelineError('failed', error.message) : error;
  });
  io.out(exportIncident(foldIncident(entries, null), format).text.replace(/\n$/, ''));
  return EXIT_OK;
}

async function verify(argv: string[], io: CliIo): Promise<number> {
  const { positionals: extra } = parseFlags(argv, {});
  const [file = ''] = positionals(extra, ['export.json']);
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = (await readStateFile(path, MAX_EXPORT_BYTES)).toString('utf8');
  } catch (error) {
    const code = errnoCode(error);
    throw new LifelineError('failed', `${file}: ${code === 'ENOENT' ? 'no such file' : messageOf(error)}`);
  }
  const check = verifyExport(text);
  if (!check.ok) throw new LifelineError('failed', `${file}: ${check.error}`);
  const { incidentId, entries } = check.value;
  io.out(`${file}: intact: incident ${incidentId}, ${entries.length} entries, head ${entries.at(-1)?.hash ?? '-'}`);
  return EXIT_OK;
}

export const command: Command = {
  name: 'incident',
  help,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'list') return list(rest, io);
    if (sub === 'export') return exportOne(rest, io);
    if (sub === 'verify') return verify(rest, io);
    throw new LifelineError(
      'usage',
      sub === undefined ? 'expected a subcommand: list, export or verify' : `unknown subcommand "${sub}" (expected list, export or verify)`,
    );
  },
};
