// The benchmark corpus as the app sees it: generated plans, linted and published by the real CLI,
// synced by the real sync into a fresh state directory; the active generation is what search indexes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bundle } from '../../main/model/bundle.ts';
import type { ActiveGeneration } from '../../main/domain/search/service.ts';
import { createFsPort } from '../../main/domain/files/fs-port.ts';
import { generationDir, stateLayout } from '../../main/domain/storage/layout.ts';
import { readLocalState } from '../../main/domain/storage/local-state.ts';
import { BUNDLE_FILE, storedName } from '../../main/domain/storage/manifest.ts';
import { runSync } from '../../main/domain/sync/sync-once.ts';
import { createTufVerifier } from '../../main/domain/sync/tuf-verifier.ts';
import { runLifeline } from '../../test/helpers/cli.ts';
import { generatePlans } from '../generate/index.ts';

function cli(args: string[]): string {
  const run = runLifeline(args, { timeoutMs: 600_000 });
  if (run.code !== 0) throw new Error(`lifeline ${args[0]} failed (${run.code}): ${run.stderr || run.stdout}`);
  return run.stdout;
}

export async function publishedCorpus(work: string, docs: number): Promise<{ active: ActiveGeneration; bundle: Bundle }> {
  const plans = join(work, 'plans');
  await generatePlans(plans, { docs, seed: 1 });
  cli(['lint', plans]);
  cli(['keys', 'init', '--dir', join(work, 'keys')]);
  cli(['publish', plans, '--keys', join(work, 'keys'), '--repo', join(work, 'repo')]);
  const layout = stateLayout(join(work, 'state'));
  const fs = createFsPort();
  const root = await readFile(join(work, 'keys', 'root.json'));
  const outcome = await runSync(
    { fs, layout, verify: createTufVerifier(), clock: () => new Date() },
    { sources: [{ location: join(work, 'repo'), insecure: false }], root },
  );
  if (outcome.result !== 'installed') throw new Error(`sync: ${outcome.message}`);
  const active = (await readLocalState(fs, layout)).active;
  if (!active) throw new Error('sync installed nothing');
  const { manifest, bundle } = active;
  const ref = {
    generationId: manifest.id,
    dir: generationDir(layout, manifest.id),
    bundleFile: storedName(manifest, BUNDLE_FILE),
    bundleHash: manifest.files[BUNDLE_FILE] ?? '',
  };
  return { active: { ref, bundle }, bundle };
}
