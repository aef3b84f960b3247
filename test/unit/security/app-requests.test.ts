import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapRequestPath, serveAppRequest } from '../../../main/domain/security/app-requests.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/domain/security/csp.ts';

async function withBuild(run: (root: string, outside: string) => Promise<void>): Promise<void> {
  const base = await mkdtemp(join(tmpdir(), 'lifeline-protocol-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Lifeline</title>');
  await writeFile(join(root, 'main.js'), 'console.log(1)');
  await writeFile(join(root, 'main.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'do not serve');
  try {
    await run(root, base);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

const text = (body: Uint8Array | null) => new TextDecoder().decode(body ?? new Uint8Array());

test('serves the build with the right types and the strict CSP on every response', async () => {
  await withBuild(async (root) => {
    const index = await serveAppRequest('app://lifeline/', 'GET', root);
    assert.equal(index.status, 200);
    assert.equal(index.headers['Content-Type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
    assert.equal(index.headers['X-Content-Type-Options'], 'nosniff');
    assert.match(text(index.body), /<title>Lifeline/);
    const js = await serveAppRequest('app://lifeline/main.js?v=1#x', 'GET', root);
    assert.equal(js.headers['Content-Type'], 'text/javascript; charset=utf-8');
    assert.equal((await serveAppRequest('app://lifeline/main.css', 'GET', root)).headers['Content-Type'], 'text/css; charset=utf-8');
    const head = await serveAppRequest('app://lifeline/main.js', 'HEAD', root);
    assert.equal(head.status, 200);
    assert.equal(head.body, null);
    const missing = await serveAppRequest('app://lifeline/nope.js', 'GET', root);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
    assert.equal((await serveAppRequest('app://lifeline/main.js', 'POST', root)).status, 405);
  });
});

test('traversal, other hosts, encoded tricks and directories are not served', async () => {
  await withBuild(async (root) => {
    for (const url of [
      'app://lifeline/../secret.txt',
      'app://lifeline/%2e%2e/secret.txt',
      'app://lifeline/%2e%2e%2fsecret.txt',
      'app://lifeline/assets/..%2f..%2fsecret.txt',
      'app://lifeline/..%5csecret.txt',
      'app://lifeline/%00index.html',
      'app://lifeline/C:/Windows/win.ini',
      'app://lifeline/%E0%A4%A',
      'app://evil/index.html',
      'app://lifeline.evil/index.html',
      'app://user@lifeline/index.html',
      'file:///etc/passwd',
      'https://lifeline/index.html',
      'app://lifeline/assets',
    ]) {
      const response = await serveAppRequest(url, 'GET', root);
      assert.equal(response.status, 404, url);
      assert.doesNotMatch(text(response.body), /do not serve/);
    }
    // The URL parser already folds dot segments; whatever remains must stay inside the root.
    assert.equal(mapRequestPath('app://lifeline/../secret.txt', root), join(root, 'secret.txt'));
    assert.equal(mapRequestPath('app://lifeline/assets/..%2f..%2fsecret.txt', root), null);
  });
});

test('a symlink inside the build that leads outside it is not followed', { skip: process.platform === 'win32' }, async () => {
  await withBuild(async (root, outside) => {
    await symlink(join(outside, 'secret.txt'), join(root, 'link.txt'));
    const response = await serveAppRequest('app://lifeline/link.txt', 'GET', root);
    assert.equal(response.status, 404);
  });
});
