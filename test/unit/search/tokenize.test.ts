import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexTerms, isStopWord, tokenize } from '../../../main/domain/search/tokenize.ts';
import { digitRuns, phoneTerms } from '../../../main/domain/search/phone.ts';

test('one tokenizer: lower case, surface and stem, split on anything that is not a letter or digit', () => {
  assert.deepEqual(indexTerms('Escalations: ops@example.com'), ['escalations', 'escal', 'ops', 'op', 'example', 'exampl', 'com']);
  assert.deepEqual(
    tokenize('https://x.y/z?q=1').map((t) => t.surface),
    ['https', 'x', 'y', 'z', 'q', '1'],
  );
  assert.deepEqual(
    tokenize('C++ -critical ^urgent sev:1').map((t) => t.surface),
    ['c', 'critical', 'urgent', 'sev', '1'],
  );
});

test('Unicode-aware: diacritics fold, other scripts stay whole, emoji and punctuation vanish', () => {
  assert.deepEqual(
    tokenize('Café São Paulo').map((t) => t.surface),
    ['cafe', 'sao', 'paulo'],
  );
  assert.deepEqual(
    tokenize('“café”').map((t) => t.surface),
    ['cafe'],
    'trimmed of quotes in any script, not cut to caf',
  );
  assert.deepEqual(
    tokenize('שלום مرحبا 東京').map((t) => t.surface),
    ['שלום', 'مرحبا', '東京'],
  );
  assert.deepEqual(tokenize('🔥 outage 🚨'), [{ surface: 'outage', stem: 'outag', start: 3, end: 9 }]);
  assert.equal(tokenize('ＡＢＣ')[0]?.surface, 'abc', 'NFKC: full-width letters are letters');
});

test('offsets point into the original text, so matches can be marked', () => {
  const text = 'Call Azion now';
  const [, azion] = tokenize(text);
  assert.equal(text.slice(azion!.start, azion!.end), 'Azion');
});

test('stop words are recognised (never required in a query)', () => {
  assert.equal(isStopWord('the'), true);
  assert.equal(isStopWord('outage'), false);
});

test('phone terms: every digit suffix of the number and the national form with its trunk 0', () => {
  const terms = phoneTerms('+442079460958');
  for (const t of ['442079460958', '2079460958', '79460958', '0958', '958', '02079460958']) assert.ok(terms.includes(t), t);
  assert.ok(!terms.includes('58'), 'fewer than three digits is no phone term');
});

test('digit runs join any grouping; digits glued to letters are words, not phones', () => {
  const cases: [string, string[]][] = [
    ['3083', ['3083']],
    ['555 0142', ['5550142']],
    ['555-0142', ['5550142']],
    ['(206) 555-0142', ['2065550142']],
    ['+55 51 3083 8111', ['555130838111']],
    ['+555130838111', ['555130838111']],
    ['+1', []],
    ['sev1 abc123 42', []],
    ['call 555.0142 now', ['5550142']],
  ];
  for (const [query, digits] of cases)
    assert.deepEqual(
      digitRuns(query).map((r) => r.digits),
      digits,
      query,
    );
});
