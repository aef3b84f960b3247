// Keyboard use, themes and routes pushed from main (menu commands, deep links), in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../helpers/browser.ts';
import { sharedBrowserAndDemo } from './fixtures/demo-preview.ts';
import {
  activeId,
  activeOutlineStyle,
  activeText,
  bodyBackground,
  eventsLive,
  focusedName,
  openFirstScreen,
  themeAttribute,
  waitUntil,
} from './fixtures/page-helpers.ts';

const shared = sharedBrowserAndDemo();

test('Ctrl+K focuses the vendor filter; typing filters, Escape clears', async () => {
  const { page, context } = await openPage(shared.browser());
  await openFirstScreen(page, shared.demo().host.url);
  const total = await page.locator('.vendor-card').count();
  await page.keyboard.press('Control+K');
  assert.equal(await activeId(page), 'vendor-filter');
  await page.keyboard.type('azion');
  await waitUntil(async () => (await page.locator('.vendor-card').count()) === 1, 'the list narrowed to one');
  assert.equal((await page.locator('.vendor-card h3').textContent())?.trim(), 'Azion');
  await page.keyboard.press('Escape');
  await waitUntil(async () => (await page.locator('.vendor-card').count()) === total, 'the list restored');
  await context.close();
});

test('Tab order: skip link first, then the status bar, filter, and on to the phone links', async () => {
  const { page, context } = await openPage(shared.browser());
  await openFirstScreen(page, shared.demo().host.url);
  const order: string[] = [];
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await focusedName(page));
    if (order.at(-1)?.includes('+55 51 3083 8111') && order.at(-1)?.startsWith('a:')) break;
  }
  assert.match(order[0] ?? '', /^a:Skip to vendors/);
  const index = (pattern: RegExp) => order.findIndex((name) => pattern.test(name));
  assert.ok(index(/^button:Sync now/) > 0, order.join(' | '));
  assert.ok(index(/^input:/) > index(/^button:Sync now/), 'the filter comes after the status bar');
  const phone = index(/^a:Call Azion .*\+55 51 3083 8111/);
  assert.ok(phone > index(/^input:/), `reached the Azion phone link: ${order.join(' | ')}`);
  const outline = await activeOutlineStyle(page);
  assert.equal(outline, 'solid', 'focus is visible');
  await context.close();
});

test('the letter bar jumps to the first vendor of a letter without navigating', async () => {
  const { page, context } = await openPage(shared.browser());
  await openFirstScreen(page, shared.demo().host.url);
  const last = (await page.locator('.vendor-card h3').allTextContents()).at(-1) ?? '';
  const letter = last.charAt(0).toUpperCase();
  await page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: letter, exact: true }).click();
  await waitUntil(async () => (await activeText(page)) === last, `focus on ${last}`);
  assert.equal(new URL(page.url()).hash, '', 'the address stays put');
  await context.close();
});

test('the skip link moves focus past the status bar to the content', async () => {
  const { page, context } = await openPage(shared.browser());
  await openFirstScreen(page, shared.demo().host.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await activeId(page)) === 'content', 'focus on main');
  await context.close();
});

test('dark mode: the toggle and the menu command switch themes, and the choice is saved', async () => {
  const { page, context } = await openPage(shared.browser(), { colorScheme: 'light' });
  await openFirstScreen(page, shared.demo().host.url);
  const light = await bodyBackground(page);
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  assert.equal(await themeAttribute(page), 'dark');
  const dark = await bodyBackground(page);
  assert.notEqual(dark, light);
  assert.ok(luminance(dark) < luminance(light), `${dark} is darker than ${light}`);

  await page.reload();
  await page.getByTestId('vendor-list').waitFor();
  await waitUntil(async () => (await themeAttribute(page)) === 'dark', 'saved theme restored');
  await eventsLive(page);

  shared.demo().host.emit('menuCommand', 'toggle-theme');
  await waitUntil(async () => (await themeAttribute(page)) === 'light', 'menu toggled back');
  assert.equal(await bodyBackground(page), light);
  await context.close();
});

test('a deep link to a vendor scrolls to it, highlights and focuses it; other screens say "coming soon"', async () => {
  const { page, context } = await openPage(shared.browser(), { colorScheme: 'light' });
  await openFirstScreen(page, shared.demo().host.url);
  await eventsLive(page);
  shared.demo().host.emit('navigate', { screen: 'vendor', id: 'azion' });
  const card = page.locator('article[data-vendor="azion"]');
  await waitUntil(async () => (await card.getAttribute('class'))?.includes('highlighted') ?? false, 'azion highlighted');
  await waitUntil(async () => (await activeText(page)) === 'Azion', 'azion heading focused');
  assert.ok(await card.isVisible());

  // On a narrow window the status bar grows; the card must still land below it, not under it.
  await page.setViewportSize({ width: 700, height: 700 });
  shared.demo().host.emit('navigate', { screen: 'vendor', id: 'keystone-id' });
  const keystone = page.locator('article[data-vendor="keystone-id"]');
  await waitUntil(async () => (await keystone.getAttribute('class'))?.includes('highlighted') ?? false, 'keystone highlighted');
  const barBottom = await page.locator('header.status-bar').evaluate((e) => e.getBoundingClientRect().bottom);
  const cardTop = await keystone.evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(cardTop >= barBottom, `card top ${cardTop} is below the status bar bottom ${barBottom}`);

  shared.demo().host.emit('navigate', { screen: 'vendor', id: 'no-such-vendor' });
  await page.getByTestId('missing-vendor').waitFor();

  shared.demo().host.emit('navigate', { screen: 'escalate', target: 'checkout', severity: 'sev1' });
  await page.getByRole('heading', { name: /coming soon/ }).waitFor();
  assert.match((await page.locator('main').textContent()) ?? '', /checkout.*sev1/);
  await page.getByRole('button', { name: 'Back to vendors' }).click();
  await page.getByTestId('vendor-list').waitFor();
  await context.close();
});

function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
