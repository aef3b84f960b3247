import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { createDeepLinkRouter } from '../../../main/desktop/deep-link-router.ts';
import { claimSingleInstance, handleLaunchLinks, type LaunchProcess } from '../../../main/desktop/single-instance.ts';
import type { Route } from '../../../preload/contract.ts';

test('the first instance keeps running; a second one quits (the first gets its link)', () => {
  const quits: string[] = [];
  assert.equal(claimSingleInstance({ requestSingleInstanceLock: () => true, quit: () => void quits.push('quit') }), true);
  assert.equal(quits.length, 0);
  assert.equal(claimSingleInstance({ requestSingleInstanceLock: () => false, quit: () => void quits.push('quit') }), false);
  assert.deepEqual(quits, ['quit']);
});

function setup(process: LaunchProcess) {
  const clients: unknown[][] = [];
  const app = Object.assign(new EventEmitter(), {
    setAsDefaultProtocolClient: (...args: unknown[]) => (clients.push(args), true),
  });
  const delivered: Route[] = [];
  const rejected: string[] = [];
  const router = createDeepLinkRouter(
    (route) => delivered.push(route),
    (raw) => rejected.push(raw),
  );
  router.rendererReady();
  let focused = 0;
  handleLaunchLinks({ app, process, router, focus: () => (focused += 1) });
  return { app, clients, delivered, rejected, focused: () => focused };
}

test('lifeline:// is claimed; a dev run registers the script path so the OS can relaunch with the link', () => {
  assert.deepEqual(setup({ argv: ['/opt/Lifeline/lifeline'], execPath: '/opt/Lifeline/lifeline' }).clients, [['lifeline']]);
  const dev = setup({ argv: ['/usr/bin/electron', '.'], execPath: '/usr/bin/electron', defaultApp: true });
  assert.deepEqual(dev.clients, [['lifeline', '/usr/bin/electron', [resolve('.')]]]);
});

test('the link the app was launched with is routed', () => {
  const { delivered } = setup({ argv: ['/opt/Lifeline/lifeline', 'lifeline://vendor/aws'], execPath: '/opt/Lifeline/lifeline' });
  assert.deepEqual(delivered, [{ screen: 'vendor', id: 'aws' }]);
});

test('a second launch with a link routes it and focuses the window; a bad link only focuses', () => {
  const { app, delivered, rejected, focused } = setup({ argv: ['/opt/Lifeline/lifeline'], execPath: '/opt/Lifeline/lifeline' });
  app.emit('second-instance', {}, ['/opt/Lifeline/lifeline', 'lifeline://escalate/checkout?severity=sev1'], '/');
  assert.deepEqual(delivered, [{ screen: 'escalate', target: 'checkout', severity: 'sev1' }]);
  assert.equal(focused(), 1);
  app.emit('second-instance', {}, ['/opt/Lifeline/lifeline', 'lifeline://vendor/%00'], '/');
  assert.equal(delivered.length, 1);
  assert.deepEqual(rejected, ['lifeline://vendor/%00']);
  assert.equal(focused(), 2);
  app.emit('second-instance', {}, ['/opt/Lifeline/lifeline'], '/');
  assert.equal(focused(), 3, 'a plain second launch brings the window forward');
});

test('open-url (macOS) is taken over from the OS, routed, and focuses the window', () => {
  const { app, delivered, focused } = setup({ argv: ['/Applications/Lifeline'], execPath: '/Applications/Lifeline' });
  let prevented = false;
  app.emit('open-url', { preventDefault: () => (prevented = true) }, 'lifeline://vendor/aws');
  assert.equal(prevented, true);
  assert.deepEqual(delivered, [{ screen: 'vendor', id: 'aws' }]);
  assert.equal(focused(), 1);
});
