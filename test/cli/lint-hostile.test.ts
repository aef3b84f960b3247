// Hostile values that the raw-text checks cannot see, through `lifeline lint` as users run it: escapes
// that decode to control characters or lone surrogates, YAML directives, complex keys, invisible
// characters in phone numbers, a duration far too long, and file names holding a newline or ESC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLifeline, type CliRun } from '../helpers/cli.ts';

const demo = join(import.meta.dirname, '..', '..', 'resources', 'demo', 'plans');
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function edit(plans: string, rel: string, change: (text: string) => string): void {
  const path = join(plans, rel);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function lintHostile(): { run: CliRun; lines: string[]; plans: string } {
  const plans = mkdtempSync(join(tmpdir(), 'lifeline-lint-hostile-'));
  cpSync(demo, plans, { recursive: true });
  edit(plans, 'lifeline.yaml', (t) =>
    t
      .replace('title: Demo support plans (example data)', 'title: "Plans \\x1b[31mRED\\x1b[0m \\x1b]0;pwned\\x07"')
      .replace(/^publisher: .*$/m, 'publisher: "Example \\uD800 Corp"'),
  );
  edit(plans, 'vendors/aws.yaml', (t) => `%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n${t}`);
  edit(plans, 'vendors/keystone-id.yaml', (t) =>
    t.replace('first_response: 30m', 'first_response: 1234567m').replace(/^status_page: .*$/m, 'status_page: https://\u0430pple.com/'),
  );
  edit(plans, 'vendors/azion.yaml', (t) =>
    t
      .replace('value: +55 51 3083 8111', 'value: "+55 51 3083 8111\\u202E"')
      .replace('phone: +1 415 555 0163', 'phone: "+1 415 555 0163\\u200B"'),
  );
  edit(plans, 'services/checkout.yaml', (t) => `${t}? [a, b]\n: c\n`);
  writeFileSync(join(plans, 'runbooks', 'bad\nname.md'), '---\ntitle: x\n---\n');
  writeFileSync(join(plans, 'runbooks', 'esc\x1b[31m.md'), '---\ntitle: x\n---\n');
  const run = runLifeline(['lint', plans, '--today', '2026-11-22', '--strict']);
  return { run, lines: run.stdout.trimEnd().split('\n'), plans };
}

const { run, lines, plans } = lintHostile();
process.on('exit', () => rmSync(plans, { recursive: true, force: true }));
const finding = (rel: string, line: number, column: number, pattern: RegExp) =>
  assert.ok(
    lines.some((l) => l.startsWith(`${plans}/${rel}:${line}:${column}: error: `) && pattern.test(l)),
    `expected ${rel}:${line}:${column} ${pattern}, got:\n${run.stdout}`,
  );

test('lint exits 1 and every line keeps the path:line:column format with nothing raw reaching the terminal', () => {
  assert.equal(run.code, 1);
  assert.doesNotMatch(run.stdout + run.stderr, RAW_CONTROL);
  for (const line of lines.slice(0, -1)) assert.match(line, /^\/.+:\d+:\d+: (error|warning): \S/);
});

test('escapes that decode to control characters or lone surrogates are errors at the value', () => {
  finding('lifeline.yaml', 6, 8, /control character U\+001B/);
  finding('lifeline.yaml', 7, 12, /lone surrogate U\+D800/);
});

test('%YAML and %TAG directives are errors', () => {
  finding('vendors/aws.yaml', 1, 1, /directive '%YAML' is not allowed/);
  finding('vendors/aws.yaml', 2, 1, /directive '%TAG' is not allowed/);
});

test('a 7-digit duration is refused without suggesting itself', () => {
  finding('vendors/keystone-id.yaml', 41, 21, /'1234567m' is longer than a year/);
  assert.doesNotMatch(run.stdout, /write '1234567m'/);
});

test('a complex key is an error, without a stray Node warning', () => {
  finding('services/checkout.yaml', 19, 3, /a key must be plain text/);
  assert.doesNotMatch(run.stderr, /Warning|Keys with collection values/);
});

test('phone values ending in U+202E or U+200B are errors', () => {
  finding('vendors/azion.yaml', 12, 12, /invisible character U\+202E/);
  finding('vendors/azion.yaml', 49, 12, /invisible character U\+200B/);
});

test('a look-alike host is warned about, with its punycode form (an error under --strict)', () => {
  finding(
    'vendors/keystone-id.yaml',
    8,
    14,
    /status_page: the host '\u0430pple\.com' is an internationalised name \(xn--pple-43d\.com in plain ASCII\)/,
  );
});

test('a direction override in any value is an error', () => {
  finding('vendors/azion.yaml', 12, 12, /direction control U\+202E/);
});

test('file names with a newline or ESC are shown escaped on one line', () => {
  assert.ok(
    lines.some((l) => l.startsWith(`${plans}/runbooks/bad\\u000aname.md:`)),
    run.stdout,
  );
  assert.ok(
    lines.some((l) => l.startsWith(`${plans}/runbooks/esc\\u001b[31m.md:`)),
    run.stdout,
  );
});
