// Markdown lint time must stay linear: inputs that once took 12-59 s (runs of emphasis delimiters
// around one character, tens of thousands of nested brackets) lint in well under a second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkMarkdownLinks } from '../../main/domain/plans/markdown.ts';
import { runLifeline } from '../helpers/cli.ts';

const FRONT = '---\ntitle: Hostile\nservices: [checkout]\nvendors: [aws]\ntags: [x]\n---\n\n';
const bodies: Record<string, string> = {
  'emphasis-17k': '*'.repeat(8_750) + 'x' + '*'.repeat(8_750),
  'emphasis-33k': '*'.repeat(16_750) + 'x' + '*'.repeat(16_750),
  'underscores-33k': '_'.repeat(16_750) + 'x' + '_'.repeat(16_750),
  'brackets-50k-open': '['.repeat(50_000),
  'brackets-50k-pairs': '['.repeat(25_000) + ']'.repeat(25_000),
  'images-50k': '!['.repeat(25_000),
  'link-pairs-40k': '[a] '.repeat(10_000),
  'plain-900k': ('word '.repeat(15) + '\n').repeat(12_000),
};

/** CPU milliseconds of one call: robust against a busy machine, unlike wall time. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

for (const [name, body] of Object.entries(bodies)) {
  test(`Markdown check of ${name} takes well under a second`, () => {
    const ms = cpuMs(() => checkMarkdownLinks(body));
    assert.ok(ms < 500, `${name}: ${Math.round(ms)} ms of CPU`);
  });
}

test('lifeline lint on runbooks built to be slow finishes quickly and reports too-deep brackets at their position', () => {
  const plans = mkdtempSync(join(tmpdir(), 'lifeline-lint-speed-'));
  try {
    cpSync(join(import.meta.dirname, '..', '..', 'resources', 'demo', 'plans'), plans, { recursive: true });
    for (const [name, body] of Object.entries(bodies)) writeFileSync(join(plans, 'runbooks', `${name}.md`), FRONT + body + '\n');
    const started = Date.now();
    const run = runLifeline(['lint', plans, '--today', '2026-11-22'], { timeoutMs: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 10, `lint took ${seconds} s`);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /runbooks\/brackets-50k-open\.md:8:33: error: brackets are nested more than 32 deep here/);
    assert.match(run.stdout, /runbooks\/brackets-50k-pairs\.md:8:33: error: brackets are nested more than 32 deep here/);
    assert.doesNotMatch(run.stdout, /emphasis-|underscores-/, 'emphasis runs are not errors');
    assert.match(
      run.stdout,
      /runbooks\/link-pairs-40k\.md:1:1: error: this Markdown holds 20,000 brackets, '<', '!', '&' and backticks, more than the 6,000 allowed/,
    );
    assert.match(run.stdout, /runbooks\/plain-900k\.md:1:1: error: this Markdown is [\d,]+ characters long, more than the 131,072 allowed/);
  } finally {
    rmSync(plans, { recursive: true, force: true });
  }
});
