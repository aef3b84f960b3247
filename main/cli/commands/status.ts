// `lifeline status`: what the state directory holds, how fresh it is, and what the last sync did.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createFsPort } from '../../domain/files/fs-port.ts';
import { stateLayout } from '../../domain/storage/layout.ts';
import { readLocalState } from '../../domain/storage/local-state.ts';
import { buildStatus } from '../../domain/sync/status-view.ts';
import { parseFlags, requireFlag } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo, type Command } from '../command.ts';
import { describeStatus } from '../../domain/sync/status-format.ts';
import { LifelineError } from '../../model/errors.ts';

const help = `Usage: lifeline status --state <dir> [--json]

Shows the verified bundle in a state directory: bundle id, title, version, when it was verified, when
its signed metadata expires, whether it is stale (and why), whether it is the demo, the last sync
attempt and its error, the generations kept, and what changed in the last install.

  --state <dir>  the state directory written by "lifeline sync" or the app
  --json         print JSON with stable keys (bundleId, title, version, verifiedAt, expires, stale,
                 staleSince, staleReason, demo, keyIds, lastAttempt, lastError, generations, changes,
                 recovered)

Exit codes: 0 a verified bundle is installed, 1 none (or no state directory), 2 usage error.`;

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { state: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length > 0) throw new LifelineError('usage', `unexpected argument ${JSON.stringify(positionals[0])}`);
  const stateDir = resolve(io.cwd, requireFlag(values.state, 'state'));
  const info = await stat(stateDir).catch(() => null);
  if (!info) throw new LifelineError('failed', `no state directory at ${stateDir} (run "lifeline sync" first)`);
  if (!info.isDirectory()) throw new LifelineError('failed', `${stateDir} is not a directory`);
  const local = await readLocalState(createFsPort(), stateLayout(stateDir));
  if (local.manifests.length === 0 && local.record.lastAttempt === null) {
    throw new LifelineError('failed', `${stateDir} holds no Lifeline state yet (run "lifeline sync" first)`);
  }
  const status = buildStatus(local, io.now());
  if (values.json) io.out(JSON.stringify(status, null, 2));
  else for (const line of describeStatus(status)) io.out(line);
  if (status.version === null) {
    if (!values.json) io.err('lifeline status: no verified bundle is installed in this state directory');
    return EXIT_FAILED;
  }
  return EXIT_OK;
}

export const command: Command = { name: 'status', help, run };
