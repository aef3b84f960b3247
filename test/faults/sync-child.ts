// Child process for the kill -9 test: prints "syncing" then runs one sync; the parent kills it at random.
import { createFsPort } from '../../main/domain/files/fs-port.ts';
import { stateLayout } from '../../main/domain/storage/layout.ts';
import { runSync } from '../../main/domain/sync/sync-once.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import { readFileSync } from 'node:fs';

// No top-level await: the test bundles this file with esbuild as CommonJS so each start is fast.
async function main(): Promise<void> {
  const [source, rootPath, stateDir] = process.argv.slice(2);
  if (!source || !rootPath || !stateDir) throw new Error('usage: sync-child <source> <root> <state>');
  process.stdout.write('syncing\n');
  const outcome = await runSync(
    {
      fs: createFsPort(),
      layout: stateLayout(stateDir),
      verify: createTufVerifier(),
      clock: () => new Date(),
      lock: { waitMs: 20_000, pollMs: 10 },
    },
    { sources: [{ location: source, insecure: false }], root: readFileSync(rootPath) },
  );
  process.stdout.write(`${outcome.result} ${outcome.status.version}\n`);
}

void main();
