import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScheduler, nextDelay, type Timers } from '../../../main/domain/sync/scheduler.ts';
import { createQueue, joinOverlapping } from '../../../main/domain/sync/serial.ts';

function fakeTimers() {
  const pending: { cb: () => void; ms: number; id: number }[] = [];
  let next = 0;
  const timers: Timers = {
    setTimeout: (cb, ms) => {
      pending.push({ cb, ms, id: ++next });
      return next;
    },
    clearTimeout: (id) => {
      const i = pending.findIndex((p) => p.id === id);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  return { timers, pending };
}

const flush = () => new Promise((r) => setImmediate(r));

test('syncs at start, then every interval; failures back off exponentially up to the interval', async () => {
  const { timers, pending } = fakeTimers();
  const results = [false, false, false, true, true];
  let calls = 0;
  const scheduler = createScheduler(async () => results[calls++] ?? true, {
    intervalMs: 60 * 60_000,
    jitter: 0,
    backoffBaseMs: 60_000,
    timers,
    random: () => 0.5,
  });
  scheduler.start();
  const delays: number[] = [];
  for (let i = 0; i < 5; i++) {
    await flush();
    const timer = pending.shift();
    assert.ok(timer);
    delays.push(timer.ms);
    timer.cb();
  }
  assert.equal(calls, 6, 'one at start plus one per timer');
  assert.deepEqual(delays, [60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  scheduler.stop();
  await flush();
  assert.equal(pending.length, 0, 'stop clears the timer');
});

test('jitter stays within the configured fraction', () => {
  const options = { intervalMs: 600_000, jitter: 0.2 };
  assert.equal(
    nextDelay(options, 0, () => 0),
    480_000,
  );
  assert.equal(
    nextDelay(options, 0, () => 1),
    720_000,
  );
  assert.equal(
    nextDelay({ ...options, backoffBaseMs: 1_000 }, 30, () => 0.5),
    600_000,
    'backoff capped at the interval',
  );
});

test('a task that throws counts as a failure and scheduling continues', async () => {
  const { timers, pending } = fakeTimers();
  const scheduler = createScheduler(
    async () => {
      throw new Error('boom');
    },
    { intervalMs: 1_000_000, jitter: 0, backoffBaseMs: 10, timers },
  );
  scheduler.start();
  await flush();
  assert.equal(pending[0]?.ms, 10);
  scheduler.stop();
});

test('overlapping calls join the running one; later calls start a new run', async () => {
  let runs = 0;
  let release: () => void = () => {};
  const run = joinOverlapping(() => {
    runs++;
    return new Promise<number>((r) => (release = () => r(runs)));
  });
  const a = run();
  const b = run();
  assert.equal(a, b);
  release();
  assert.equal(await a, 1);
  const c = run();
  release();
  assert.equal(await c, 2);
});

test('the queue runs tasks one at a time, in order, even after a failure', async () => {
  const queue = createQueue();
  const log: string[] = [];
  const slow = queue(async () => {
    log.push('a start');
    await new Promise((r) => setTimeout(r, 20));
    log.push('a end');
    throw new Error('a failed');
  });
  const fast = queue(async () => void log.push('b'));
  await assert.rejects(slow);
  await fast;
  assert.deepEqual(log, ['a start', 'a end', 'b']);
});
