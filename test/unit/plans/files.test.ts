// Reading the plans directory safely: every odd file is a finding with a position, never a throw.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compilePlans } from '../../../main/domain/plans/compile.ts';
import { firstInvalidUtf8 } from '../../../main/domain/plans/files.ts';
import { BASE, expectClean, expectFinding, expectNone, tempDir, TODAY, VENDOR, writePlans } from './helpers.ts';

const compile = (dir: string) => compilePlans(dir, { today: TODAY });
const posix = process.platform !== 'win32';

test('an empty directory: one error saying so', async () => {
  const r = await compile(tempDir());
  const f = expectFinding(r, { rule: 'empty-directory', file: 'lifeline.yaml', line: 1, column: 1 });
  assert.match(f.message, /the plans directory is empty: is this the right directory\?/);
  assert.equal(r.findings.length, 1);
  assert.equal(r.plans, null);
});

test('a missing lifeline.yaml', async () => {
  const r = await compile(writePlans({ 'lifeline.yaml': null }));
  expectFinding(r, { rule: 'missing-manifest', file: 'lifeline.yaml', message: 'lifeline.yaml is missing' });
  assert.equal(r.plans, null);
});

test('a path that is not a directory, or does not exist', async () => {
  const dir = writePlans();
  expectFinding(await compile(join(dir, 'lifeline.yaml')), { rule: 'not-a-directory', file: '.' });
  expectFinding(await compile(join(dir, 'nope')), { rule: 'unreadable', file: '.', message: 'does not exist' });
});

test('a file over 1 MiB', async () => {
  const r = await compile(writePlans({ 'runbooks/huge.md': `---\ntitle: Huge\n---\n${'x'.repeat(1024 * 1024)}` }));
  expectFinding(r, { rule: 'file-too-large', file: 'runbooks/huge.md', line: 1, column: 1, message: 'limited to 1 MiB' });
  // Exactly 1 MiB is allowed.
  const exact = `---\ntitle: Exact\n---\n`;
  const ok = await compile(writePlans({ 'runbooks/exact.md': exact + 'y'.repeat(1024 * 1024 - exact.length) }));
  expectNone(ok, { rule: 'file-too-large' });
});

test('non-UTF-8 bytes: error at the first bad byte', async () => {
  const latin1 = Buffer.concat([Buffer.from('id: acme\nname: Caf'), Buffer.from([0xe9]), Buffer.from(' Cloud\n')]);
  const r = await compile(writePlans({ 'vendors/acme.yaml': latin1 }));
  expectFinding(r, { rule: 'not-utf8', file: 'vendors/acme.yaml', line: 2, column: 10, message: 'byte 0xE9' });
  assert.equal(firstInvalidUtf8(Buffer.from('ok é ✓ 😀')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1, 'overlong');
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0, 'surrogate');
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1, 'truncated');
});

test('a UTF-8 byte order mark and CRLF line endings are fine', async () => {
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  const r = await compile(
    writePlans({
      'lifeline.yaml': `\uFEFF${crlf(BASE['lifeline.yaml'] as string)}`,
      'runbooks/shop-down.md': crlf(BASE['runbooks/shop-down.md'] as string),
    }),
  );
  expectClean(r);
  assert.ok(!r.plans!.runbooks[0]!.body.includes('\r'));
});

test('control characters are reported where they are', async () => {
  const r = await compile(writePlans({ 'vendors/acme.yaml': VENDOR.replace('name: Acme Cloud', 'name: Acme\u0000Cloud') }));
  expectFinding(r, { rule: 'control-character', file: 'vendors/acme.yaml', line: 2, column: 11, message: 'U+0000' });
});

test('symlinks: inside the directory followed, outside refused, loops and dangling links reported', { skip: !posix }, async () => {
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.yaml'), VENDOR.replace('id: acme', 'id: secret'));
  const dir = writePlans({ 'vendors/acme.yaml': null, 'shared/acme.yaml': VENDOR });
  mkdirSync(join(dir, 'vendors'));
  symlinkSync(join(dir, 'shared', 'acme.yaml'), join(dir, 'vendors', 'acme.yaml'));
  symlinkSync(join(outside, 'secret.yaml'), join(dir, 'vendors', 'secret.yaml'));
  symlinkSync('/etc/passwd', join(dir, 'vendors', 'passwd.yaml'));
  symlinkSync('b.yaml', join(dir, 'vendors', 'a.yaml'));
  symlinkSync('a.yaml', join(dir, 'vendors', 'b.yaml'));
  symlinkSync('gone.yaml', join(dir, 'vendors', 'dangling.yaml'));
  const r = await compile(dir);
  expectNone(r, { file: 'vendors/acme.yaml' });
  expectFinding(r, { rule: 'symlink-outside', file: 'vendors/secret.yaml', line: 1, column: 1, message: 'outside the plans directory' });
  expectFinding(r, { rule: 'symlink-outside', file: 'vendors/passwd.yaml' });
  expectFinding(r, { rule: 'symlink-loop', file: 'vendors/a.yaml' });
  expectFinding(r, { rule: 'symlink-loop', file: 'vendors/b.yaml' });
  expectFinding(r, { rule: 'broken-symlink', file: 'vendors/dangling.yaml' });
  assert.ok(!JSON.stringify(r).includes('root:'), 'nothing from /etc/passwd leaks');
});

test('a directory symlink loop does not hang the loader', { skip: !posix }, async () => {
  const dir = writePlans();
  symlinkSync('.', join(dir, 'runbooks', 'again'));
  symlinkSync('..', join(dir, 'services', 'up'));
  const outside = tempDir();
  const dir2 = writePlans({ 'runbooks/shop-down.md': null });
  mkdirSync(join(dir2, 'runbooks'));
  symlinkSync(outside, join(dir2, 'runbooks', 'elsewhere'));
  const r = await compile(dir);
  expectFinding(r, { rule: 'unexpected-file', file: 'runbooks/again', severity: 'warning' });
  expectFinding(r, { rule: 'unexpected-file', file: 'services/up', severity: 'warning' });
  const r2 = await compile(dir2);
  expectFinding(r2, { rule: 'unexpected-file', file: 'runbooks/elsewhere' });
});

test('a section directory that is a symlink out of the plans directory is refused', { skip: !posix }, async () => {
  const outside = tempDir();
  mkdirSync(join(outside, 'vendors'));
  writeFileSync(join(outside, 'vendors', 'acme.yaml'), VENDOR);
  const dir = writePlans({ 'vendors/acme.yaml': null });
  symlinkSync(join(outside, 'vendors'), join(dir, 'vendors'));
  expectFinding(await compile(dir), { rule: 'symlink-outside', file: 'vendors' });
});

test('FIFOs and other non-regular files are refused without opening them', { skip: !posix }, async () => {
  const dir = writePlans();
  execFileSync('mkfifo', [join(dir, 'vendors', 'pipe.yaml')]);
  mkdirSync(join(dir, 'services', 'dir.yaml'));
  const r = await compile(dir);
  expectFinding(r, { rule: 'not-a-file', file: 'vendors/pipe.yaml', message: 'named pipe (FIFO)' });
  expectFinding(r, { rule: 'not-a-file', file: 'services/dir.yaml', message: 'a directory' });
});

test('unexpected files: wrong extensions are errors, other files warnings, README and dotfiles quiet', async () => {
  const r = await compile(
    writePlans({
      'vendors/globex.yml': 'id: globex\n',
      'runbooks/notes.markdown': '# x\n',
      'runbooks/diagram.png': 'png',
      'lifeline.yml': 'id: x\n',
      'Vendors/x.yaml': 'id: x\n',
      'notes.txt': 'hello',
      'README.md': '# Our plans',
      '.gitignore': '*.swp',
      'vendors/.acme.yaml.swp': 'swap',
    }),
  );
  expectFinding(r, { rule: 'wrong-file-name', severity: 'error', file: 'vendors/globex.yml', message: 'rename it to globex.yaml' });
  expectFinding(r, { rule: 'wrong-file-name', severity: 'error', file: 'runbooks/notes.markdown', message: 'rename it to notes.md' });
  expectFinding(r, { rule: 'wrong-file-name', severity: 'error', file: 'lifeline.yml', message: 'rename it to lifeline.yaml' });
  expectFinding(r, { rule: 'wrong-file-name', severity: 'error', file: 'Vendors', message: 'must be called vendors' });
  expectFinding(r, { rule: 'unexpected-file', severity: 'warning', file: 'runbooks/diagram.png' });
  expectFinding(r, { rule: 'unexpected-file', severity: 'warning', file: 'notes.txt' });
  expectNone(r, { file: 'README.md' });
  expectNone(r, { file: '.gitignore' });
  expectNone(r, { file: 'vendors/.acme.yaml.swp' });
});

test('file names must be valid ids; case-only duplicates are named as such', async () => {
  const r = await compile(writePlans({ 'vendors/Globex Corp.yaml': 'id: globex\n', 'vendors/ACME.yaml': VENDOR }));
  expectFinding(r, { rule: 'invalid-id', file: 'vendors/Globex Corp.yaml', message: 'e.g. vendors/globex-corp.yaml' });
  expectFinding(r, { rule: 'duplicate-id', file: 'vendors/ACME.yaml', message: 'same id as vendors/acme.yaml' });
});
