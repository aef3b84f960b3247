// The embedded demo repository verifies against the pinned demo root and matches the demo plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import { verifyRepository } from '../../../main/domain/tuf/client/verify.ts';

const demo = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');

test('the demo repository verifies, expires years from now, and is up to date with the demo plans', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'lifeline-demo-'));
  t.after(() => rm(work, { recursive: true, force: true }));
  const result = await verifyRepository({
    source: join(demo, 'repo'),
    trustedRoot: await readFile(join(demo, 'root.json')),
    workDir: work,
  });
  assert.equal(result.bundle.id, 'demo');
  assert.ok(Date.parse(result.earliestExpiry) > Date.now() + 5 * 365 * 86_400_000);
  const { plans } = await compilePlans(join(demo, 'plans'), { today: new Date().toISOString().slice(0, 10) });
  assert.ok(plans, 'demo plans compile');
  const { version: _v, publishedAt: _p, ...published } = result.bundle;
  assert.deepEqual(published, plans, 'demo plans changed: run "npm run demo:publish" and commit resources/demo');
  const readme = await readFile(join(demo, 'keys', 'README.md'), 'utf8');
  assert.match(readme, /DEMO KEYS, NOT SECRET/);
});
