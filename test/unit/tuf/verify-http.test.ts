// The same client over HTTP: a static loopback host, then one serving faults in place of TUF files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { verifyRepository, type VerifyOptions } from '../../../main/domain/tuf/client/verify.ts';
import { createTestRepo, serveStatic } from '../../helpers/tuf-repo.ts';
import type { LifelineError } from '../../../main/model/errors.ts';
import { isLifelineError } from '../../../main/model/errors.ts';

async function setup(t: { after(fn: () => unknown): void }, intercept?: Parameters<typeof serveStatic>[1]) {
  const repo = await createTestRepo();
  await repo.publish();
  const work = await mkdtemp(join(tmpdir(), 'lifeline-work-'));
  const server = await serveStatic(() => repo.repoDir, intercept);
  t.after(() => Promise.all([server.close(), repo.cleanup(), rm(work, { recursive: true, force: true })]));
  const verify = (extra: Partial<VerifyOptions> = {}) =>
    verifyRepository({
      source: server.url,
      trustedRoot: repo.rootBytes,
      workDir: work,
      limits: { idleMs: 500, deadlineMs: 3000 },
      ...extra,
    });
  return { repo, server, verify };
}

function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}, body = ''): true {
  res.writeHead(status, headers).end(body);
  return true;
}

async function failure(promise: Promise<unknown>): Promise<LifelineError<'verify'>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isLifelineError(error, 'verify'), String(error));
    return error;
  }
  assert.fail('should fail');
}

test('verifies over loopback HTTP; a no-change run makes 5 requests', async (t) => {
  const { server, verify } = await setup(t);
  const result = await verify();
  assert.equal(result.bundle.version, 1);
  assert.deepEqual(server.requests.slice(0, 2), ['/metadata/2.root.json', '/metadata/timestamp.json']);
  assert.equal(result.transfer.requests, 5); // 2.root (404), timestamp, snapshot, targets, bundle
  assert.ok(result.transfer.bytes > 1000);
});

test('faults in place of TUF files give one line naming the file', async (t) => {
  let mode = '';
  const { verify } = await setup(t, (path, req, res) => {
    if (path === '/metadata/timestamp.json' && mode === '404') return answer(res, 404);
    if (path === '/metadata/timestamp.json' && mode === '500') return answer(res, 500);
    if (path === '/metadata/timestamp.json' && mode === 'portal')
      return answer(res, 200, { 'content-type': 'text/html' }, '<html>login</html>');
    if (path === '/metadata/timestamp.json' && mode === 'endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = () => {
        while (!res.destroyed && res.write(Buffer.alloc(8192, 0x20)));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return true;
    }
    if (path === '/metadata/1.snapshot.json' && mode === 'stall') return true;
    if (path === '/metadata/1.targets.json' && mode === 'redirect')
      return answer(res, 302, { location: `http://127.0.0.2:${new URL(`http://${req.headers.host}`).port}/x` });
    return false;
  });
  const cases: [string, RegExp][] = [
    ['404', /^timestamp\.json: not found \(HTTP 404/],
    ['500', /^timestamp\.json: HTTP 500/],
    ['portal', /^timestamp\.json: .*captive portal/],
    ['endless', /^timestamp\.json: the file is larger than the 16 KiB allowed/],
    ['stall', /^1\.snapshot\.json: the server stalled/],
    ['redirect', /^1\.targets\.json: redirect to another host \(127\.0\.0\.2:\d+\) refused/],
  ];
  for (const [name, expected] of cases) {
    mode = name;
    const error = await failure(verify());
    assert.match(error.message, expected, name);
  }
  mode = '';
  assert.equal((await verify()).bundle.version, 1);
});
