// `lifeline lint` and `lifeline validate`, run as users run them: the real CLI in a child process.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runLifeline, type CliRun } from '../helpers/cli.ts';

const DEMO = 'resources/demo/plans';
const BROKEN = 'test/fixtures/plans/broken';
const WARNINGS = 'test/fixtures/plans/warnings';
const TODAY = ['--today', '2026-11-22'];

const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function noStackTrace(run: CliRun): void {
  const all = run.stdout + run.stderr;
  assert.doesNotMatch(all, /^\s+at .+[:(]\d+/m, `stack trace in output:\n${all}`);
  assert.doesNotMatch(all, /unexpected error|internal-error|a bug, please report/i, all);
}

test('lint: the demo is clean', () => {
  const run = runLifeline(['lint', DEMO, ...TODAY]);
  assert.equal(run.code, 0, run.stderr + run.stdout);
  assert.equal(run.stdout, '0 errors, 0 warnings in 11 files\n');
  assert.equal(run.stderr, '');
});

test('lint: broken plans print every finding as path:line:column, sorted, with a summary; exit 1', () => {
  const run = runLifeline(['lint', BROKEN, ...TODAY]);
  assert.equal(run.code, 1, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.at(-1), '7 errors, 2 warnings in 4 files');
  const findings = lines.slice(0, -1);
  for (const line of findings) assert.match(line, /^test\/fixtures\/plans\/broken\/[a-z/-]+\.(yaml|md):\d+:\d+: (error|warning): \S/);
  assert.ok(findings.includes(`${BROKEN}/vendors/acme.yaml:21:5: error: unknown key 'phnoe' (did you mean 'phone'?)`), run.stdout);
  assert.ok(
    findings.includes(`${BROKEN}/vendors/acme.yaml:11:21: error: first_response: '1 hour' is not a duration Lifeline reads: write '1h'`),
  );
  assert.ok(findings.some((l) => l.startsWith(`${BROKEN}/vendors/acme.yaml:7:12: error: value: '206 555 0100' has no country code`)));
  assert.ok(
    findings.some((l) => l.startsWith(`${BROKEN}/vendors/acme.yaml:16:14: error: matches: 'sev3' is not one of the internal severities`)),
  );
  assert.ok(findings.some((l) => l.startsWith(`${BROKEN}/vendors/acme.yaml:26:14: error: contact 'Anne Lee'`)));
  assert.ok(findings.some((l) => l.startsWith(`${BROKEN}/services/shop.yaml:5:20: error: there is no vendor 'globex'`)));
  assert.ok(findings.some((l) => l.startsWith(`${BROKEN}/runbooks/shop-down.md:3:18: error: there is no service 'checkout'`)));
  assert.ok(findings.some((l) => l.startsWith(`${BROKEN}/runbooks/shop-down.md:9:17: warning: link 'javascript:alert(1)'`)));
  const order = findings.map((l) => l.split(': ')[0]!.split(':'));
  const sorted = [...order].sort((a, b) =>
    a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]),
  );
  assert.deepEqual(order, sorted);
  noStackTrace(run);
});

test('lint --json prints exactly {findings, errors, warnings} on stdout', () => {
  const run = runLifeline(['lint', BROKEN, ...TODAY, '--json']);
  assert.equal(run.code, 1);
  const out = JSON.parse(run.stdout) as { findings: Record<string, unknown>[]; errors: number; warnings: number };
  assert.deepEqual(Object.keys(out), ['findings', 'errors', 'warnings']);
  assert.equal(out.errors, 7);
  assert.equal(out.warnings, 2);
  assert.deepEqual(Object.keys(out.findings[0]!).sort(), ['column', 'file', 'line', 'message', 'rule', 'severity']);
  assert.ok(out.findings.some((f) => f.file === 'vendors/acme.yaml' && f.line === 21 && f.column === 5 && f.rule === 'unknown-key'));
  const clean = runLifeline(['lint', DEMO, ...TODAY, '--json']);
  assert.equal(clean.code, 0);
  assert.deepEqual(JSON.parse(clean.stdout), { findings: [], errors: 0, warnings: 0 });
});

test('lint: warnings exit 0; --strict turns them into errors and exits 1', () => {
  const run = runLifeline(['lint', WARNINGS, ...TODAY]);
  assert.equal(run.code, 0, run.stdout);
  assert.match(
    run.stdout,
    /vendors\/acme\.yaml:18:15: warning: contact 'Ann Lee' of Acme Cloud was last verified on 2026-05-01, 205 days ago/,
  );
  assert.match(run.stdout, /vendors\/acme\.yaml:20:11: warning: the Acme Cloud contract \(ACME-1\) renews in 18 days/);
  assert.match(run.stdout, /vendors\/acme\.yaml:23:11: warning: link 'http:\/\/status\.acme\.example\/' uses http/);
  assert.match(run.stdout, /0 errors, 3 warnings in 4 files\n$/);
  const strict = runLifeline(['lint', WARNINGS, ...TODAY, '--strict']);
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /vendors\/acme\.yaml:18:15: error: contact 'Ann Lee'/);
  assert.match(strict.stdout, /3 errors, 0 warnings in 4 files\n$/);
});

test('lint --today moves the reference date', () => {
  const run = runLifeline(['lint', WARNINGS, '--today', '2026-05-15', '--json']);
  const out = JSON.parse(run.stdout) as { findings: { rule: string }[] };
  assert.deepEqual(
    out.findings.map((f) => f.rule),
    ['link-scheme'],
  );
});

test('usage errors exit 2 with one line and a pointer to --help', () => {
  for (const args of [
    ['lint'],
    ['lint', DEMO, '--bogus'],
    ['lint', DEMO, '--today', '2026-02-30'],
    ['lint', DEMO, '--today', 'tomorrow'],
    ['lint', DEMO, DEMO],
    ['validate'],
    ['validate', DEMO, '--strict'],
  ]) {
    const run = runLifeline(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /^lifeline (lint|validate): .+\nRun "lifeline (lint|validate) --help" for usage\.\n$/);
    assert.equal(run.stdout, '');
  }
});

test('--help on lint and validate', () => {
  const lint = runLifeline(['lint', '--help']);
  assert.equal(lint.code, 0);
  assert.match(lint.stdout, /^Usage: lifeline lint <plans> \[--today YYYY-MM-DD\] \[--strict\] \[--json\]/);
  assert.match(lint.stdout, /Exit status: 0 .* 1 .* 2 usage error/);
  const validate = runLifeline(['validate', '--help']);
  assert.equal(validate.code, 0);
  assert.match(validate.stdout, /^Usage: lifeline validate <plans> \[--json\]/);
});

test('validate: errors only, exit 0/1, --json', () => {
  const ok = runLifeline(['validate', DEMO]);
  assert.equal(ok.code, 0);
  assert.equal(ok.stdout, `${DEMO} is valid: 3 vendors, 3 services, 4 runbooks (11 files)\n`);
  const warnings = runLifeline(['validate', WARNINGS]);
  assert.equal(warnings.code, 0, 'warnings do not fail validate');
  assert.match(warnings.stdout, /is valid/);
  assert.doesNotMatch(warnings.stdout, /warning:/);
  const broken = runLifeline(['validate', BROKEN]);
  assert.equal(broken.code, 1);
  assert.doesNotMatch(broken.stdout, /warning:/);
  assert.match(broken.stdout, /7 errors, 0 warnings in 4 files\n$/);
  const json = JSON.parse(runLifeline(['validate', BROKEN, '--json']).stdout) as {
    errors: number;
    warnings: number;
    findings: { severity: string }[];
  };
  assert.equal(json.errors, 7);
  assert.equal(json.warnings, 0);
  assert.ok(json.findings.every((f) => f.severity === 'error'));
});

test('a missing plans directory is one line, exit 1', () => {
  const run = runLifeline(['lint', 'no/such/plans', ...TODAY]);
  assert.equal(run.code, 1);
  assert.equal(run.stderr, 'lifeline lint: no/such/plans: no such directory\n');
});

test('bad files: clear findings, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lifeline-cli-'));
  temps.push(dir);
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const emptyRun = runLifeline(['lint', empty, ...TODAY]);
  assert.equal(emptyRun.code, 1);
  assert.match(emptyRun.stdout, /lifeline\.yaml:1:1: error: the plans directory is empty: is this the right directory\?/);
  noStackTrace(emptyRun);

  const plans = join(dir, 'plans');
  for (const sub of ['vendors', 'services', 'runbooks']) mkdirSync(join(plans, sub), { recursive: true });
  writeFileSync(join(plans, 'lifeline.yaml'), readFileSync(join(BROKEN, 'lifeline.yaml')));
  writeFileSync(join(plans, 'vendors', 'yaml.yaml'), 'id: yaml\nname: [unclosed\nplan: x\n');
  writeFileSync(join(plans, 'vendors', 'tabs.yaml'), 'id: tabs\nchannels:\n\t- type: phone\n');
  writeFileSync(join(plans, 'runbooks', 'huge.md'), `---\ntitle: Huge\n---\n${'x'.repeat(2 * 1024 * 1024)}\n`);
  writeFileSync(join(plans, 'vendors', 'latin.yaml'), Buffer.from('id: latin\nname: Caf\xe9\n', 'latin1'));
  const posix = process.platform !== 'win32';
  if (posix) {
    symlinkSync('/etc/passwd', join(plans, 'vendors', 'passwd.yaml'));
    execFileSync('mkfifo', [join(plans, 'services', 'pipe.yaml')]);
  }
  const run = runLifeline(['lint', plans, ...TODAY]);
  assert.equal(run.code, 1);
  noStackTrace(run);
  const out = run.stdout;
  assert.match(out, /vendors\/yaml\.yaml:3:1: error: YAML syntax: /);
  assert.match(out, /vendors\/tabs\.yaml:3:1: error: this line is indented with a tab/);
  assert.match(out, /runbooks\/huge\.md:1:1: error: runbooks\/huge\.md is 2,097,\d+ bytes; plan files are limited to 1 MiB/);
  assert.match(out, /vendors\/latin\.yaml:2:10: error: vendors\/latin\.yaml is not valid UTF-8 \(byte 0xE9 here/);
  if (posix) {
    assert.match(
      out,
      /vendors\/passwd\.yaml:1:1: error: vendors\/passwd\.yaml is a symbolic link to \/etc\/passwd, outside the plans directory/,
    );
    assert.match(out, /services\/pipe\.yaml:1:1: error: services\/pipe\.yaml is a named pipe \(FIFO\), not a regular file/);
    assert.doesNotMatch(out, /root:/);
  }
});
