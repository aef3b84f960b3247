// Search in Chromium through the preview host, on the embedded demo bundle: every phone form, a typo,
// a prefix, hostile input, keyboard navigation, `/` from any screen and a deep link to a search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshotPath } from '../helpers/browser.ts';
import { sharedBrowserAndDemo } from './fixtures/demo-preview.ts';
import { activeId, waitUntil } from './fixtures/page-helpers.ts';
import { SearchPage } from './pages/search-page.ts';

const shared = sharedBrowserAndDemo();

async function opened(colorScheme: 'light' | 'dark' = 'light') {
  const watched = await openPage(shared.browser(), { colorScheme });
  await watched.page.goto(shared.demo().host.url);
  const search = new SearchPage(watched.page);
  await search.box().waitFor({ state: 'visible' });
  return { ...watched, search };
}

/** The accessible name of the first result link. */
async function firstName(search: SearchPage): Promise<string> {
  const first = search.links().first();
  await first.waitFor({ state: 'visible' });
  return (await first.innerText()).replace(/\s+/g, ' ').trim();
}

test('every phone form finds the number; the hit dials it through tel: and has a copy button', async () => {
  const { context, search, consoleErrors } = await opened();
  for (const q of ['3083', '+55 51 3083 8111', '+555130838111', '3083 8111']) {
    await search.search(q);
    assert.match(await firstName(search), /^Azion/, q);
  }
  const call = search.results().getByRole('link', { name: 'Call Azion +55 51 3083 8111' });
  assert.equal(await call.getAttribute('href'), 'tel:+555130838111');
  assert.equal(await search.results().getByRole('button', { name: 'Copy phone number +55 51 3083 8111' }).count(), 1);
  for (const q of ['555 0142', '555-0142', '5550142', '(206) 555-0142', '+1 206 555 0142']) {
    await search.search(q);
    assert.match(await firstName(search), /^Dana Whitfield, Technical account manager .* at Amazon Web Services$/, q);
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a typo and a prefix find the vendor; matched words are marked; contacts open their vendor at that contact', async () => {
  const { page, context, search } = await opened();
  await search.search('Amazn');
  assert.match(await firstName(search), /^Amazon Web Services/);
  assert.equal(await search.group('Vendors').locator('mark').first().innerText(), 'Amazon');
  await search.search('Azi');
  assert.match(await firstName(search), /^Azion/);
  await search.search('Dana');
  const dana = search.links().first();
  assert.equal(await dana.getAttribute('href'), '#/vendors/aws?contact=Dana+Whitfield');
  await dana.click();
  await waitUntil(() => new URL(page.url()).hash.startsWith('#/vendors/aws'), 'the vendor page opened');
  await context.close();
});

test('no results says what was tried, including similar words', async () => {
  const { context, search } = await opened();
  await search.search('zzqqxxw');
  const empty = search.empty();
  assert.match(await empty.innerText(), /No results for “zzqqxxw”/);
  assert.match(await empty.innerText(), /Searched for “zzqqxxw”/);
  await search.search('escalaton zzqqxxw');
  assert.ok((await search.links().count()) > 0, 'any word, once every word finds nothing');
  await context.close();
});

test('hostile input never breaks the page', async () => {
  const { context, search, consoleErrors } = await opened();
  const hostile = [
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
    '😀🔥',
    'שלום مرحبا',
    'x'.repeat(10_000),
  ];
  for (const q of hostile) {
    await search.box().fill(q);
    await search.settled();
  }
  assert.ok((await search.box().inputValue()).length <= 500, 'a long paste is cut silently');
  await search.search('-critical');
  assert.ok((await search.links().count()) > 0, 'a leading minus is not NOT');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('keyboard: arrows move through results, Enter opens, Escape clears, / focuses search from any screen', async () => {
  const { page, context, search } = await opened();
  await search.search('aws');
  await page.keyboard.press('ArrowDown');
  const firstHref = await search.links().first().getAttribute('href');
  const activeHref = () => page.evaluate<string | null>("document.activeElement?.getAttribute('href') ?? null");
  assert.equal(await activeHref(), firstHref);
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeHref(), await search.links().nth(1).getAttribute('href'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await activeId(page), 'search-box', 'up from the first result is the box');
  await page.keyboard.press('Escape');
  assert.equal(await search.box().inputValue(), '');
  assert.equal(await search.links().count(), 0);
  await search.search('Azion');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitUntil(() => new URL(page.url()).hash === '#/vendors/azion', 'Enter opened the vendor');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await waitUntil(async () => (await activeId(page)) === 'search-box', '`/` focused search from the vendor page');
  await context.close();
});

test('a deep link #/search?q= shows that search; typing keeps the address in step', async () => {
  const { page, context, search } = await opened();
  await page.evaluate("window.location.hash = '#/search?q=3083'");
  await waitUntil(async () => (await search.box().inputValue()) === '3083', 'the query from the address');
  assert.match(await firstName(search), /^Azion/);
  await search.search('Keystone');
  assert.equal(new URL(page.url()).hash, '#/search?q=Keystone');
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`search results screenshot, ${theme} theme`, async () => {
    const { page, context, search } = await opened(theme);
    await search.search('azion');
    await page.screenshot({ path: screenshotPath(`search-${theme}.png`), fullPage: false });
    await search.search('555 0142');
    await page.screenshot({ path: screenshotPath(`search-phone-${theme}.png`), fullPage: false });
    await context.close();
  });
}
