// `lifeline keys init|rotate`: Ed25519 signing keys for the four TUF roles and the signed root clients pin.
import { resolve } from 'node:path';
import type { Metadata, Root } from '@tufjs/models';
import { parseFlags, positionals, requireFlag } from '../args.ts';
import { EXIT_OK, type CliIo, type Command } from '../command.ts';
import { durationFlag, roleNumbers } from '../signing-flags.ts';
import { DEFAULT_EXPIRY } from '../../domain/tuf/signing/duration.ts';
import { ROLES } from '../../domain/tuf/shared/roles.ts';
import { initKeysDir, ONE_EACH, rotateRoot } from '../../domain/tuf/signing/root-ops.ts';
import { messageOf } from '../../model/thrown.ts';
import { LifelineError } from '../../model/errors.ts';

const help = `Usage:
  lifeline keys init --dir <keys> [--keys role=N ...] [--threshold role=N ...] [--expires-root ${DEFAULT_EXPIRY.root}]
  lifeline keys rotate --dir <keys> [--replace role=N ...] [--threshold role=N ...] [--expires-root ${DEFAULT_EXPIRY.root}]

init    Creates Ed25519 keys for the root, targets, snapshot and timestamp roles in an empty directory,
        and the signed root (version 1) that clients pin. Roles: ${ROLES.join(', ')}.
          --keys role=N        keys to create for a role (default: its threshold, at least 1)
          --threshold role=N   signatures required for a role (default 1)
          --expires-root D     root expiry (default ${DEFAULT_EXPIRY.root}; units m, h, d, w, y)
rotate  Replaces the keys of the given roles with N fresh keys and signs root version N+1 with both the
        old and the new root keys; the next publish copies it into the repository, and clients that
        trust the old root follow the chain.
          --replace role=N     roles to re-key and how many new keys each gets
          --threshold role=N   new thresholds (default: unchanged)

Layout of <keys>:
  root.json                 latest signed root: pin it in clients (ship it with the app build, or pass
                            it to "lifeline verify --root" / "lifeline sync --root")
  roots/N.root.json         every root version
  private/<role>-<id>.pem   private keys, readable by the owner only (0600). Keep root keys offline.

Existing keys are never overwritten. Exit codes: 0 done, 1 failed, 2 usage error.`;

function describeRoot(root: Metadata<Root>, dir: string, io: CliIo): void {
  for (const role of ROLES) {
    const r = root.signed.roles[role];
    const ids = (r?.keyIDs ?? []).map((id) => id.slice(0, 16)).join(' ');
    io.out(`  ${role.padEnd(10)} ${r?.keyIDs.length ?? 0} key(s), threshold ${r?.threshold ?? 1}: ${ids}`);
  }
  io.out(`root: ${resolve(dir, 'root.json')} (version ${root.signed.version}, expires ${root.signed.expires})`);
}

async function init(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: extra } = parseFlags(argv, {
    dir: { type: 'string' },
    keys: { type: 'string', multiple: true },
    threshold: { type: 'string', multiple: true },
    'expires-root': { type: 'string' },
  });
  positionals(extra, []);
  const dir = resolve(io.cwd, requireFlag(values.dir, 'dir'));
  const thresholds = { ...ONE_EACH, ...roleNumbers(values.threshold, 'threshold') };
  const requested = roleNumbers(values.keys, 'keys');
  const counts = { ...ONE_EACH };
  for (const role of ROLES) {
    counts[role] = requested[role] ?? thresholds[role];
    if (counts[role] < thresholds[role])
      throw new LifelineError('usage', `--keys ${role}=${counts[role]} is fewer than its threshold ${thresholds[role]}`);
  }
  const expiresMs = durationFlag(values['expires-root'], 'expires-root', DEFAULT_EXPIRY.root);
  const root = await initKeysDir({ dir, counts, thresholds, expires: new Date(io.now().getTime() + expiresMs) }).catch((error: unknown) => {
    throw new LifelineError('failed', messageOf(error));
  });
  io.out(`Created signing keys in ${dir} (private keys in private/, owner-only):`);
  describeRoot(root, dir, io);
  io.out('Pin this root.json in clients: ship it with the app build or pass it as --root to verify and sync.');
  return EXIT_OK;
}

async function rotate(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals: extra } = parseFlags(argv, {
    dir: { type: 'string' },
    replace: { type: 'string', multiple: true },
    threshold: { type: 'string', multiple: true },
    'expires-root': { type: 'string' },
  });
  positionals(extra, []);
  const dir = resolve(io.cwd, requireFlag(values.dir, 'dir'));
  const replace = roleNumbers(values.replace, 'replace');
  const thresholds = roleNumbers(values.threshold, 'threshold');
  if (Object.keys(replace).length === 0 && Object.keys(thresholds).length === 0) {
    throw new LifelineError('usage', 'nothing to rotate: give --replace role=N and/or --threshold role=N');
  }
  const expiresMs = durationFlag(values['expires-root'], 'expires-root', DEFAULT_EXPIRY.root);
  const root = await rotateRoot({ dir, replace, thresholds, expires: new Date(io.now().getTime() + expiresMs) }).catch((error: unknown) => {
    throw new LifelineError('failed', messageOf(error));
  });
  io.out(`Signed root version ${root.signed.version} with the old and the new root keys:`);
  describeRoot(root, dir, io);
  io.out('Run "lifeline publish" (or "lifeline timestamp") to copy it into the repository.');
  return EXIT_OK;
}

export const command: Command = {
  name: 'keys',
  help,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'init') return init(rest, io);
    if (sub === 'rotate') return rotate(rest, io);
    throw new LifelineError(
      'usage',
      sub === undefined ? 'expected a subcommand: init or rotate' : `unknown subcommand "${sub}" (expected init or rotate)`,
    );
  },
};
