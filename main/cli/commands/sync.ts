// `lifeline sync`: the app's sync engine, for admins pre-seeding machines and for tests.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { failed, readPinnedRoot } from '../pinned-root.ts';
import { runSync } from '../../domain/sync/sync-once.ts';
import { createFsPort } from '../../domain/files/fs-port.ts';
import { stateLayout } from '../../domain/storage/layout.ts';
import { createTufVerifier } from '../../domain/sync/tuf-verifier.ts';
import { parseSource } from '../../domain/tuf/client/source.ts';
import { parseFlags, requireFlag } from '../args.ts';
import { EXIT_FAILED, EXIT_OK, type CliIo, type Command } from '../command.ts';
import { describeChanges } from '../../domain/sync/status-format.ts';
import { isDemoRoot } from '../../domain/sync/demo-trust.ts';
import { parseSourceBudget } from '../../domain/config/source-budget.ts';
import { isLifelineError, LifelineError } from '../../model/errors.ts';
import { messageOf } from '../../model/thrown.ts';

const embeddedDemoRoot = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo', 'root.json');

const help = `Usage: lifeline sync --source <url|dir> [--source ...] --root <root.json> --state <dir> [--insecure] [--source-budget <seconds>]

Fetches the signed plans from the sources in order until one succeeds, verifies them against the
pinned root (TUF: signatures, versions, expiry) and installs them into the state directory as a new
generation. Whatever fails, the last verified bundle stays installed and active.

  --source <url|dir>  https URL, loopback http URL, or a directory holding the repository (repeatable)
  --root <root.json>  the pinned root metadata to trust
  --state <dir>       the state directory (created if missing)
  --insecure          allow plain http to non-loopback hosts (signatures are still checked)
  --source-budget <s> total seconds one source may take (all its files together) before the next
                      source is tried (default 120)

Exit codes: 0 the state holds a verified bundle afterwards (even if this sync failed and an older one
was kept), 1 it holds none, 2 usage error.`;

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    source: { type: 'string', multiple: true },
    root: { type: 'string' },
    state: { type: 'string' },
    insecure: { type: 'boolean' },
    'source-budget': { type: 'string' },
  });
  if (positionals.length > 0) throw new LifelineError('usage', `unexpected argument ${JSON.stringify(positionals[0])}`);
  const sources = values.source ?? [];
  if (sources.length === 0) throw new LifelineError('usage', 'missing required --source');
  const rootPath = resolve(io.cwd, requireFlag(values.root, 'root'));
  const stateDir = resolve(io.cwd, requireFlag(values.state, 'state'));
  const insecure = values.insecure ?? false;
  let budget: number | undefined;
  try {
    budget = parseSourceBudget(values['source-budget']);
  } catch (error) {
    throw new LifelineError('usage', messageOf(error));
  }
  const specs = sources.map((text) => {
    try {
      const parsed = parseSource(text, { cwd: io.cwd, insecure });
      return { location: parsed.kind === 'dir' ? parsed.path : parsed.url, insecure };
    } catch (error) {
      if (isLifelineError(error, 'source')) throw new LifelineError('usage', `--source ${JSON.stringify(text)}: ${error.message}`);
      throw error;
    }
  });
  const root = await readPinnedRoot(rootPath).catch(failed);
  const demo = isDemoRoot(root, await readFile(embeddedDemoRoot).catch(() => null));
  const outcome = await runSync(
    {
      fs: createFsPort(),
      layout: stateLayout(stateDir),
      verify: createTufVerifier(),
      clock: io.now,
      lock: { waitMs: 60_000 },
      ...(budget ? { sourceBudgetMs: budget * 1000 } : {}),
    },
    { sources: specs, root, demo },
  );
  const s = outcome.status;
  if (outcome.ok) {
    io.out(outcome.message.replace(/^./, (c) => c.toUpperCase()));
    io.out(
      `Bundle ${s.bundleId} "${s.title}" version ${s.version}, verified ${s.verifiedAt}, expires ${s.expires}${s.stale ? ` (STALE: ${s.staleReason})` : ''}`,
    );
    if (outcome.result === 'installed' && s.changes) for (const line of describeChanges(s.changes)) io.out(line);
    return EXIT_OK;
  }
  io.err(`lifeline sync: ${outcome.message}`);
  if (s.version === null) return EXIT_FAILED;
  io.out(
    `This sync installed nothing; the state still holds verified bundle ${s.bundleId} version ${s.version}${s.demo ? ' (demo)' : ''}${s.stale ? ` (STALE: ${s.staleReason})` : ''}.`,
  );
  return EXIT_OK;
}

export const command: Command = { name: 'sync', help, run };
