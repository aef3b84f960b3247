import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlans } from '../../../bench/generate/index.ts';
import type { Bundle } from '../../../main/model/bundle.ts';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import { INDEX_FILE } from '../../../main/domain/search/index-store.ts';
import { createSearchService, type ActiveGeneration } from '../../../main/domain/search/service.ts';
import { spawnSearchWorker } from '../../../main/domain/search/spawn-worker.ts';
import { demoBundle } from '../../helpers/demo-bundle.ts';

async function installed(bundle: Bundle): Promise<{ active: ActiveGeneration; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-search-'));
  const bytes = Buffer.from(JSON.stringify(bundle));
  await writeFile(join(dir, 'bundle.json'), bytes);
  const ref = { generationId: 'g1', dir, bundleFile: 'bundle.json', bundleHash: createHash('sha256').update(bytes).digest('hex') };
  return { active: { ref, bundle }, dir };
}

test('answers from the scan until the worker has the index open, then from the index', async () => {
  const { active, dir } = await installed(await demoBundle());
  const lines: string[] = [];
  const service = createSearchService({ active: async () => active, spawnWorker: () => spawnSearchWorker(), log: (l) => lines.push(l) });
  try {
    const early = await service.search('Azion');
    assert.equal(early.source, 'scan');
    assert.equal(early.groups[0]?.hits[0]?.id, 'azion', 'the scan already finds it');
    await service.prepare();
    assert.equal(service.readyFor(), 'g1');
    const later = await service.search('Azion');
    assert.equal(later.source, 'index');
    assert.equal(later.groups[0]?.hits[0]?.id, 'azion');
    assert.ok(
      lines.some((l) => /rebuilt \(no stored index\)/.test(l)),
      lines.join('\n'),
    );
    assert.deepEqual((await service.search('')).groups, []);
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a corrupt stored index is rebuilt by the service at launch, and search works throughout', async () => {
  const { active, dir } = await installed(await demoBundle());
  await writeFile(join(dir, INDEX_FILE), 'LLSEARCH garbage that is not an index');
  const lines: string[] = [];
  const service = createSearchService({ active: async () => active, spawnWorker: () => spawnSearchWorker(), log: (l) => lines.push(l) });
  try {
    await service.prepare();
    assert.ok(
      lines.some((l) => /rebuilt \(.*checksum|not a search index/.test(l)),
      lines.join('\n'),
    );
    assert.equal((await service.search('3083')).groups[0]?.hits[0]?.id, 'azion');
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a worker that dies or never starts only means the scan answers', async () => {
  const { active, dir } = await installed(await demoBundle());
  const service = createSearchService({
    active: async () => active,
    spawnWorker: () => {
      throw new Error('no threads here');
    },
  });
  try {
    await service.prepare();
    assert.equal(service.readyFor(), null);
    const r = await service.search('Dana');
    assert.equal(r.source, 'scan');
    assert.equal(r.groups[0]?.hits[0]?.title, 'Dana Whitfield');
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the main thread stays responsive while the worker rebuilds a large index', async () => {
  const plans = await mkdtemp(join(tmpdir(), 'lifeline-plans-'));
  await generatePlans(plans, { docs: 1500, seed: 5 });
  const compiled = await compilePlans(plans, { today: '2026-12-01' });
  const { active, dir } = await installed({ ...compiled.plans!, version: 1, publishedAt: '2026-12-01T00:00:00Z' });
  const service = createSearchService({ active: async () => active, spawnWorker: () => spawnSearchWorker() });
  try {
    let worstGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await service.prepare();
    clearInterval(timer);
    const buildMs = performance.now() - started;
    assert.equal(service.readyFor(), 'g1');
    assert.ok(
      worstGap < Math.max(150, buildMs / 4),
      `event loop blocked for ${worstGap.toFixed(0)} ms during a ${buildMs.toFixed(0)} ms rebuild`,
    );
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
    await rm(plans, { recursive: true, force: true });
  }
});

test('the likely generation is opened before the check ends, but answers only once the checked one is the same', async () => {
  const { active, dir } = await installed(await demoBundle());
  let release: (value: ActiveGeneration) => void = () => undefined;
  const checked = new Promise<ActiveGeneration>((resolve) => (release = resolve));
  const service = createSearchService({ active: () => checked, likely: async () => active.ref, spawnWorker: () => spawnSearchWorker() });
  try {
    const preparing = service.prepare();
    for (let i = 0; i < 400 && service.readyFor() === null; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    assert.equal(service.readyFor(), 'g1', 'the index opened while the check was still running');
    release(active);
    await preparing;
    assert.equal((await service.search('Azion')).source, 'index');
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a likely generation whose bundle hash differs from the checked one does not keep the checked one from opening', async () => {
  const { active, dir } = await installed(await demoBundle());
  const other = { ...active.ref, bundleHash: '0'.repeat(64) };
  const service = createSearchService({ active: async () => active, likely: async () => other, spawnWorker: () => spawnSearchWorker() });
  try {
    await service.prepare();
    assert.equal((await service.search('Azion')).source, 'index', 'the checked generation was opened after the likely one');
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  }
});
