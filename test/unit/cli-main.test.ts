import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLifeline } from '../helpers/cli.ts';

test('unknown command is a usage error with exit 2', () => {
  const run = runLifeline(['frobnicate']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /unknown command "frobnicate"/);
});

test('no command prints usage and exits 2; --help exits 0', () => {
  assert.equal(runLifeline([]).code, 2);
  const help = runLifeline(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: lifeline <command>/);
});
