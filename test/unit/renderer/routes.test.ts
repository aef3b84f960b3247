// Hash routes: every route has one address and reads back as itself; anything else is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RouteSchema, type Route } from '../../../preload/contract.ts';
import { hashOf, routeOf, routeOfDeepLink } from '../../../renderer/src/domain/routes.ts';

const examples: [Route, string][] = [
  [{ screen: 'home' }, '#/'],
  [{ screen: 'vendors' }, '#/vendors'],
  [{ screen: 'vendor', id: 'aws' }, '#/vendors/aws'],
  [{ screen: 'vendor', id: 'aws', contact: 'Dana Whitfield' }, '#/vendors/aws?contact=Dana+Whitfield'],
  [{ screen: 'service', id: 'checkout' }, '#/services/checkout'],
  [{ screen: 'service', id: 'checkout', contact: 'Marta Okafor' }, '#/services/checkout?contact=Marta+Okafor'],
  [{ screen: 'runbook', id: 'checkout-outage' }, '#/runbooks/checkout-outage'],
  [{ screen: 'escalate', target: 'checkout', severity: 'sev1' }, '#/escalate/checkout?severity=sev1'],
  [{ screen: 'escalate', target: 'azion' }, '#/escalate/azion'],
  [{ screen: 'search', query: '555 0142' }, '#/search?q=555+0142'],
  [{ screen: 'search' }, '#/search'],
  [{ screen: 'incidents' }, '#/incidents'],
  [{ screen: 'incident', id: 'inc-2026-12-01-a1b2' }, '#/incidents/inc-2026-12-01-a1b2'],
  [{ screen: 'print-vendor', id: 'azion' }, '#/print/vendor/azion'],
  [{ screen: 'print-service', id: 'checkout', severity: 'sev2' }, '#/print/service/checkout?severity=sev2'],
  [{ screen: 'print-service', id: 'checkout' }, '#/print/service/checkout'],
  [{ screen: 'print-all' }, '#/print/all'],
  [{ screen: 'print-wallet' }, '#/print/wallet'],
  [{ screen: 'print-incident', id: 'inc-1' }, '#/print/incident/inc-1'],
];

test('each route has exactly the address the issues name, and reads back as itself', () => {
  for (const [route, hash] of examples) {
    assert.equal(hashOf(route), hash);
    assert.deepEqual(routeOf(hash), route, hash);
  }
  const screens = new Set(examples.map(([route]) => route.screen));
  const all = RouteSchema.options.map((option) => option.shape.screen.value);
  assert.deepEqual([...screens].sort(), [...all].sort(), 'every screen of the contract has an example');
});

test('the empty hash, a bare # and odd spellings of search still land somewhere sensible', () => {
  assert.deepEqual(routeOf(''), { screen: 'home' });
  assert.deepEqual(routeOf('#'), { screen: 'home' });
  assert.deepEqual(routeOf('#/search?q=a%20b&utm=x'), { screen: 'search', query: 'a b' });
  assert.deepEqual(routeOf('#/escalate/checkout?severity='), { screen: 'escalate', target: 'checkout' });
  assert.deepEqual(routeOf(`#/search?q=${'x'.repeat(900)}`), { screen: 'search', query: 'x'.repeat(500) });
});

test('invalid addresses are refused, not guessed', () => {
  const invalid = [
    '#token=abc',
    '#content',
    '#letter-A',
    '#/nowhere',
    '#/vendors/AWS',
    '#/vendors/aws/extra',
    '#/vendors//aws',
    '#/vendors/',
    '#/vendors/..%2f..',
    '#/vendors/aws?contact=a&contact=b',
    `#/vendors/aws?contact=${'x'.repeat(201)}`,
    '#/escalate',
    '#/escalate/checkout?severity=SEV1',
    '#/escalate/checkout?severity=sev1&severity=sev2',
    '#/print',
    '#/print/vendor',
    '#/print/vendor/azion/2',
    '#/print/binder',
    '#/print/all/x',
    '#/__proto__',
    '#/constructor',
    `#/vendors/${'a'.repeat(101)}`,
    `#/${'x'.repeat(3000)}`,
  ];
  for (const hash of invalid) assert.equal(routeOf(hash), null, hash);
});

test('whatever the address, a parsed route is valid by the contract and formats back to a route that reads the same', () => {
  const pieces = fc.constantFrom(
    'vendors',
    'services',
    'runbooks',
    'escalate',
    'search',
    'incidents',
    'print',
    'vendor',
    'all',
    'aws',
    'x',
  );
  const hashes = fc
    .tuple(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 4 }), fc.string(), fc.constantFrom('q', 'severity', 'contact'))
    .map(([parts, value, name]) => `#/${parts.join('/')}?${name}=${encodeURIComponent(value)}`);
  fc.assert(
    fc.property(fc.oneof(hashes, fc.string()), (hash) => {
      const route = routeOf(hash);
      if (route === null) return;
      assert.ok(RouteSchema.safeParse(route).success, JSON.stringify(route));
      assert.deepEqual(routeOf(hashOf(route)), route);
    }),
    { numRuns: 2000 },
  );
});

test('lifeline:// links inside runbooks and notes open in the app', () => {
  assert.deepEqual(routeOfDeepLink('lifeline://vendor/aws'), { screen: 'vendor', id: 'aws' });
  assert.deepEqual(routeOfDeepLink('lifeline://vendors'), { screen: 'vendors' });
  assert.deepEqual(routeOfDeepLink('lifeline://service/checkout'), { screen: 'service', id: 'checkout' });
  assert.deepEqual(routeOfDeepLink('lifeline://runbook/edge-errors/'), { screen: 'runbook', id: 'edge-errors' });
  assert.deepEqual(routeOfDeepLink('lifeline://escalate/checkout?severity=sev1'), {
    screen: 'escalate',
    target: 'checkout',
    severity: 'sev1',
  });
  assert.deepEqual(routeOfDeepLink('lifeline://search?q=dns'), { screen: 'search', query: 'dns' });
  for (const bad of ['lifeline://vendor/../x', 'lifeline://settings', 'https://vendor/aws', 'lifeline:vendor/aws', 'javascript:alert(1)']) {
    assert.equal(routeOfDeepLink(bad), null, bad);
  }
});
