// `lifeline publish`: compile plans, refuse them on any error (lint's messages), sign and write the next version.
import { resolve } from 'node:path';
import { parseFlags, positionals, requireFlag } from '../args.ts';
import { EXIT_OK, type CliIo, type Command } from '../command.ts';
import { compilePlans } from '../../domain/plans/compile.ts';
import { formatFinding } from '../../domain/plans/findings.ts';
import { durationFlag, todayFlag } from '../signing-flags.ts';
import { DEFAULT_EXPIRY } from '../../domain/tuf/signing/duration.ts';
import { loadKeysDir, looseKeyFiles } from '../../domain/tuf/signing/keys-dir.ts';
import { publishBundle } from '../../domain/tuf/signing/publish-bundle.ts';
import { messageOf } from '../../model/thrown.ts';
import { LifelineError } from '../../model/errors.ts';

const help = `Usage: lifeline publish <plans> --keys <keys> --repo <repo> [options]

Compiles the plans directory into one bundle (bundle.json), signs it and writes the next version of the
TUF repository: the target, then targets, snapshot and timestamp metadata (each write atomic and
durable, timestamp last, so clients never see a half-published repository). Plans with errors are
refused with the same messages as "lifeline lint"; warnings are printed and do not block.
The first publish creates <repo> and copies in the root from <keys>.

Options:
  --keys <dir>               keys directory from "lifeline keys init"
  --repo <dir>               repository directory (metadata/ and targets/), served as static files
  --expires-targets D        default ${DEFAULT_EXPIRY.targets}
  --expires-snapshot D       default ${DEFAULT_EXPIRY.snapshot}
  --expires-timestamp D      default ${DEFAULT_EXPIRY.timestamp} (re-sign it with "lifeline timestamp" from cron)
  --today YYYY-MM-DD         reference date for plan checks (default: today, UTC)
Durations: 30m, 12h, 7d, 2w, 1y.

Prints "bundle:", "version:" (the targets version, also recorded in the bundle), "expires:" (the
earliest expiry, usually the timestamp's) and "target:". Refuses to publish under an expired root. Exit codes: 0 published, 1 refused or failed, 2 usage error.`;

const MONTH_MS = 30 * 86_400_000;

/** Clients refuse everything under an expired root: refuse to publish under one, warn a month ahead. */
function checkRootExpiry(expires: string, now: Date, io: CliIo): void {
  const left = Date.parse(expires) - now.getTime();
  if (left <= 0) throw new LifelineError('failed', `the root expired on ${expires}: sign a new one with "lifeline keys rotate" first`);
  if (left < MONTH_MS) io.err(`warning: the root expires on ${expires}; sign a new one soon with "lifeline keys rotate"`);
}

export const command: Command = {
  name: 'publish',
  help,
  async run(argv, io) {
    const { values, positionals: rest } = parseFlags(argv, {
      keys: { type: 'string' },
      repo: { type: 'string' },
      'expires-targets': { type: 'string' },
      'expires-snapshot': { type: 'string' },
      'expires-timestamp': { type: 'string' },
      today: { type: 'string' },
    });
    const [plansArg] = positionals(rest, ['plans']) as [string];
    const keysDir = resolve(io.cwd, requireFlag(values.keys, 'keys'));
    const repo = resolve(io.cwd, requireFlag(values.repo, 'repo'));
    const expiresIn = {
      targets: durationFlag(values['expires-targets'], 'expires-targets', DEFAULT_EXPIRY.targets),
      snapshot: durationFlag(values['expires-snapshot'], 'expires-snapshot', DEFAULT_EXPIRY.snapshot),
      timestamp: durationFlag(values['expires-timestamp'], 'expires-timestamp', DEFAULT_EXPIRY.timestamp),
    };
    const now = io.now();
    const today = todayFlag(values.today, now);
    const keys = await loadKeysDir(keysDir).catch((error: unknown) => {
      throw new LifelineError('failed', messageOf(error));
    });
    checkRootExpiry(keys.root.signed.expires, now, io);
    const loose = await looseKeyFiles(keysDir);
    if (loose.length > 0) io.err(`warning: private keys readable by others: ${loose.join(', ')} (chmod 600 them)`);
    const { findings, plans } = await compilePlans(resolve(io.cwd, plansArg), { today });
    for (const finding of findings) io.err(formatFinding(finding, { dir: plansArg }));
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (errors > 0 || plans === null) {
      throw new LifelineError('failed', `${errors} error(s) in ${plansArg}: nothing published`);
    }
    const result = await publishBundle({ repo, keys, content: plans, now, expiresIn }).catch((error: unknown) => {
      throw new LifelineError('failed', messageOf(error));
    });
    io.out(`bundle: ${result.bundleId}`);
    io.out(`version: ${result.version}`);
    const earliest = Object.values(result.expires).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
    io.out(
      `expires: ${earliest} (timestamp ${result.expires.timestamp}, snapshot ${result.expires.snapshot}, targets ${result.expires.targets})`,
    );
    io.out(`target: ${result.targetFile}`);
    io.out(`repository: ${repo} (root version ${result.rootVersion}, timestamp version ${result.timestampVersion})`);
    return EXIT_OK;
  },
};
