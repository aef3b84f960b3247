// The renderer's query cache: one load per key and bundle, answers kept while a newer bundle loads,
// late answers from an older load ignored, errors kept as Results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../../../preload/contract.ts';
import { readQuery, setBundleKey, subscribeQueries } from '../../../renderer/src/data/query-cache.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('one load per key until the bundle changes; the old answer stays until the new one arrives', async () => {
  let calls = 0;
  let answer = 'v1';
  const load = async (): Promise<Result<string>> => {
    calls += 1;
    return { ok: true, value: answer };
  };
  let notified = 0;
  const off = subscribeQueries(() => (notified += 1));
  assert.equal(readQuery('a', load), undefined, 'nothing yet: the load starts');
  setBundleKey('plans@1'); // the first status names the bundle the running load reads
  await tick();
  assert.deepEqual(readQuery('a', load), { ok: true, value: 'v1' });
  assert.equal(calls, 1, 'the load started before the first status was adopted, not repeated');
  readQuery('a', load);
  assert.equal(calls, 1);

  answer = 'v2';
  setBundleKey('plans@2');
  assert.deepEqual(readQuery('a', load), { ok: true, value: 'v1' }, 'kept on screen while version 2 loads');
  await tick();
  assert.deepEqual(readQuery('a', load), { ok: true, value: 'v2' });
  assert.equal(calls, 2);
  assert.ok(notified >= 3);
  off();
});

test('a slow load for an older bundle never overwrites the newer answer; failures stay Results', async () => {
  setBundleKey('other@1');
  let release: (value: Result<string>) => void = () => undefined;
  const slow = () => new Promise<Result<string>>((resolve) => (release = resolve));
  readQuery('b', slow);
  const releaseOld = release;
  setBundleKey('other@2');
  readQuery('b', async () => ({ ok: false, error: { code: 'not-found', message: 'No vendor "x"' } }));
  await tick();
  releaseOld({ ok: true, value: 'stale' });
  await tick();
  assert.deepEqual(readQuery('b', slow), { ok: false, error: { code: 'not-found', message: 'No vendor "x"' } });
  const thrown = () => Promise.reject(new Error('bridge gone'));
  readQuery('c', thrown);
  await tick();
  assert.deepEqual(readQuery('c', thrown), { ok: false, error: { code: 'internal', message: 'bridge gone' } });
});
