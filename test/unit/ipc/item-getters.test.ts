import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../../../main/domain/ipc/dispatch.ts';
import { createHandlers } from '../../../main/domain/ipc/handlers.ts';
import type { BundleInfo, Runbook, Service, Vendor, VendorSummary } from '../../../preload/contract.ts';
import { demoBundle } from '../../helpers/demo-bundle.ts';
import { fakeDeps } from './fake-deps.ts';

async function handlersWithDemo() {
  const bundle = await demoBundle();
  const { deps } = fakeDeps();
  return { bundle, handlers: createHandlers({ ...deps, core: { ...deps.core, bundle: async () => bundle } }) };
}

test('getVendor, getService and getRunbook return exactly the item with that id', async () => {
  const { bundle, handlers } = await handlersWithDemo();
  const vendor = await dispatch(handlers, 'getVendor', ['aws']);
  assert.equal(vendor.ok, true);
  assert.deepEqual(
    vendor.ok && (vendor.value as Vendor),
    bundle.vendors.find((v) => v.id === 'aws'),
  );
  const service = await dispatch(handlers, 'getService', ['checkout']);
  assert.equal(service.ok && (service.value as Service).name, 'Checkout');
  const runbook = await dispatch(handlers, 'getRunbook', ['checkout-outage']);
  assert.equal(runbook.ok && (runbook.value as Runbook).title, 'Checkout is down or failing payments');
});

test('an unknown id is not-found and names the id; a vendor id is not a service', async () => {
  const { handlers } = await handlersWithDemo();
  for (const [channel, id] of [
    ['getVendor', 'nope'],
    ['getService', 'aws'],
    ['getRunbook', 'checkout'],
  ] as const) {
    const result = await dispatch(handlers, channel, [id]);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'not-found', channel);
    assert.match(!result.ok ? result.error.message : '', new RegExp(`"${id}"`));
  }
});

test('ids are validated before lookup: paths, prototype names and capitals are bad-arguments', async () => {
  const { handlers } = await handlersWithDemo();
  for (const id of ['../aws', '__proto__', 'AWS', '', 'a'.repeat(101), 'aws/x', 42]) {
    const result = await dispatch(handlers, 'getVendor', [id]);
    assert.equal(!result.ok && result.error.code, 'bad-arguments', String(id));
  }
  // A valid-looking id that names an Object.prototype member still is not found.
  const ctor = await dispatch(handlers, 'getVendor', ['constructor']);
  assert.equal(!ctor.ok && ctor.error.code, 'not-found');
});

test('getBundleInfo gives title, version, severity scale and counts; listVendors is sorted A-Z', async () => {
  const { bundle, handlers } = await handlersWithDemo();
  const info = await dispatch(handlers, 'getBundleInfo', []);
  const value = info.ok ? (info.value as BundleInfo) : null;
  assert.equal(value?.id, 'demo');
  assert.equal(value?.version, 3);
  assert.equal(value?.contactsMaxAgeDays, 90);
  assert.deepEqual(
    value?.severities.map((s) => s.id),
    ['sev1', 'sev2', 'sev3', 'sev4'],
  );
  assert.equal(value?.counts.vendors, bundle.vendors.length);
  const contacts = [...bundle.vendors, ...bundle.services].reduce((n, item) => n + item.contacts.length, 0);
  assert.equal(value?.counts.contacts, contacts);
  const list = await dispatch(handlers, 'listVendors', []);
  const names = list.ok ? (list.value as VendorSummary[]).map((v) => v.name) : [];
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b)),
  );
  assert.equal(names.length, bundle.vendors.length);
});

test('with no bundle installed: info is null, the list is empty, every getter is not-found', async () => {
  const handlers = createHandlers(fakeDeps().deps);
  assert.deepEqual(await dispatch(handlers, 'getBundleInfo', []), { ok: true, value: null });
  assert.deepEqual(await dispatch(handlers, 'listVendors', []), { ok: true, value: [] });
  const result = await dispatch(handlers, 'getRunbook', ['checkout-outage']);
  assert.equal(!result.ok && result.error.code, 'not-found');
});
