// npm start without an Electron binary: one line saying so, then the preview host (its URL line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/app-bundles.ts';
import { findElectronBinary } from '../../../scripts/electron-binary.ts';

const skip = findElectronBinary() !== null ? 'an Electron binary is installed: npm start launches the desktop app' : false;

test('says in one line that Electron is missing, then serves the preview', { skip, timeout: 120_000 }, async () => {
  const state = await mkdtemp(join(tmpdir(), 'lifeline-start-'));
  // Its own process group, so the preview host it starts is ended with it.
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'start.ts'), '--state', state], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no preview URL within 90 s; stdout:\n${out}\nstderr:\n${err}`)), 90_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/Lifeline preview: http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}; stderr:\n${err}`)));
    });
    const lines = out.split('\n');
    assert.match(lines[0] ?? '', /^No Electron binary is installed.*starting the preview host instead\.$/);
    assert.match(lines[1] ?? '', /^Lifeline preview: http:\/\/127\.0\.0\.1:\d+\/#token=/);
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));
    await rm(state, { recursive: true, force: true });
  }
});
