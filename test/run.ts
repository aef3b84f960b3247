// Runs the test files with Node's own test runner (through tsx), unit and end-to-end in one report.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureCli } from '../scripts/prebuilt.mjs';

const root = join(import.meta.dirname, '..');
const which = process.argv[2] ?? 'all';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const files = findTests(join(root, 'test')).filter((f) => {
  const isE2e = f.startsWith(join('test', 'e2e'));
  return which === 'all' || (which === 'e2e' ? isE2e : !isE2e);
});
if (files.length === 0) {
  console.error(`no test files found for "${which}"`);
  process.exit(1);
}
// The CLI tests spawn the built `bin`: build it once here rather than in each test process.
await ensureCli();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LIFELINE_TEST: '1' },
});
process.exit(result.status ?? 1);
