// `lifeline verify`: the real TUF client over a repository (directory or URL), as the app runs it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFlags, positionals, requireFlag } from '../args.ts';
import { EXIT_OK, type Command } from '../command.ts';
import { bundleCounts } from '../bundle-counts.ts';
import { parseSource } from '../../domain/tuf/client/source.ts';
import { verifyRepository } from '../../domain/tuf/client/verify.ts';
import { failed, readPinnedRoot } from '../pinned-root.ts';
import { isLifelineError, LifelineError } from '../../model/errors.ts';

const help = `Usage: lifeline verify --repo <dir or URL> --root <root.json> [--insecure] [--json]

Runs the TUF client the app uses over the repository: root chain, timestamp, snapshot, targets and the
bundle, with signature thresholds, versions, hashes, lengths and expiry checked; then the bundle
format. Sources: a directory, an https:// URL, or http:// on a loopback address (any other plain http
only with --insecure; signatures still apply).

Prints bundle id, title, version, expiry and counts (vendors, services, runbooks, contacts, phone
numbers); --json prints them as one JSON object (keys bundleId, title, version, publishedAt, expires,
metadataExpires, versions, targetsKeyIds, counts).
Exit codes: 0 verified; 1 on any tampering, wrong key, expired or missing metadata, with one line naming
the failing file and the reason (e.g. "3.targets.json: signature threshold not met (0 of 1 valid)");
2 usage error.`;

export const command: Command = {
  name: 'verify',
  help,
  async run(argv, io) {
    const { values, positionals: rest } = parseFlags(argv, {
      repo: { type: 'string' },
      root: { type: 'string' },
      insecure: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    positionals(rest, []);
    const repoArg = requireFlag(values.repo, 'repo');
    const trustedRoot = await readPinnedRoot(resolve(io.cwd, requireFlag(values.root, 'root'))).catch(failed);
    let source;
    try {
      source = parseSource(repoArg, { cwd: io.cwd, insecure: values.insecure ?? false });
    } catch (error) {
      if (isLifelineError(error, 'source')) throw new LifelineError('failed', `${repoArg}: ${error.message}`);
      throw error;
    }
    const workDir = await mkdtemp(join(tmpdir(), 'lifeline-verify-'));
    try {
      const result = await verifyRepository({ source, trustedRoot, workDir, now: io.now() });
      const counts = bundleCounts(result.bundle);
      if (values.json) {
        io.out(
          JSON.stringify({
            bundleId: result.bundle.id,
            title: result.bundle.title,
            version: result.bundle.version,
            publishedAt: result.bundle.publishedAt,
            expires: result.earliestExpiry,
            metadataExpires: result.expires,
            versions: result.versions,
            targetsKeyIds: result.targetsKeyIds,
            counts,
          }),
        );
        return EXIT_OK;
      }
      io.out(`bundle: ${result.bundle.id}`);
      io.out(`title: ${result.bundle.title}`);
      io.out(`version: ${result.bundle.version}`);
      io.out(`published: ${result.bundle.publishedAt}`);
      io.out(`expires: ${result.earliestExpiry}`);
      io.out(
        `vendors: ${counts.vendors}, services: ${counts.services}, runbooks: ${counts.runbooks}, contacts: ${counts.contacts}, phone numbers: ${counts.phoneNumbers}`,
      );
      io.out(`signed by: ${result.targetsKeyIds.map((id) => id.slice(0, 16)).join(', ')} (root version ${result.versions.root})`);
      return EXIT_OK;
    } catch (error) {
      if (isLifelineError(error, 'verify')) throw new LifelineError('failed', error.message);
      throw error;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
};
