// The capped HTTP download against a real loopback server injecting transport faults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchBounded } from '../../../main/domain/net/bounded-fetch.ts';
import { DEFAULT_LIMITS, type FetchLimits } from '../../../main/domain/net/limits.ts';
import { isLifelineError, type FailureCode } from '../../../main/model/errors.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

async function serve(t: { after(fn: () => unknown): void }, handler: Handler): Promise<string> {
  let base = '';
  const server = createServer((req, res) => handler(req, res, base));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t.after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return base;
}

const fast: FetchLimits = { ...DEFAULT_LIMITS, maxBytes: 256 * 1024, deadlineMs: 3000, idleMs: 1000 };

async function failsWith(promise: Promise<unknown>, code: FailureCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isLifelineError(error, 'fetch'), String(error));
    assert.equal(error.detail.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

const get = (url: string, limits: FetchLimits = fast) => fetchBounded(url, { fetch, limits });

test('a normal JSON answer arrives whole', async (t) => {
  const base = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  assert.equal(Buffer.from(await get(`${base}/x.json`)).toString(), '{"ok":true}');
});

test('an endless body stops at the byte cap', async (t) => {
  const base = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  });
  const started = Date.now();
  await failsWith(get(`${base}/endless`), 'too-large', /larger than the 256 KiB allowed/);
  assert.ok(Date.now() - started < 2000);
});

test('a gzip bomb is counted after decoding', async (t) => {
  const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
  assert.ok(bomb.length < 100 * 1024);
  const base = await serve(t, (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb),
  );
  await failsWith(get(`${base}/bomb`), 'too-large', /after decoding/);
});

test('a server that never answers hits the idle timeout; a slow drip hits the deadline', async (t) => {
  const base = await serve(t, (req, res) => {
    if (req.url === '/silent') return; // accept, never answer
    res.writeHead(200, { 'content-type': 'application/json' });
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
    res.on('close', () => clearInterval(timer));
  });
  await failsWith(get(`${base}/silent`, { ...fast, idleMs: 300 }), 'idle', /stalled/);
  const started = Date.now();
  await failsWith(get(`${base}/drip`, { ...fast, idleMs: 1000, deadlineMs: 600 }), 'deadline');
  assert.ok(Date.now() - started < 2000);
});

test('redirects to another host, another scheme or file: are refused; same-origin ones followed, bounded', async (t) => {
  const base = await serve(t, (req, res, self) => {
    const port = new URL(self).port;
    const to: Record<string, string> = {
      '/other-host': `http://127.0.0.2:${port}/ok`,
      '/other-port': `http://127.0.0.1:1/ok`,
      '/https': `https://127.0.0.1:${port}/ok`,
      '/file': 'file:///etc/passwd',
      '/same': '/ok',
      '/loop': '/loop',
    };
    const location = to[req.url ?? ''];
    if (location) res.writeHead(302, { location }).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await failsWith(get(`${base}/other-host`), 'redirect', /another host \(127\.0\.0\.2:\d+\)/);
  await failsWith(get(`${base}/other-port`), 'redirect', /another host/);
  await failsWith(get(`${base}/https`), 'redirect', /another scheme \(https:\)/);
  await failsWith(get(`${base}/file`), 'redirect', /another scheme \(file:\)/);
  await failsWith(get(`${base}/loop`), 'redirect', /more than 5 redirects/);
  assert.equal(Buffer.from(await get(`${base}/same`)).toString(), '{}');
});

test('404, 403 and 500 carry their status; an HTML captive portal is named as such', async (t) => {
  const base = await serve(t, (req, res) => {
    const status = Number(req.url?.slice(1));
    if (status >= 400) res.writeHead(status).end('error page');
    else if (req.url === '/portal') res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in to Wi-Fi</html>');
    else res.writeHead(200, { 'content-type': 'application/json' }).end('\n  <!DOCTYPE html><html><body>login</body></html>');
  });
  await assert.rejects(
    get(`${base}/404`),
    (e: unknown) => isLifelineError(e, 'fetch') && e.detail.status === 404 && e.detail.code === 'not-found',
  );
  await assert.rejects(
    get(`${base}/403`),
    (e: unknown) => isLifelineError(e, 'fetch') && e.detail.status === 403 && /HTTP 403/.test(e.message),
  );
  await assert.rejects(
    get(`${base}/500`),
    (e: unknown) => isLifelineError(e, 'fetch') && e.detail.status === 500 && /HTTP 500/.test(e.message),
  );
  await failsWith(get(`${base}/portal`), 'html', /captive portal/);
  await failsWith(get(`${base}/disguised`), 'html', /captive portal/);
});

test('a truncated body (Content-Length larger than what arrives) is an error', async (t) => {
  const base = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write(Buffer.alloc(500, 0x20));
    setTimeout(() => res.socket?.destroy(), 20);
  });
  await failsWith(get(`${base}/short`), 'truncated');
});

test('an unreachable server is a clear error', async () => {
  await failsWith(get('http://127.0.0.1:1/x'), 'unreachable', /cannot reach the server/);
});

test('a fetch that hides manual redirects (opaque redirect) is refused, not followed blindly', async () => {
  const opaque = (async () =>
    ({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null }) as unknown as Response) as typeof fetch;
  await failsWith(fetchBounded('https://plans.example.com/x', { fetch: opaque, limits: fast }), 'redirect', /hidden/);
});
