// The vendor, service and runbook pages, and the "What changed" panel, in Chromium through the
// preview host on an in-memory core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startPreviewHost, type PreviewHost } from '../../main/preview/host.ts';
import { launchBrowser, openPage, screenshotPath } from '../helpers/browser.ts';
import { createFakeCore, type FakeCore } from './fixtures/fake-core.ts';
import { eventsLive, waitUntil } from './fixtures/page-helpers.ts';
import { pagesBundle } from './fixtures/pages-bundle.ts';
import { HomePage } from './pages/home-page.ts';
import { RunbookPage } from './pages/runbook-page.ts';
import { ServicePage } from './pages/service-page.ts';
import { ItemPage } from './pages/vendor-page.ts';

let browser: Browser;
let core: FakeCore;
let host: PreviewHost;

before(async () => {
  core = createFakeCore(pagesBundle());
  [browser, host] = await Promise.all([launchBrowser(), startPreviewHost({ core })]);
});
after(async () => {
  await browser?.close();
  await host?.close();
});

async function openItem<P extends ItemPage = ItemPage>(
  hash: string,
  colorScheme: 'light' | 'dark' = 'light',
  Screen: new (page: Page) => P = ItemPage as new (page: Page) => P,
) {
  const watched = await openPage(browser, { colorScheme });
  await new HomePage(watched.page).open(host.url);
  const item = await new Screen(watched.page).goto(hash);
  return { ...watched, item };
}

test('vendor page: plan, accounts, hours now, channels with their severities, severity table, people with freshness, escalation, contract warning, scope, notes', async () => {
  const { page, context, consoleErrors, foreignRequests, item } = await openItem('#/vendors/aws');
  await waitUntil(async () => (await item.title().textContent()) === 'Amazon Web Services', 'the AWS page');
  const main = item.main;
  assert.equal((await item.vendor('aws').plan().textContent())?.trim(), 'Enterprise');
  assert.deepEqual(
    (await item.vendor('aws').accountIds().allTextContents()).map((t) => t.trim()),
    ['1234-5678-9012', '2109-8765-4321'],
  );
  await item.section('Support hours').getByText('open now (24x7)').waitFor();
  const channels = main.getByRole('list', { name: 'Amazon Web Services channels' });
  assert.equal(
    await channels.getByRole('link', { name: /^Call Amazon Web Services TAM on-call line/ }).getAttribute('href'),
    'tel:+12065550142',
  );
  assert.match((await channels.textContent()) ?? '', /For Sev1 only/);
  const table = item.section('Severities and first-response times').getByRole('table');
  assert.match(
    (await table.textContent()) ?? '',
    /Business-critical system down.*Critical functions unavailable.*15 min.*around the clock/,
  );
  const people = main.getByRole('list', { name: 'Amazon Web Services contacts' });
  assert.match((await people.getByRole('listitem').nth(0).textContent()) ?? '', /stale: verified 685 days ago/);
  assert.match((await people.getByRole('listitem').nth(1).textContent()) ?? '', /verified 3 days ago/);
  assert.doesNotMatch((await people.getByRole('listitem').nth(1).textContent()) ?? '', /stale/);
  assert.match((await people.getByRole('listitem').nth(2).textContent()) ?? '', /stale: never verified/);
  const path = item.section('Escalation path');
  assert.match(
    (await path.textContent()) ?? '',
    /When the first-response time passes: Ask for an update.*30 min after the case was opened: Call the TAM.*Dana Whitfield/,
  );
  assert.match((await page.getByTestId('contract-warning').textContent()) ?? '', /RENEWS SOON.*renews in 10 days/);
  assert.match((await item.section('Scope').textContent()) ?? '', /Covered.*Architecture guidance.*Not covered.*Our own application code/);
  assert.equal(await item.section('Notes').locator('strong').textContent(), 'Before you open a case');
  assert.ok(await main.getByRole('link', { name: 'Amazon Web Services status page' }).isVisible());
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: screenshotPath(`vendor-page-${scheme}.png`), fullPage: true });
  }
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('a contact route opens its vendor page at that contact', async () => {
  const { page, context, item } = await openItem('#/vendors/aws?contact=Sam+Okoye');
  await waitUntil(
    async () => ((await page.evaluate<string>('document.activeElement?.textContent ?? ""')) ?? '').startsWith('Sam Okoye'),
    'focus on the contact',
  );
  assert.equal((await item.title().textContent())?.trim(), 'Amazon Web Services');
  await context.close();
});

test('service page: owner, description, vendor cards with the number to dial, contacts, runbooks, one Escalate per severity', async () => {
  const { page, context, consoleErrors, item } = await openItem('#/services/checkout', 'light', ServicePage);
  await waitUntil(async () => (await item.title().textContent()) === 'Checkout', 'the checkout page');
  assert.match((await item.main.textContent()) ?? '', /Owner: Payments team.*Cart, payment and order confirmation/);
  const escalate = item.escalateLinks('Checkout');
  assert.deepEqual(await escalate.allTextContents(), ['Escalate Sev1', 'Escalate Sev2', 'Escalate Sev3', 'Escalate Sev4']);
  assert.equal(await escalate.first().getAttribute('href'), '#/escalate/checkout?severity=sev1');
  const cards = item.dependencies();
  assert.equal(await cards.getByRole('link', { name: 'Amazon Web Services', exact: true }).getAttribute('href'), '#/vendors/aws');
  assert.equal(await cards.getByRole('link', { name: /^Call Azion/ }).getAttribute('href'), 'tel:+555130838111');
  assert.match((await cards.textContent()) ?? '', /gone-vendor: not in this bundle/);
  assert.equal(await item.link('Hostile runbook').getAttribute('href'), '#/runbooks/hostile');
  assert.ok(await item.link('Call Payments on call +1 206 555 0110').isVisible());
  await page.screenshot({ path: screenshotPath('service-page-light.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a malicious runbook renders inert: no script, frame, image or dangerous link, nothing fetched, no console errors', async () => {
  const { page, context, consoleErrors, foreignRequests, item } = await openItem('#/runbooks/hostile', 'dark', RunbookPage);
  await waitUntil(async () => (await item.title().textContent()) === 'Hostile runbook', 'the runbook');
  const body = item.body();
  assert.equal(await body.locator('script, iframe, img, svg, object, embed').count(), 0, 'no raw HTML element reached the DOM');
  assert.equal(await page.evaluate('window.__pwned'), undefined);
  const hrefs = await Promise.all((await body.locator('a').all()).map(async (a) => (await a.getAttribute('href')) ?? ''));
  for (const href of hrefs) assert.match(href, /^(#\/|https:|mailto:|tel:)/, `allowed link: ${href}`);
  assert.deepEqual(hrefs.sort(), ['#/vendors/aws', 'https://status.example.com/'].sort());
  for (const inert of [
    'plain javascript',
    'mixed case',
    'entity',
    'percent',
    'leading spaces',
    'data url',
    'vbscript',
    'file',
    'escape',
    'protocol relative',
    'plain http',
  ]) {
    assert.equal(await body.getByRole('link', { name: inert, exact: true }).count(), 0, `${inert} is not a link`);
    assert.ok(await body.getByText(inert, { exact: true }).isVisible(), `${inert} still reads as text`);
  }
  assert.match((await body.textContent()) ?? '', /\[image: tracking pixel\] https:\/\/evil\.example\/pixel\.png/);
  assert.equal(await body.getByRole('table').count(), 1, 'GitHub tables render');
  await body.getByText('plain javascript', { exact: true }).click();
  await page.screenshot({ path: screenshotPath('runbook-hostile-dark.png'), fullPage: true });
  await body.getByRole('link', { name: 'in-app vendor' }).click();
  await waitUntil(async () => (await item.title().textContent()) === 'Amazon Web Services', 'lifeline://vendor/aws opened in the app');
  assert.equal(host.opened.length, 0, 'nothing was handed to the system to open');
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('What changed: after a newer bundle, old and new numbers side by side until dismissed', async () => {
  const { page, context, consoleErrors } = await openPage(browser);
  const home = await new HomePage(page).open(host.url);
  await eventsLive(page);
  core.setStatus({
    version: 8,
    changes: {
      fromVersion: 7,
      toVersion: 8,
      vendors: { added: ['newco'], removed: [], changed: ['aws'] },
      services: { added: [], removed: ['legacy'], changed: [] },
      contacts: { added: [], removed: [], changed: ['aws / Dana Whitfield'] },
      phones: { added: [], removed: [], changed: ['aws / TAM on-call line'] },
      details: [
        { kind: 'vendor', id: 'aws', label: 'Amazon Web Services', change: 'changed' },
        { kind: 'vendor', id: 'newco', label: 'NewCo', change: 'added' },
        { kind: 'service', id: 'legacy', label: 'Legacy billing', change: 'removed' },
        { kind: 'contact', id: 'aws / Dana Whitfield', label: 'Dana Whitfield (Amazon Web Services)', change: 'changed' },
        {
          kind: 'phone',
          id: 'aws / TAM on-call line',
          label: 'Amazon Web Services TAM on-call line',
          change: 'changed',
          from: '+1 206 555 0142',
          to: '+1 206 555 0199',
        },
      ],
    },
  });
  const panel = page.getByTestId('what-changed');
  await panel.waitFor();
  const phones = panel.getByRole('list', { name: 'Phone numbers changed' });
  assert.equal(await phones.locator('del').textContent(), '+1 206 555 0142');
  assert.equal(await phones.locator('ins').textContent(), '+1 206 555 0199');
  assert.match((await phones.textContent()) ?? '', /changed Amazon Web Services TAM on-call line \+1 206 555 0142 -> \+1 206 555 0199/);
  assert.match(
    (await panel.textContent()) ?? '',
    /Vendors.*changed Amazon Web Services.*added NewCo.*Services.*removed Legacy billing.*Contacts.*changed Dana Whitfield/,
  );
  assert.match((await home.statusBar.flag('changes').textContent()) ?? '', /v7 → v8/);
  await page.screenshot({ path: screenshotPath('what-changed-light.png') });
  await page.reload();
  await panel.waitFor();
  await page.getByRole('button', { name: 'Dismiss what changed' }).click();
  await waitUntil(async () => (await panel.count()) === 0, 'dismissed');
  assert.equal(await home.statusBar.flag('changes').count(), 0);
  await page.reload();
  await home.vendorList().waitFor();
  assert.equal(await panel.count(), 0, 'stays dismissed');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('business hours: the state now, and the next change in the vendor’s time and local time', async () => {
  const { context, consoleErrors, item } = await openItem('#/vendors/ledgerly', 'dark');
  await waitUntil(async () => (await item.title().textContent()) === 'Ledgerly Payments', 'the Ledgerly page');
  const hours = item.section('Support hours');
  await hours.getByText(/^(open now|opens in .+|closes in .+)$/).waitFor();
  assert.match(
    (await hours.textContent()) ?? '',
    /Mon–Fri 08:00–17:00 \(Europe\/London\).*(closes|opens) \w{3} \d\d:\d\d Europe\/London \(\w{3} \d\d:\d\d your time\)/,
  );
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
