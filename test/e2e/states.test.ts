// Renderer states the demo cannot show on demand (stale, nothing installed, a new version arriving),
// driven through the real handlers and bridge by an in-memory core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startPreviewHost, type PreviewHost } from '../../main/preview/host.ts';
import { launchBrowser, openPage, screenshotPath } from '../helpers/browser.ts';
import { fixtureBundle } from './fixtures/bundle.ts';
import { createFakeCore, type FakeCore } from './fixtures/fake-core.ts';
import { eventsLive, waitUntil } from './fixtures/page-helpers.ts';
import { HomePage } from './pages/home-page.ts';

let browser: Browser;
const hosts: PreviewHost[] = [];

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(hosts.map((host) => host.close()));
});

async function hostFor(core: FakeCore): Promise<PreviewHost> {
  const host = await startPreviewHost({ core });
  hosts.push(host);
  return host;
}

test('a stale copy is still shown, with a prominent STALE flag saying why and since when', async () => {
  const core = createFakeCore(fixtureBundle(), {
    stale: true,
    staleSince: '2026-11-20T06:00:00Z',
    staleReason: 'The timestamp metadata expired; no source could be reached to refresh it.',
    lastError: 'mirror https://plans.example.org: connection refused',
    lastAttempt: { at: '2026-11-22T03:10:00Z', source: 'https://plans.example.org', ok: false },
  });
  const host = await hostFor(core);
  const { page, context } = await openPage(browser, { colorScheme: 'dark' });
  const home = await new HomePage(page).open(host.url);
  const stale = page.getByTestId('stale-flag');
  assert.equal(await stale.getAttribute('role'), 'alert');
  assert.match((await stale.textContent()) ?? '', /STALE.*timestamp metadata expired.*Since 20 Nov 2026/);
  assert.match((await page.getByTestId('last-error').textContent()) ?? '', /connection refused/);
  assert.equal(await home.card('azion').phoneNumbers().first().textContent(), '+55 51 3083 8111');
  await page.screenshot({ path: screenshotPath('stale-dark.png') });
  await context.close();
});

test('nothing installed: a plain empty state, no crash', async () => {
  const host = await hostFor(createFakeCore(null));
  const { page, context, consoleErrors } = await openPage(browser);
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'No support plans installed' }).waitFor();
  assert.equal(await page.getByTestId('vendor-list').count(), 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a sync that installs a new version replaces the list and the version without a reload', async () => {
  const core = createFakeCore(fixtureBundle(7));
  const host = await hostFor(core);
  const { page, context } = await openPage(browser);
  const home = await new HomePage(page).open(host.url);
  await eventsLive(page);
  const next = fixtureBundle(8);
  next.vendors = next.vendors.filter((vendor) => vendor.id !== 'ledgerly');
  core.nextBundle = next;
  await page.getByRole('button', { name: 'Sync now', exact: true }).click();
  await waitUntil(async () => (await page.getByTestId('bundle-version').textContent()) === '8', 'version 8 shown');
  await waitUntil(async () => (await home.cards().count()) === 2, 'the removed vendor is gone');
  assert.equal(await page.getByTestId('sync-message').textContent(), 'Installed version 8');
  await context.close();
});

test('status pushed by main (e.g. a scheduled sync) updates the bar without any click', async () => {
  const core = createFakeCore(fixtureBundle());
  const host = await hostFor(core);
  const { page, context } = await openPage(browser);
  const home = await new HomePage(page).open(host.url);
  await eventsLive(page);
  assert.equal(await home.statusBar.flag('stale-flag').count(), 0);
  core.setStatus({ stale: true, staleSince: '2026-11-21T00:00:00Z', staleReason: 'Expired.' });
  await home.statusBar.flag('stale-flag').waitFor();
  await context.close();
});

test('a slow sync shows "Syncing…" on a disabled button while the numbers stay readable', async () => {
  const core = createFakeCore(fixtureBundle());
  const release = core.hold();
  const host = await hostFor(core);
  const { page, context } = await openPage(browser);
  const home = await new HomePage(page).open(host.url);
  const button = page.getByRole('button', { name: 'Sync now', exact: true });
  await button.click();
  await page.getByTestId('sync-message').getByText('Syncing…').waitFor();
  assert.equal(await button.getAttribute('aria-disabled'), 'true');
  assert.equal(await button.getAttribute('aria-busy'), 'true');
  await waitUntil(() => core.syncCalls === 1, 'the sync reached the core');
  await button.click({ force: true }); // ignored while running: one sync at a time from this window
  assert.ok(await home.card('azion').phoneNumbers().first().isVisible());
  release();
  await page.getByTestId('sync-message').getByText('Already up to date').waitFor();
  assert.equal(await button.getAttribute('aria-disabled'), 'false');
  assert.equal(core.syncCalls, 1, 'the click during the sync was ignored');
  await context.close();
});
