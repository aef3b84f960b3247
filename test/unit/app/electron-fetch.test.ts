// The app's fetch over net.request, against a real loopback server through a stand-in that behaves as
// Electron documents ClientRequest: with redirect 'manual' it emits 'redirect' instead of following.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClientRequest, ClientRequestConstructorOptions } from 'electron';
import { createElectronFetch } from '../../../main/desktop/electron-fetch.ts';
import { fetchBounded } from '../../../main/domain/net/bounded-fetch.ts';

const limits = { maxBytes: 64 * 1024, deadlineMs: 3_000, idleMs: 300, maxRedirects: 3 };
const seen: { url: string; options: ClientRequestConstructorOptions; headers: http.IncomingHttpHeaders }[] = [];
let server: http.Server;
let base: string;

function standInRequest(options: ClientRequestConstructorOptions): ClientRequest {
  const emitter = new EventEmitter();
  const headers: Record<string, string> = {};
  let outgoing: http.ClientRequest | null = null;
  Object.assign(emitter, {
    setHeader: (name: string, value: string) => void (headers[name] = value),
    abort: () => outgoing?.destroy(),
    end: () => {
      const url = String(options.url);
      outgoing = http.get(url, { headers }, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location && options.redirect === 'manual') {
          res.resume();
          emitter.emit('redirect', status, 'GET', new URL(res.headers.location, url).href, {});
          return;
        }
        emitter.emit('response', res);
      });
      outgoing.on('error', (error) => emitter.emit('error', error));
    },
  });
  return emitter as unknown as ClientRequest;
}

const electronFetch = createElectronFetch((options) => {
  seen.push({ url: String(options.url), options, headers: {} });
  return standInRequest(options);
});

before(async () => {
  server = http.createServer((req, res) => {
    const last = seen.at(-1);
    if (last) last.headers = req.headers;
    if (req.url === '/moved') return void res.writeHead(302, { location: '/metadata/timestamp.json' }).end();
    if (req.url === '/elsewhere')
      return void res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/x` }).end();
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = () => {
        while (res.write(Buffer.alloc(16 * 1024, 32)));
      };
      res.on('drain', pump);
      return pump();
    }
    if (req.url === '/stall') return undefined;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"signed":{}}');
    return undefined;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('a same-host redirect comes back as a 3xx and is followed by the bounded fetch', async () => {
  const body = await fetchBounded(`${base}/moved`, { fetch: electronFetch, limits });
  assert.equal(Buffer.from(body).toString(), '{"signed":{}}');
  assert.deepEqual(
    seen.slice(-2).map((s) => new URL(s.url).pathname),
    ['/moved', '/metadata/timestamp.json'],
  );
});

test('requests are manual-redirect, without cookies or credentials, and carry the accept header', async () => {
  await fetchBounded(`${base}/metadata/timestamp.json`, { fetch: electronFetch, limits });
  const last = seen.at(-1);
  assert.equal(last?.options.redirect, 'manual');
  assert.equal(last?.options.credentials, 'omit');
  assert.equal(last?.options.useSessionCookies, false);
  assert.match(String(last?.headers.accept), /application\/json/);
});

test('a redirect to another host is refused, not followed', async () => {
  const before = seen.length;
  await assert.rejects(fetchBounded(`${base}/elsewhere`, { fetch: electronFetch, limits }), /another host/);
  assert.equal(seen.length - before, 1, 'nothing was requested from the other host');
});

test('an endless body is cut at the byte cap, a stalled server at the idle timeout', async () => {
  await assert.rejects(fetchBounded(`${base}/endless`, { fetch: electronFetch, limits }), /larger than/);
  const started = Date.now();
  await assert.rejects(fetchBounded(`${base}/stall`, { fetch: electronFetch, limits }), /stalled|nothing received/);
  assert.ok(Date.now() - started < 2_000);
});
