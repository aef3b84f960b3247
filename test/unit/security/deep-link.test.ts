import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDeepLinkArgument, parseDeepLink } from '../../../main/domain/security/deep-link.ts';
import { RouteSchema } from '../../../preload/contract.ts';

test('links from alerts open the matching screen', () => {
  assert.deepEqual(parseDeepLink('lifeline://escalate/checkout?severity=sev1'), {
    screen: 'escalate',
    target: 'checkout',
    severity: 'sev1',
  });
  assert.deepEqual(parseDeepLink('lifeline://escalate/checkout'), { screen: 'escalate', target: 'checkout' });
  assert.deepEqual(parseDeepLink('lifeline://vendor/aws'), { screen: 'vendor', id: 'aws' });
  assert.deepEqual(parseDeepLink('LIFELINE://Vendor/aws/'), { screen: 'vendor', id: 'aws' });
  assert.deepEqual(parseDeepLink('lifeline://vendors'), { screen: 'vendors' });
  assert.deepEqual(parseDeepLink('lifeline://service/checkout'), { screen: 'service', id: 'checkout' });
  assert.deepEqual(parseDeepLink('lifeline://runbook/edge-errors'), { screen: 'runbook', id: 'edge-errors' });
  assert.deepEqual(parseDeepLink('lifeline://search?q=dns%20outage'), { screen: 'search', query: 'dns outage' });
  assert.deepEqual(parseDeepLink('lifeline://search?q=a+b&utm_source=pagerduty'), { screen: 'search', query: 'a b' });
  assert.deepEqual(parseDeepLink('lifeline://search'), { screen: 'search' });
});

test('hostile or malformed links yield no route', () => {
  const hostile = [
    'lifeline://vendor/../../etc/passwd',
    'lifeline://vendor/%2e%2e%2fetc',
    'lifeline://vendor/AWS',
    'lifeline://vendor/aws/extra',
    'lifeline://vendor/',
    'lifeline://vendor/%E0%A4%A',
    'lifeline://vendor/aws%00',
    'lifeline://escalate/checkout?severity=sev1&severity=sev2',
    'lifeline://escalate/checkout?severity=<script>',
    'lifeline://escalate/?severity=sev1',
    `lifeline://search?q=${'x'.repeat(501)}`,
    `lifeline://vendor/${'a'.repeat(3000)}`,
    'lifeline://user:pw@vendor/aws',
    'lifeline://vendor:8080/aws',
    'lifeline://__proto__/x',
    'lifeline://constructor',
    'lifeline://settings',
    'lifeline:vendor/aws',
    'lifeline://vendor/aws\n',
    'javascript://vendor/aws',
    'https://vendor/aws',
    'file:///etc/passwd',
    '',
    'lifeline://',
  ];
  for (const raw of hostile) assert.equal(parseDeepLink(raw), null, raw);
  for (const raw of [null, undefined, 42, {}, ['lifeline://vendors']]) assert.equal(parseDeepLink(raw), null);
});

test('anything parsed is a valid Route', () => {
  const linkish = fc
    .tuple(
      fc.constantFrom('lifeline://', 'LIFELINE://', 'lifeline:', 'https://'),
      fc.constantFrom('vendor', 'vendors', 'escalate', 'search', 'x'),
      fc.string(),
      fc.string(),
    )
    .map(([a, b, c, d]) => `${a}${b}/${c}?severity=${d}&q=${d}`);
  fc.assert(
    fc.property(fc.oneof(linkish, fc.string()), (raw) => {
      const route = parseDeepLink(raw);
      if (route !== null) assert.ok(RouteSchema.safeParse(route).success);
    }),
    { numRuns: 1000 },
  );
});

test('the link is found among command-line arguments', () => {
  assert.equal(findDeepLinkArgument(['/opt/Lifeline/lifeline', '--no-sandbox', 'lifeline://vendor/aws']), 'lifeline://vendor/aws');
  assert.equal(findDeepLinkArgument(['/opt/Lifeline/lifeline', '--flag']), null);
});
