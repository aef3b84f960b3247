// The bridge over a real loopback socket: token, Host (DNS rebinding), Origin, body cap, content type.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBridgeHandler } from '../../../main/preview/bridge.ts';
import { EventHub } from '../../../main/preview/event-hub.ts';

const token = 'test-token-0123456789abcdef';
const calls: { channel: string; args: unknown }[] = [];
const events = new EventHub();
let server: Server;
let port = 0;

before(async () => {
  server = createServer(
    createBridgeHandler({
      token,
      files: new Map([['/index.html', { body: Buffer.from('<!doctype html><title>x</title>'), type: 'text/html' }]]),
      events,
      maxBodyBytes: 1024,
      port: () => port,
      invoke: async (channel, args) => {
        calls.push({ channel, args });
        return { ok: true, value: `echo:${channel}` };
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  events.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

test('a call with the token reaches dispatch and returns its Result', async () => {
  const reply = await send('/api/invoke/getStatus', { method: 'POST', headers: auth(), body: '[]' });
  assert.equal(reply.status, 200);
  assert.deepEqual(JSON.parse(reply.body), { ok: true, value: 'echo:getStatus' });
  assert.deepEqual(calls.at(-1), { channel: 'getStatus', args: [] });
});

test('calls and event streams without the right token get 401 and reach nothing', async () => {
  const before = calls.length;
  for (const headers of [{ 'content-type': 'application/json' }, { ...auth(), authorization: 'Bearer wrong' }]) {
    assert.equal((await send('/api/invoke/syncNow', { method: 'POST', headers, body: '[]' })).status, 401);
  }
  assert.equal((await send('/api/events')).status, 401);
  assert.equal(calls.length, before);
});

test('a foreign Host (DNS rebinding) or Origin is refused even with the token', async () => {
  const rebound = await send('/api/invoke/getBundle', {
    method: 'POST',
    headers: { ...auth(), host: `attacker.example:${port}` },
    body: '[]',
  });
  assert.equal(rebound.status, 421);
  const page = await send('/', { headers: { host: `attacker.example:${port}` } });
  assert.equal(page.status, 421, 'the page itself is not served to a rebound name');
  const crossSite = await send('/api/invoke/getBundle', {
    method: 'POST',
    headers: { ...auth(), origin: 'http://evil.example' },
    body: '[]',
  });
  assert.equal(crossSite.status, 403);
});

test('oversized bodies, wrong content types and non-JSON are refused', async () => {
  const big = JSON.stringify(['x'.repeat(5000)]);
  assert.equal((await send('/api/invoke/openExternal', { method: 'POST', headers: auth(), body: big })).status, 413);
  const text = await send('/api/invoke/getStatus', { method: 'POST', headers: { ...auth(), 'content-type': 'text/plain' }, body: '[]' });
  assert.equal(text.status, 415);
  const broken = await send('/api/invoke/getStatus', { method: 'POST', headers: auth(), body: '[' });
  assert.equal(broken.status, 400);
  assert.equal((JSON.parse(broken.body) as { error: { code: string } }).error.code, 'bad-arguments');
  assert.equal((await send('/api/invoke/getStatus', { headers: auth() })).status, 405);
});

test('static files carry a strict CSP; unknown paths and traversal get 404', async () => {
  const page = await send('/');
  assert.equal(page.status, 200);
  const csp = String(page.headers['content-security-policy']);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/main.ts', '/api/nothing']) {
    assert.notEqual((await send(path)).status, 200, path);
  }
});

test('events reach a subscribed stream as Server-Sent Events', async () => {
  const received = await new Promise<string>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${token}` } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes(': connected') && !text.includes('event:')) events.emit('menuCommand', 'find');
          if (text.includes('data:')) {
            req.destroy();
            resolve(text);
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
  assert.match(received, /event: menuCommand\ndata: "find"\n\n/);
});
