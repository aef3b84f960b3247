// The renderer build the app ships: complete, offline (nothing remote to load) and without the preview shim.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderer, RENDERER_FILES } from '../../../scripts/build-renderer.ts';

let outDir: string;

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'lifeline-renderer-build-'));
  await buildRenderer(outDir);
});
after(() => rm(outDir, { recursive: true, force: true }));

test('writes exactly index.html, main.js and main.css', async () => {
  assert.deepEqual((await readdir(outDir)).sort(), [...RENDERER_FILES].sort());
});

test('index.html has a strict CSP and loads only local files; no preview shim in the app build', async () => {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /https?:|unsafe-inline|unsafe-eval|\*/);
  for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g))
    assert.ok(ref?.startsWith('./') || ref === 'data:,', `local reference: ${ref}`);
  assert.doesNotMatch(html, /preview-shim/);
});

test('the stylesheet pulls in nothing remote and uses system fonts only', async () => {
  const css = await readFile(join(outDir, 'main.css'), 'utf8');
  assert.doesNotMatch(css, /@import|@font-face|url\((?!data:)/);
  assert.match(css, /system-ui/);
  assert.match(css, /@media print/);
});
