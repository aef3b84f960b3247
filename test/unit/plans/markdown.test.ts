import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitFrontMatter } from '../../../main/domain/plans/front-matter.ts';
import { checkMarkdownLinks, classifyUrl, obviouslySafeLinks } from '../../../main/domain/plans/markdown.ts';
import { tooDeepLine } from '../../../main/domain/plans/markdown-limits.ts';

test('classifyUrl: allowed schemes and fragments', () => {
  for (const url of ['https://example.com/', 'HTTPS://EXAMPLE.COM', 'mailto:a@example.com', 'tel:+12065550100', '#step-2']) {
    assert.deepEqual(classifyUrl(url), { ok: true, value: url }, url);
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
    assert.ok(!v.ok && v.error.rule === 'link-scheme', `${JSON.stringify(url)} → ${JSON.stringify(v)}`);
  }
});

test('classifyUrl: relative and protocol-relative links', () => {
  for (const url of ['//evil.example/x', '\\\\host\\share', 'runbook.md', '../x', '', '%6Aavascript:alert(1)']) {
    const v = classifyUrl(url);
    assert.ok(!v.ok && v.error.rule === 'relative-link', `${JSON.stringify(url)} → ${JSON.stringify(v)}`);
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
  assert.equal(fm.value.yamlText, '---\ntitle: x\n');
  assert.equal(fm.value.body, '\n# Body\n');
  assert.equal(fm.value.bodyStartLine, 4);
  assert.ok(splitFrontMatter('---\ntitle: x\n...\nbody').ok, "'...' also closes front matter");
  const missing = splitFrontMatter('title: x\n');
  assert.equal(missing.ok ? undefined : missing.error.rule, 'missing-front-matter');
  const unclosed = splitFrontMatter('---\ntitle: x\n');
  assert.equal(unclosed.ok ? undefined : unclosed.error.rule, 'unclosed-front-matter');
});

test('nesting guard: ordinary documents pass, absurd nesting is caught', () => {
  assert.equal(tooDeepLine('> a\n> > b\n- x\n  - y\n    - z\n'), undefined);
  assert.equal(tooDeepLine('ok\n' + '> '.repeat(40) + 'x'), 2);
  assert.equal(tooDeepLine('- '.repeat(40) + 'x'), 1);
  assert.equal(tooDeepLine(' '.repeat(300) + 'x'), 1);
});

test('the no-parse shortcut never hides a problem the full parse finds', () => {
  // Pieces that build links, images, definitions, autolinks, HTML, entities, escapes and GFM literals.
  const pieces = fc.constantFrom(
    '[',
    ']',
    '(',
    ')',
    '](',
    '![',
    ']:',
    '<',
    '>',
    '\\',
    '&#106;',
    '&amp;',
    ' ',
    '\t',
    '\n',
    '\n\n',
    'x',
    '#top',
    'https://a.example/',
    'HTTPS://A.EXAMPLE',
    'http://a.example',
    'javascript:alert(1)',
    'java\tscript:',
    'tel:+1',
    'mailto:a@b.example',
    'www.a.example',
    'xmpp:a@b',
    'a@b.example',
    '`',
    '"t"',
    '[^1]',
    'data:text/html,x',
    '//host/x',
    '../x',
    '<script>',
    '<a href="javascript:x">',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
      const markdown = parts.join('');
      const full = checkMarkdownLinks(markdown, undefined, { alwaysParse: true });
      if (obviouslySafeLinks(markdown)) assert.deepEqual(full, [], `shortcut taken for ${JSON.stringify(markdown)}`);
      assert.deepEqual(checkMarkdownLinks(markdown), full, JSON.stringify(markdown));
    }),
    { numRuns: 3000 },
  );
});

test('plain runbook text with https and tel links takes the shortcut; anything unusual does not', () => {
  assert.equal(obviouslySafeLinks('See the [dashboard](https://d.example/x) or call [+1 415](tel:+14157449712).'), true);
  for (const markdown of [
    '[x]( javascript:alert(1))',
    '[x](&#106;avascript:1)',
    '[x](<https://a>)',
    '![i](https://a/i.png)',
    '[r]: http://a',
    'www.a.example',
    '<b>x</b>',
  ]) {
    assert.equal(obviouslySafeLinks(markdown), false, markdown);
  }
});
