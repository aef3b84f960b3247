import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex } from '../../../main/domain/search/build.ts';
import { allowedEdits, withinDistance } from '../../../main/domain/search/fuzzy.ts';
import {
  addFuzzy,
  boundQuery,
  FUZZY_CAP,
  MAX_GROUPS,
  planQuery,
  PREFIX_CAP,
  termsByLength,
} from '../../../main/domain/search/query-plan.ts';
import type { Bundle } from '../../../main/model/bundle.ts';
import { demoBundle } from '../../helpers/demo-bundle.ts';

const bundle: Bundle = await demoBundle();
// Many words sharing a prefix, to prove the caps.
bundle.runbooks = [
  ...bundle.runbooks,
  {
    id: 'many',
    title: 'Many',
    services: [],
    vendors: [],
    tags: [],
    body: Array.from({ length: 200 }, (_, i) => `escalx${i.toString(36)}`).join(' '),
  },
];
const index = buildIndex(bundle);
const byLength = termsByLength(index);

test('exact first: a word in the index expands to itself (and its stem), never to fuzzy neighbours', () => {
  const [group] = planQuery(index, 'Azion', byLength);
  assert.equal(group?.expansions[0]?.term, 'azion');
  assert.equal(group?.expansions[0]?.how, 'exact');
  assert.ok(!group?.expansions.some((e) => e.how === 'fuzzy'));
});

test('then prefix: completions, closest first, capped', () => {
  const [group] = planQuery(index, 'escal', byLength);
  const prefixes = group!.expansions.filter((e) => e.how === 'prefix');
  assert.ok(prefixes.length > 0 && prefixes.length <= PREFIX_CAP, `${prefixes.length}`);
  assert.ok(prefixes.every((e) => e.term.startsWith('escal')));
  const lengths = prefixes.map((e) => e.term.length);
  assert.deepEqual(
    lengths,
    [...lengths].sort((a, b) => a - b),
  );
});

test('then bounded fuzzy, only where nothing matched: at most 2 edits, none for short words, capped', () => {
  const [typo] = planQuery(index, 'Contosso escalaton', byLength).slice(1);
  assert.ok(typo!.expansions.some((e) => e.how === 'fuzzy' && e.term === 'escalation'));
  assert.ok(typo!.expansions.length <= FUZZY_CAP + PREFIX_CAP);
  const [short] = planQuery(index, 'awz', byLength);
  addFuzzy(index, short!, byLength);
  assert.ok(!short!.expansions.some((e) => e.how === 'fuzzy'), 'three letters are never fuzzy (aws is one edit away)');
  assert.equal(allowedEdits(3), 0);
  assert.equal(allowedEdits(5), 1);
  assert.equal(allowedEdits(9), 2);
  assert.equal(withinDistance('escalaton', 'escalation', 2), 1);
  assert.equal(withinDistance('phnoe', 'phone', 1), 1, 'a swapped pair is one edit');
  assert.equal(withinDistance('abcdefgh', 'zyxwvuts', 2), 3, 'gives up past the bound');
});

test('phone digits become one group over the phone vocabulary, whatever the grouping', () => {
  for (const q of ['555 0142', '555-0142', '(206) 555-0142', '+1 206 555 0142']) {
    const groups = planQuery(index, q, byLength);
    assert.equal(groups.length, 1, q);
    assert.equal(groups[0]!.expansions[0]?.how, 'phone');
  }
});

test('stop words are optional unless they are all there is; groups and query length are capped', () => {
  const groups = planQuery(index, 'the azion', byLength);
  assert.deepEqual(
    groups.map((g) => [g.text, g.optional]),
    [
      ['the', true],
      ['azion', false],
    ],
  );
  assert.equal(planQuery(index, 'the', byLength)[0]?.optional, false);
  assert.equal(planQuery(index, Array.from({ length: 50 }, (_, i) => `word${i}`).join(' '), byLength).length, MAX_GROUPS);
  assert.equal(boundQuery(`  ${'é'.repeat(1000)}  `).length, 200);
  assert.equal(boundQuery('😀'.repeat(150)).length % 2, 0, 'never cuts a surrogate pair in half');
});
