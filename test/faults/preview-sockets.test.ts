// Slow-header sockets (slowloris) against the preview host's loopback bridge: each is closed at the
// bridge's 10 s headersTimeout, and the number of concurrent connections is bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS, startPreviewHost } from '../../main/preview/host.ts';
import { fixtureBundle } from '../e2e/fixtures/bundle.ts';
import { createFakeCore } from '../e2e/fixtures/fake-core.ts';

interface Tracked {
  socket: Socket;
  closedAt: number | null;
}

function open(port: number, count: number): Promise<Tracked[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Tracked>((resolve) => {
          const tracked: Tracked = { socket: connect(port, '127.0.0.1'), closedAt: null };
          tracked.socket.on('error', () => {});
          tracked.socket.on('close', () => (tracked.closedAt = Date.now()));
          tracked.socket.once('connect', () => resolve(tracked));
          tracked.socket.once('close', () => resolve(tracked));
        }),
    ),
  );
}

test(
  '400 slow-header sockets are closed at the headers timeout, and at most MAX_CONNECTIONS are kept at once',
  { timeout: 60_000 },
  async () => {
    const host = await startPreviewHost({ core: createFakeCore(fixtureBundle()) });
    const timers: NodeJS.Timeout[] = [];
    try {
      const started = Date.now();
      const sockets = await open(host.port, 400);
      for (const t of sockets) {
        t.socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
        // One more header byte every second: never idle, never finished.
        timers.push(setInterval(() => t.socket.writable && t.socket.write('X'), 1_000));
      }
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const openNow = sockets.filter((t) => t.closedAt === null).length;
      assert.ok(openNow <= MAX_CONNECTIONS, `${openNow} connections held at once`);
      const deadline = started + HEADERS_TIMEOUT_MS + 5_000;
      while (Date.now() < deadline && sockets.some((t) => t.closedAt === null)) await new Promise((resolve) => setTimeout(resolve, 200));
      const lingering = sockets.filter((t) => t.closedAt === null).length;
      assert.equal(lingering, 0, `${lingering} slow-header sockets still open ${(Date.now() - started) / 1000} s after connecting`);
      const ok = await fetch(new URL('/', host.origin));
      assert.equal(ok.status, 200, 'the bridge still answers afterwards');
    } finally {
      for (const t of timers) clearInterval(t);
      await host.close();
    }
  },
);
