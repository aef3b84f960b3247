import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex } from '../../../main/domain/search/build.ts';
import { createEngine } from '../../../main/domain/search/engine.ts';
import type { SearchHit, SearchResults } from '../../../main/model/search.ts';
import { demoBundle } from '../../helpers/demo-bundle.ts';
import { fixtureBundle } from '../../e2e/fixtures/bundle.ts';

const demo = createEngine(buildIndex(await demoBundle()));
const fixture = createEngine(buildIndex(fixtureBundle()));
const flat = (r: SearchResults): SearchHit[] => r.groups.flatMap((g) => g.hits).sort((a, b) => a.rank - b.rank);
const top = (r: SearchResults) => flat(r)[0];

test('every phone form finds the number, first', () => {
  for (const q of ['3083', '+55 51 3083 8111', '+555130838111', '51 3083', '3083-8111']) {
    const hit = top(demo.search(q));
    assert.equal(`${hit?.kind}:${hit?.id}`, 'vendor:azion', q);
    assert.deepEqual(hit?.matched, [{ text: '+55 51 3083 8111', match: true }], 'the number is the matched text');
  }
  for (const q of ['555 0142', '555-0142', '5550142', '(206) 555-0142', '+1 206 555 0142', '+12065550142', '206.555.0142']) {
    const hit = top(demo.search(q));
    assert.equal(hit?.title, 'Dana Whitfield', q);
    assert.deepEqual(hit?.belongsTo, { kind: 'vendor', id: 'aws', name: 'Amazon Web Services' });
    assert.equal(hit?.phone?.dial, '+12065550142');
  }
  assert.equal(top(fixture.search('020 7946 0321'))?.id, 'ledgerly', 'the national form with its trunk 0');
});

test('typos are forgiven and prefixes complete while typing', () => {
  assert.equal(top(demo.search('Amazn'))?.id, 'aws');
  assert.equal(top(demo.search('Azi'))?.id, 'azion');
  assert.equal(top(demo.search('Keyston'))?.id, 'keystone-id');
  const typo = demo.search('escalaton');
  assert.ok(typo.total > 0);
  assert.ok(typo.tried.similar.includes('escalation'), 'says what it tried');
  assert.ok(flat(demo.search('escal')).some((h) => h.matched.some((s) => s.match && /^escalat/i.test(s.text))));
});

test('words are ANDed before they are ORed, and the matched words are marked', () => {
  const both = demo.search('checkout outage');
  assert.equal(top(both)?.id, 'checkout-outage');
  assert.equal(both.tried.anyWord, false);
  const either = demo.search('azion zzqqxx');
  assert.equal(either.tried.anyWord, true, 'no document holds both: any word');
  assert.equal(top(either)?.id, 'azion');
  const dana = top(demo.search('dana whitfield'));
  assert.deepEqual(
    dana?.matched.filter((s) => s.match).map((s) => s.text),
    ['Dana', 'Whitfield'],
  );
});

test('vendor names come first; a contact names its person, role and where it belongs', () => {
  assert.equal(top(demo.search('Amazon Web Services'))?.kind, 'vendor');
  const tom = flat(demo.search('Tom Becker'))[0];
  assert.equal(tom?.kind, 'contact');
  assert.equal(tom?.belongsTo?.kind, 'vendor');
  assert.ok(tom?.subtitle);
  assert.equal(typeof tom?.contactIndex, 'number');
});

test('results are grouped by kind, each group in rank order, ranks 1..n over all groups', () => {
  const r = demo.search('aws');
  const ranks = flat(r).map((h) => h.rank);
  assert.deepEqual(
    ranks,
    ranks.map((_, i) => i + 1),
  );
  for (const g of r.groups) assert.ok(g.hits.every((h) => h.kind === g.kind));
  assert.equal(new Set(r.groups.map((g) => g.kind)).size, r.groups.length);
  assert.ok(demo.search('aws', { limit: 2 }).groups.flatMap((g) => g.hits).length <= 2);
  assert.ok(demo.search('aws', { kinds: ['service'] }).groups.every((g) => g.kind === 'service'));
});

const HOSTILE = [
  'P1: outage',
  'sev:1',
  'https://x.y/z?q=1',
  '~',
  '^urgent',
  'C++',
  '*',
  '-critical',
  '+1',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '😀🔥',
  'שלום עולם',
  'مرحبا',
  '\u202Eevil',
  '\u0000',
  '" OR 1=1 --',
  'term~8',
  'a*b*c*',
  '((((',
  '\\',
  '%s%n',
];

test('hostile input never throws, never hangs, and never invents matches', () => {
  for (const q of HOSTILE) {
    const started = performance.now();
    const r = demo.search(q);
    assert.ok(performance.now() - started < 200, `${q} took too long`);
    assert.equal(r.groups.flatMap((g) => g.hits).length <= 20, true);
    for (const hit of flat(r)) assert.ok(hit.matched.length > 0, q);
  }
  assert.equal(demo.search('__proto__').total, 0);
  assert.equal(demo.search('constructor').total, 0);
  assert.ok(demo.search('-critical').total > 0, 'a leading minus is just punctuation, not NOT');
  assert.ok(top(demo.search('P1: outage')), 'a colon is not a field query');
  assert.ok(demo.search('sev:1').total > 0);
});

test('an empty query returns nothing, fast; a 10,000-character paste is cut silently', () => {
  for (const q of ['', '   ', '\n\t']) assert.deepEqual(demo.search(q).groups, []);
  const paste = `azion ${'x'.repeat(10_000)}`;
  const started = performance.now();
  const r = demo.search(paste);
  assert.ok(performance.now() - started < 200);
  assert.ok(r.query.length <= 200);
  const words = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
  assert.doesNotThrow(() => demo.search(words));
  assert.ok(demo.search(words).tried.terms.length <= 8, 'term groups are capped');
});
