import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDeepLinkRouter } from '../../../main/desktop/deep-link-router.ts';
import type { Route } from '../../../preload/contract.ts';

test('a link from a cold start waits for the page, then only the latest is delivered', () => {
  const delivered: Route[] = [];
  const rejected: string[] = [];
  const router = createDeepLinkRouter(
    (r) => delivered.push(r),
    (raw) => rejected.push(raw),
  );
  assert.equal(router.open('lifeline://vendor/aws'), true);
  assert.equal(router.open('lifeline://escalate/checkout?severity=sev1'), true);
  assert.deepEqual(delivered, []);
  router.rendererReady();
  assert.deepEqual(delivered, [{ screen: 'escalate', target: 'checkout', severity: 'sev1' }]);
  router.open('lifeline://vendors');
  assert.deepEqual(delivered.at(-1), { screen: 'vendors' });
  assert.equal(router.open('lifeline://vendor/%00'), false);
  assert.deepEqual(rejected, ['lifeline://vendor/%00']);
  router.rendererGone();
  router.open('lifeline://vendor/azion');
  assert.equal(delivered.length, 2, 'held while the page reloads');
  router.rendererReady();
  assert.deepEqual(delivered.at(-1), { screen: 'vendor', id: 'azion' });
});
