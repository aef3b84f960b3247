import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFinding, sortFindings, summaryLine, type Finding } from '../../../main/domain/plans/findings.ts';

const f = (over: Partial<Finding>): Finding => ({
  severity: 'error',
  file: 'vendors/aws.yaml',
  line: 3,
  column: 5,
  rule: 'unknown-key',
  message: 'unknown key',
  ...over,
});

test('formatFinding: path:line:column: severity: message, optionally under the directory as typed', () => {
  assert.equal(formatFinding(f({})), 'vendors/aws.yaml:3:5: error: unknown key');
  assert.equal(formatFinding(f({ severity: 'warning' }), { dir: 'plans/' }), 'plans/vendors/aws.yaml:3:5: warning: unknown key');
  assert.equal(formatFinding(f({}), { dir: '.' }), 'vendors/aws.yaml:3:5: error: unknown key');
  assert.equal(formatFinding(f({ file: '.' }), { dir: 'plans' }), 'plans:3:5: error: unknown key');
});

test('sortFindings: file, line, column, errors first; stable', () => {
  const sorted = sortFindings([
    f({ file: 'vendors/b.yaml', line: 1 }),
    f({ line: 9, column: 1 }),
    f({ line: 3, column: 5, severity: 'warning', message: 'w' }),
    f({ line: 3, column: 5, message: 'e' }),
    f({ file: 'lifeline.yaml', line: 20 }),
  ]);
  assert.deepEqual(
    sorted.map((x) => `${x.file}:${x.line}:${x.column}:${x.severity}`),
    [
      'lifeline.yaml:20:5:error',
      'vendors/aws.yaml:3:5:error',
      'vendors/aws.yaml:3:5:warning',
      'vendors/aws.yaml:9:1:error',
      'vendors/b.yaml:1:5:error',
    ],
  );
});

test('summaryLine', () => {
  assert.equal(summaryLine([f({}), f({}), f({ severity: 'warning' })], 7), '2 errors, 1 warning in 7 files');
  assert.equal(summaryLine([], 1), '0 errors, 0 warnings in 1 file');
});
