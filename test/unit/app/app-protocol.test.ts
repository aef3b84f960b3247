import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerAppScheme, serveRenderer } from '../../../main/desktop/app-protocol.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lifeline-renderer-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
});
after(() => rm(dir, { recursive: true, force: true }));

test('app:// is registered as a standard, secure scheme without fetch or CORS', () => {
  const registered: unknown[] = [];
  registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void registered.push(...schemes) });
  assert.deepEqual(registered, [
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
});

test('the renderer is served on app:// with the CSP header, and nothing outside its folder', async () => {
  const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  serveRenderer({ handle: (scheme, handler) => void handlers.set(scheme, handler) }, dir);
  const serve = handlers.get('app');
  assert.ok(serve);
  const page = await serve(new Request('app://lifeline/'));
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  assert.match(await page.text(), /<div id="root">/);
  assert.equal((await serve(new Request('app://lifeline/..%2f..%2fpackage.json'))).status, 404);
});
