// Search in Chromium on a published test bundle: generated plans (phone numbers in five national
// formats) signed into a TUF repository, synced by the real core, indexed by the worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generatePlans } from '../../bench/generate/index.ts';
import type { Bundle } from '../../main/model/bundle.ts';
import { compilePlans } from '../../main/domain/plans/compile.ts';
import { startPreviewHost, type PreviewHost } from '../../main/preview/host.ts';
import { createPreviewCore } from '../../main/preview/preview-core.ts';
import { attachSearch } from '../../main/domain/search/attach.ts';
import type { Core } from '../../main/domain/sync/core.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { createTestRepo, type TestRepo } from '../helpers/tuf-repo.ts';
import { waitUntil } from './fixtures/page-helpers.ts';
import { SearchPage } from './pages/search-page.ts';

let browser: Browser;
let host: PreviewHost;
let core: Core;
let repo: TestRepo;
let bundle: Bundle;
let search: ReturnType<typeof attachSearch>;
const dirs: string[] = [];

before(async () => {
  const plans = await mkdtemp(join(tmpdir(), 'lifeline-e2e-plans-'));
  const state = await mkdtemp(join(tmpdir(), 'lifeline-e2e-state-'));
  dirs.push(plans, state);
  await generatePlans(plans, { docs: 600, seed: 11 });
  const compiled = await compilePlans(plans, { today: '2026-12-01' });
  assert.deepEqual(compiled.findings, []);
  repo = await createTestRepo();
  await repo.publish({ ...compiled.plans!, version: 1, publishedAt: '2026-12-01T09:00:00Z' });
  core = await createPreviewCore({
    stateDir: state,
    sources: [{ location: repo.repoDir, insecure: false }],
    rootPath: repo.rootPath,
    demo: null,
  });
  const outcome = await core.syncNow();
  assert.equal(outcome.result, 'installed', outcome.message);
  bundle = (await core.bundle())!;
  search = attachSearch(core);
  host = await startPreviewHost({ core, search, appVersion: 'test', stateDir: state });
  browser = await launchBrowser();
  await waitUntil(() => search.readyFor() !== null, 'the index is open', 60_000);
});

after(async () => {
  await browser?.close();
  core?.stop();
  await search?.detach();
  await host?.close();
  await repo?.cleanup();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function opened() {
  const watched = await openPage(browser);
  await watched.page.goto(host.url);
  const page = new SearchPage(watched.page);
  await page.box().waitFor({ state: 'visible' });
  return { ...watched, search: page };
}

const firstName = async (page: SearchPage) => (await page.links().first().innerText()).replace(/\s+/g, ' ').trim();

/** Who holds a number: the vendor (phone channel) or the contact, by its written form. */
function holderOf(display: string): string {
  for (const v of bundle.vendors) {
    if (v.channels.some((c) => c.value === display)) return v.name;
    const contact = v.contacts.find((c) => c.phone?.display === display);
    if (contact) return contact.name;
  }
  for (const s of bundle.services) {
    const contact = s.contacts.find((c) => c.phone?.display === display);
    if (contact) return contact.name;
  }
  throw new Error(`${display} is not in the bundle`);
}

test('each national format, in every grouping, finds its holder first', async () => {
  const { context, search: page, consoleErrors } = await opened();
  const forms: [string, string[]][] = [
    ['+1 206 555 0142', ['555 0142', '555-0142', '5550142', '(206) 555-0142', '+12065550142']],
    ['+55 51 3083 8111', ['3083', '+55 51 3083 8111', '+555130838111', '51 3083 8111']],
    ['+44 20 7946 0958', ['7946 0958', '020 7946 0958', '+442079460958']],
    ['+49 30 901820', ['901820', '030 901820', '+4930901820']],
    ['+81 3-1234-5678', ['1234-5678', '3-1234-5678', '+81312345678']],
  ];
  for (const [display, queries] of forms) {
    const holder = holderOf(display);
    for (const q of queries) {
      await page.search(q);
      assert.ok((await firstName(page)).startsWith(holder), `${q} -> ${holder}, got ${await firstName(page)}`);
    }
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a typo, a prefix and hostile input on a corpus never seen before', async () => {
  const { context, search: page, consoleErrors } = await opened();
  const vendor = bundle.vendors.find((v) => /^[A-Z][a-z]{6,}$/.test(v.name))!;
  const typo = vendor.name.slice(0, 3) + vendor.name.slice(4);
  await page.search(typo);
  assert.ok(
    (await page.links().allInnerTexts()).slice(0, 5).some((t) => t.startsWith(vendor.name)),
    `${typo} -> ${vendor.name}`,
  );
  await page.search(vendor.name.slice(0, 5));
  assert.ok(
    (await page.links().allInnerTexts()).slice(0, 5).some((t) => t.startsWith(vendor.name)),
    'prefix',
  );
  for (const q of ['P1: outage', 'sev:1', '__proto__', '+1', '^urgent', '~']) {
    await page.box().fill(q);
    await page.settled();
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('deep link to a search, then the keyboard opens the first result', async () => {
  const { page, context, search: panel } = await opened();
  const contact = bundle.services[0]!.contacts[0]!;
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/search?q=${encodeURIComponent(contact.name)}`)}`);
  await waitUntil(async () => (await panel.box().inputValue()) === contact.name, 'the query from the address');
  await panel.settled();
  assert.ok((await firstName(panel)).startsWith(`${contact.name}, ${contact.role} at ${bundle.services[0]!.name}`));
  await panel.box().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitUntil(
    () => new URL(page.url()).hash.startsWith(`#/services/${bundle.services[0]!.id}?contact=`),
    'the service page at that contact',
  );
  await context.close();
});
