// `lifeline timestamp`: re-sign only a fresh timestamp (a cron job keeps clients from seeing a freeze).
import { resolve } from 'node:path';
import { parseFlags, positionals, requireFlag } from '../args.ts';
import { EXIT_OK, type Command } from '../command.ts';
import { durationFlag } from '../signing-flags.ts';
import { DEFAULT_EXPIRY } from '../../domain/tuf/signing/duration.ts';
import { loadKeysDir } from '../../domain/tuf/signing/keys-dir.ts';
import { resignTimestamp } from '../../domain/tuf/signing/repository.ts';
import { messageOf } from '../../model/thrown.ts';
import { LifelineError } from '../../model/errors.ts';

const help = `Usage: lifeline timestamp --keys <keys> --repo <repo> [--expires ${DEFAULT_EXPIRY.timestamp}]

Signs a new metadata/timestamp.json (next version, new expiry) for the repository's current snapshot;
nothing else changes. Run it from cron well within the expiry, e.g. daily with --expires 7d, so
clients can tell a live repository from a frozen one. Only the timestamp key is needed.
Durations: 30m, 12h, 7d, 2w, 1y. Exit codes: 0 signed, 1 failed, 2 usage error.`;

export const command: Command = {
  name: 'timestamp',
  help,
  async run(argv, io) {
    const { values, positionals: rest } = parseFlags(argv, {
      keys: { type: 'string' },
      repo: { type: 'string' },
      expires: { type: 'string' },
    });
    positionals(rest, []);
    const keysDir = resolve(io.cwd, requireFlag(values.keys, 'keys'));
    const repo = resolve(io.cwd, requireFlag(values.repo, 'repo'));
    const expiresIn = durationFlag(values.expires, 'expires', DEFAULT_EXPIRY.timestamp);
    const timestamp = await loadKeysDir(keysDir)
      .then((keys) => resignTimestamp({ repo, keys, now: io.now(), expiresIn }))
      .catch((error: unknown) => {
        throw new LifelineError('failed', messageOf(error));
      });
    io.out(`timestamp: version ${timestamp.signed.version}`);
    io.out(`expires: ${timestamp.signed.expires}`);
    io.out(`snapshot: version ${timestamp.signed.snapshotMeta.version}`);
    return EXIT_OK;
  },
};
