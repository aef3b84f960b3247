// YAML syntax problems: positioned, specific, and they never cascade into schema noise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYaml } from '../../../main/domain/plans/yaml.ts';
import { check, expectFinding, VENDOR } from './helpers.ts';

const V = 'vendors/acme.yaml';

test('broken YAML: error at the line, no schema echoes for that file', async () => {
  const r = await check({ [V]: 'id: acme\nname: [Acme\nplan: Gold\n' });
  const f = expectFinding(r, { rule: 'yaml-syntax', file: V });
  assert.equal(f.line, 3);
  assert.match(f.message, /^YAML syntax: .*check the indentation and quoting/);
  assert.equal(r.findings.filter((x) => x.file === V).length, 1);
  assert.equal(r.plans, null);
});

test('a tab-indented line: one clear error per tab, nothing else', async () => {
  const r = await check({ [V]: VENDOR.replace('  - name: Ann Lee', '\t- name: Ann Lee') });
  const f = expectFinding(r, { rule: 'tab-indent', file: V, line: 25, column: 1 });
  assert.match(f.message, /indented with a tab: YAML only allows spaces/);
  assert.equal(r.findings.filter((x) => x.file === V).length, 1);
});

test('duplicate keys: error at the second key, and the rest of the file is still checked', async () => {
  const r = await check({ [V]: VENDOR.replace('plan: Gold\n', 'plan: Gold\nplan: Silver\nplna: x\n') });
  expectFinding(r, { rule: 'duplicate-key', file: V, line: 4, column: 1, message: "key 'plan' appears more than once" });
  expectFinding(r, { rule: 'unknown-key', file: V, line: 5, column: 1 });
});

test('several documents in one file', async () => {
  const r = await check({ [V]: `${VENDOR}---\nid: other\n` });
  expectFinding(r, { rule: 'yaml-syntax', file: V, line: 36, message: 'a second YAML document starts here' });
});

test('tags are refused; values stay text', async () => {
  const r = await check({ [V]: VENDOR.replace('plan: Gold', 'plan: !!js/function "x"') });
  expectFinding(r, { rule: 'yaml-syntax', file: V, line: 3, message: 'without tags or directives' });
});

test('an alias bomb is stopped', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const parsed = parseYaml('x.yaml', lines.join('\n'));
  assert.equal(parsed.data, undefined);
  assert.ok(parsed.findings.some((f) => f.rule === 'yaml-syntax'));
});

test('absurd nesting is an error, not a crash', async () => {
  const r = await check({ [V]: `id: acme\nname: ${'['.repeat(100_000)}\n` });
  assert.ok(r.findings.some((f) => f.file === V && f.severity === 'error'));
  assert.ok(!r.findings.some((f) => f.rule === 'internal-error'), JSON.stringify(r.findings));
});

test('__proto__ and constructor are just unknown keys', async () => {
  const r = await check({ [V]: VENDOR.replace('plan: Gold', 'plan: Gold\n__proto__: {polluted: yes}\nconstructor: x') });
  expectFinding(r, { rule: 'unknown-key', line: 4, column: 1, message: "'__proto__'" });
  expectFinding(r, { rule: 'unknown-key', line: 5, column: 1, message: "'constructor'" });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('unquoted values are text: leading zeros, plus signs, yes/no and dates survive', async () => {
  const r = await check({ [V]: VENDOR.replace('account: "0012345"', 'account: [0012345, +44, no, 2026-01-01, 1e3]') });
  assert.deepEqual(r.plans?.vendors[0]?.accounts, ['0012345', '+44', 'no', '2026-01-01', '1e3']);
});
