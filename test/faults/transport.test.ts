// Hostile or broken servers, end to end through sync: nothing is installed, the last good copy stays.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertKept, createHarness, floorOf, type Harness } from './harness.ts';
import { sampleBundle } from '../helpers/tuf-repo.ts';
import type { Fault } from '../helpers/fault-server.ts';

let h: Harness;
let floor: Record<string, number>;

before(async () => {
  h = await createHarness();
  floor = floorOf((await h.local()).trusted);
  await h.repo.publish(sampleBundle({ title: 'ACME support plans v2' }));
});
after(() => h.cleanup());

const cases: { name: string; fault: Fault; match: RegExp; message: RegExp }[] = [
  { name: 'truncated body', fault: { kind: 'truncate' }, match: /targets\//, message: /bundle\.json|truncat|closed|length/i },
  { name: 'endless body', fault: { kind: 'endless' }, match: /targets\//, message: /larger than .* allowed/i },
  { name: 'gzip bomb', fault: { kind: 'gzip-bomb' }, match: /targets\.json$/, message: /larger than .* allowed/i },
  { name: 'endless body on the timestamp', fault: { kind: 'endless' }, match: /timestamp\.json$/, message: /larger than .* allowed/i },
  { name: 'stalling server', fault: { kind: 'stall' }, match: /timestamp\.json$/, message: /stalled|deadline/i },
  {
    name: 'redirect to another host',
    fault: { kind: 'redirect', location: 'http://127.0.0.2:9/metadata/timestamp.json' },
    match: /timestamp\.json$/,
    message: /another host/i,
  },
  {
    name: 'redirect to https (another scheme)',
    fault: { kind: 'redirect', location: 'https://127.0.0.1/metadata/timestamp.json' },
    match: /timestamp\.json$/,
    message: /another scheme/i,
  },
  {
    name: 'redirect to file:',
    fault: { kind: 'redirect', location: 'file:///etc/passwd' },
    match: /timestamp\.json$/,
    message: /another scheme|file/i,
  },
  { name: 'HTTP 404 on the timestamp', fault: { kind: 'status', status: 404 }, match: /timestamp\.json$/, message: /404/ },
  { name: 'HTTP 500', fault: { kind: 'status', status: 500 }, match: /timestamp\.json$/, message: /500/ },
  { name: 'captive portal HTML page', fault: { kind: 'captive-portal' }, match: /\.json$/, message: /HTML|captive/i },
];

for (const c of cases) {
  test(`transport fault: ${c.name}`, async () => {
    h.server.inject(c.fault, c.match);
    try {
      const started = Date.now();
      const outcome = await h.sync();
      assert.ok(Date.now() - started < 8_000, 'bounded in time');
      await assertKept(h, outcome, { version: 1, message: c.message, floor });
    } finally {
      h.server.inject(null);
    }
  });
}

test('after every transport fault, the healthy server installs version 2', async () => {
  const outcome = await h.sync();
  assert.equal(outcome.result, 'installed', outcome.message);
  assert.equal(outcome.status.version, 2);
  assert.equal(outcome.status.lastError, null);
});

test('a stalled first mirror costs one idle timeout, then the next source installs', async () => {
  const t = await createHarness();
  try {
    await t.repo.publish(sampleBundle({ title: 'ACME support plans v2' }));
    t.server.inject({ kind: 'stall' }, /\.json$/);
    t.server.resetCounters();
    const started = Date.now();
    const outcome = await t.sync({
      sources: [
        { location: t.server.url, insecure: false },
        { location: t.repo.repoDir, insecure: false },
      ],
    });
    const elapsed = Date.now() - started;
    assert.equal(outcome.result, 'installed', outcome.message);
    assert.equal(outcome.status.version, 2);
    // One wait for the stalled mirror, not one per file it would have asked for.
    assert.deepEqual(t.server.requests.length, 1, t.server.requests.join(', '));
    assert.ok(elapsed < 5_000, `took ${elapsed} ms`);
  } finally {
    await t.cleanup();
  }
});
