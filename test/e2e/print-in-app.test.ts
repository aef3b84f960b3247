// Printing from the app's screens in the preview host: the same hash as on paper, a paper choice, and
// printing through the browser's own dialog (the preview host has no main-side printing), said on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../helpers/browser.ts';
import { sharedBrowserAndDemo } from './fixtures/demo-preview.ts';
import { waitUntil } from './fixtures/page-helpers.ts';
import { EscalationPage } from './pages/escalation-page.ts';
import { HomePage } from './pages/home-page.ts';
import { IncidentPage } from './pages/incident-page.ts';
import { PrintSheet } from './pages/print-sheet.ts';
import { ServicePage } from './pages/service-page.ts';
import { ItemPage } from './pages/vendor-page.ts';
import { serviceSheetHash, vendorSheetHash } from '../../renderer/src/features/print/sheet-content.ts';
import { lookupEscalation } from '../../main/domain/escalation/plan.ts';

const shared = sharedBrowserAndDemo();

async function demoBundle() {
  const bundle = await shared.demo().core.bundle();
  assert.ok(bundle);
  return bundle;
}

test('the vendor page shows the hash its printed sheet carries, with Print and Save as PDF', async () => {
  const bundle = await demoBundle();
  const vendor = bundle.vendors.find((v) => v.id === 'azion');
  assert.ok(vendor);
  const { page, context, consoleErrors } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  const { sheetBar } = await new ItemPage(page).goto('#/vendors/azion');
  const stamp = sheetBar.stamp();
  await stamp.waitFor();
  assert.equal(await stamp.getAttribute('data-sheet-hash'), vendorSheetHash(bundle, vendor));
  assert.match(
    (await stamp.textContent()) ?? '',
    new RegExp(`sheet ${vendorSheetHash(bundle, vendor)} of bundle ${bundle.id} v${bundle.version}`),
  );
  await sheetBar.print('the Azion sheet').waitFor();
  await sheetBar.savePdf('the Azion sheet').waitFor();
  assert.match((await sheetBar.previewNote().textContent()) ?? '', /browser’s print dialog/);

  // In the preview, Print shows the sheet, opens the browser's dialog (instant under automation) and comes back.
  await page.evaluate('window.print = () => { document.documentElement.dataset.printedHash = location.hash; }');
  await sheetBar.print('the Azion sheet').click();
  await waitUntil(
    async () => (await page.evaluate<string | null>('document.documentElement.dataset.printedHash ?? null')) !== null,
    'the browser print ran',
  );
  assert.equal(await page.evaluate<string>('document.documentElement.dataset.printedHash'), '#/print/vendor/azion');
  await waitUntil(async () => (await page.evaluate<string>('location.hash')) === '#/vendors/azion', 'back on the vendor page');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the service page shows the hash of its checklist with every severity', async () => {
  const bundle = await demoBundle();
  const service = bundle.services.find((s) => s.id === 'checkout');
  assert.ok(service);
  const plans = bundle.severities.map((severity) => {
    const lookup = lookupEscalation(bundle, service.id, severity.id, Date.now());
    assert.equal(lookup.status, 'plan');
    return lookup.plan;
  });
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  const { sheetBar } = await new ServicePage(page).goto('#/services/checkout');
  const stamp = sheetBar.stamp();
  await stamp.waitFor();
  assert.equal(await stamp.getAttribute('data-sheet-hash'), serviceSheetHash(bundle, service, plans));
  await context.close();
});

test('the home screen offers the binder and the wallet cards on paper', async () => {
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  const { sheetBar } = new HomePage(page);
  await sheetBar.print('the binder').waitFor();
  await sheetBar.savePdf('the wallet cards').waitFor();
  await context.close();
});

test('the escalation screen and the incident page show the hashes their printed sheets carry', async () => {
  const bundle = await demoBundle();
  const service = bundle.services.find((s) => s.id === 'checkout');
  assert.ok(service);
  const lookup = lookupEscalation(bundle, 'checkout', 'sev2', Date.now());
  assert.equal(lookup.status, 'plan');
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  const escalation = await new EscalationPage(page).goto('#/escalate/checkout?severity=sev2');
  const stamp = escalation.sheetBar.stamp();
  await stamp.waitFor();
  assert.equal(
    await stamp.getAttribute('data-sheet-hash'),
    serviceSheetHash(bundle, service, [lookup.plan]),
    'same as #/print/service/checkout?severity=sev2',
  );
  await escalation.sheetBar.savePdf('the Checkout checklist').waitFor();

  const started = await page.evaluate<{ ok: boolean; value?: { id: string } }>("window.lifeline.startIncident('checkout', 'sev2')");
  assert.ok(started.ok && started.value);
  const incident = await new IncidentPage(page).goto(`#/incidents/${started.value.id}`);
  await incident.sheetBar.print(`incident ${started.value.id}`).waitFor();
  const shown = await incident.sheetBar.stamp().getAttribute('data-sheet-hash');
  const sheet = await new PrintSheet(page).show(`#/print/incident/${started.value.id}`);
  assert.equal(await sheet.stamp().getAttribute('data-sheet-hash'), shown, 'the printed timeline has the page’s hash');
  await context.close();
});
