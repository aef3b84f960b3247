import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMarkdownLinks, classifyUrl, splitFrontMatter, tooDeepLine } from '../../../main/plans/markdown.ts';

test('classifyUrl: allowed schemes and fragments', () => {
  for (const url of ['https://example.com/', 'HTTPS://EXAMPLE.COM', 'mailto:a@example.com', 'tel:+12065550100', '#step-2']) {
    assert.deepEqual(classifyUrl(url), { ok: true }, url);
  }
});

test('classifyUrl: javascript in every disguise and other schemes', () => {
  const bad = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\r:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>',
    'file:///etc/passwd',
    'smb://host/share',
    'ms-msdt:/id',
    'http://example.com',
  ];
  for (const url of bad) {
    const v = classifyUrl(url);
    assert.ok(!v.ok && v.rule === 'link-scheme', `${JSON.stringify(url)} → ${JSON.stringify(v)}`);
  }
});

test('classifyUrl: relative and protocol-relative links', () => {
  for (const url of ['//evil.example/x', '\\\\host\\share', 'runbook.md', '../x', '', '%6Aavascript:alert(1)']) {
    const v = classifyUrl(url);
    assert.ok(!v.ok && v.rule === 'relative-link', `${JSON.stringify(url)} → ${JSON.stringify(v)}`);
  }
});

test('autolink literals and email literals from GFM', () => {
  const problems = checkMarkdownLinks('see www.example.com or ops@example.com');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.rule, 'link-scheme');
  assert.match(problems[0]!.message, /write https:\/\/www\.example\.com/);
});

test('links inside GFM tables, lists and block quotes have exact positions', () => {
  const md = '| a | b |\n|---|---|\n| x | [y](javascript:1) |\n\n- item\n  - [z](vbscript:1)\n\n> quote [q](data:x)\n';
  const problems = checkMarkdownLinks(md).map((p) => [p.line, p.column]);
  assert.deepEqual(problems, [
    [3, 7],
    [6, 5],
    [8, 9],
  ]);
});

test('front matter: split with the body line', () => {
  const fm = splitFrontMatter('---\ntitle: x\n---\n\n# Body\n');
  assert.ok(fm.ok);
  assert.equal(fm.yamlText, '---\ntitle: x\n');
  assert.equal(fm.body, '\n# Body\n');
  assert.equal(fm.bodyStartLine, 4);
  assert.ok(splitFrontMatter('---\ntitle: x\n...\nbody').ok, "'...' also closes front matter");
  assert.equal((splitFrontMatter('title: x\n') as { rule: string }).rule, 'missing-front-matter');
  assert.equal((splitFrontMatter('---\ntitle: x\n') as { rule: string }).rule, 'unclosed-front-matter');
});

test('nesting guard: ordinary documents pass, absurd nesting is caught', () => {
  assert.equal(tooDeepLine('> a\n> > b\n- x\n  - y\n    - z\n'), undefined);
  assert.equal(tooDeepLine('ok\n' + '> '.repeat(40) + 'x'), 2);
  assert.equal(tooDeepLine('- '.repeat(40) + 'x'), 1);
  assert.equal(tooDeepLine(' '.repeat(300) + 'x'), 1);
});
