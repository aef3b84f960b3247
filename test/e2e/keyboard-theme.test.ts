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
  themeAttribute,
  waitUntil,
} from './fixtures/page-helpers.ts';
import { HomePage } from './pages/home-page.ts';
import { ItemPage } from './pages/vendor-page.ts';

const shared = sharedBrowserAndDemo();

test('Ctrl+K focuses the search box; in the vendor filter typing filters, Escape clears', async () => {
  const { page, context } = await openPage(shared.browser());
  const home = await new HomePage(page).open(shared.demo().host.url);
  const total = await home.cards().count();
  await page.keyboard.press('Control+K');
  assert.equal(await activeId(page), 'search-box', 'the issue: `/` or Ctrl/Cmd+K focuses search from any screen');
  await home.filter().focus();
  assert.equal(await activeId(page), 'vendor-filter');
  await page.keyboard.type('azion');
  await waitUntil(async () => (await home.cards().count()) === 1, 'the list narrowed to one');
  assert.deepEqual(await home.vendorNames(), ['Azion']);
  await page.keyboard.press('Escape');
  await waitUntil(async () => (await home.cards().count()) === total, 'the list restored');
  await context.close();
});

test('Tab order: skip link first, then the status bar, filter, and on to the phone links', async () => {
  const { page, context } = await openPage(shared.browser());
  await new HomePage(page).open(shared.demo().host.url);
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
  const home = await new HomePage(page).open(shared.demo().host.url);
  const last = (await home.vendorNames()).at(-1) ?? '';
  const letter = last.charAt(0).toUpperCase();
  await home.letterBar().getByRole('link', { name: letter, exact: true }).click();
  await waitUntil(async () => (await activeText(page)) === last, `focus on ${last}`);
  assert.equal(new URL(page.url()).hash, '', 'the address stays put');
  await context.close();
});

test('the skip link moves focus past the status bar to the content', async () => {
  const { page, context } = await openPage(shared.browser());
  await new HomePage(page).open(shared.demo().host.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await activeId(page)) === 'content', 'focus on main');
  await context.close();
});

test('dark mode: the toggle and the menu command switch themes, and the choice is saved', async () => {
  const { page, context } = await openPage(shared.browser(), { colorScheme: 'light' });
  const home = await new HomePage(page).open(shared.demo().host.url);
  const light = await bodyBackground(page);
  await home.statusBar.themeToggle().click();
  assert.equal(await themeAttribute(page), 'dark');
  const dark = await bodyBackground(page);
  assert.notEqual(dark, light);
  assert.ok(luminance(dark) < luminance(light), `${dark} is darker than ${light}`);

  await page.reload();
  await home.vendorList().waitFor();
  await waitUntil(async () => (await themeAttribute(page)) === 'dark', 'saved theme restored');
  await eventsLive(page);

  shared.demo().host.emit('menuCommand', 'toggle-theme');
  await waitUntil(async () => (await themeAttribute(page)) === 'light', 'menu toggled back');
  assert.equal(await bodyBackground(page), light);
  await context.close();
});

test('a deep link to a vendor opens its page with the name focused, below the status bar; unknown ids say so; escalate links open their screen', async () => {
  const { page, context, consoleErrors } = await openPage(shared.browser(), { colorScheme: 'light' });
  await new HomePage(page).open(shared.demo().host.url);
  await eventsLive(page);
  const item = new ItemPage(page);
  shared.demo().host.emit('navigate', { screen: 'vendor', id: 'azion' });
  await waitUntil(async () => (await activeText(page)) === 'Azion', 'azion heading focused');
  assert.equal(new URL(page.url()).hash, '#/vendors/azion', 'the address names the screen');
  assert.equal((await item.title().textContent())?.trim(), 'Azion', 'the page title is the first heading of main');
  assert.ok(
    await item
      .callLinks(/^Call Azion /)
      .first()
      .isVisible(),
  );

  // On a narrow window the status bar grows; the page must still start below it, not under it.
  await page.setViewportSize({ width: 700, height: 700 });
  shared.demo().host.emit('navigate', { screen: 'vendor', id: 'keystone-id' });
  await waitUntil(async () => (await item.title().textContent())?.trim() !== 'Azion', 'the keystone page');
  await waitUntil(async () => (await activeText(page)) === (await item.title().textContent()), 'keystone heading focused');
  const bar = await item.statusBar.root.boundingBox();
  const barBottom = bar ? bar.y + bar.height : Number.NaN;
  const titleTop = (await item.title().boundingBox())?.y ?? Number.NaN;
  assert.ok(titleTop >= barBottom, `title top ${titleTop} is below the status bar bottom ${barBottom}`);

  shared.demo().host.emit('navigate', { screen: 'vendor', id: 'no-such-vendor' });
  await item.missing('vendor').waitFor();

  shared.demo().host.emit('navigate', { screen: 'escalate', target: 'checkout', severity: 'sev1' });
  await waitUntil(async () => /Checkout/.test((await item.title().textContent()) ?? ''), 'the escalation screen for checkout');
  assert.equal(new URL(page.url()).hash, '#/escalate/checkout?severity=sev1');
  await item.goto('#/');
  await page.getByTestId('vendor-list').waitFor();
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('in the preview tab, <base>#/<route> opens that screen and keeps the token; the back button returns', async () => {
  const { page, context, consoleErrors } = await openPage(shared.browser());
  const home = await new HomePage(page).open(shared.demo().host.url);
  const item = await new ItemPage(page).goto('#/vendors/aws?contact=Dana+Whitfield');
  await waitUntil(async () => (await item.title().textContent())?.trim() === 'Amazon Web Services', 'the AWS page');
  await page.goto(`${shared.demo().host.origin}/#/services/checkout`);
  await waitUntil(async () => (await item.title().textContent())?.trim() === 'Checkout', 'the tab goes to a route by its address');
  await page.reload();
  await waitUntil(async () => (await item.title().textContent())?.trim() === 'Checkout', 'and so does a reload');
  await page.goBack();
  await waitUntil(async () => (await item.title().textContent())?.trim() === 'Amazon Web Services', 'back to the vendor page');
  await item.goto('#/no/such/screen');
  await page.getByRole('heading', { name: 'This address is not a Lifeline screen' }).waitFor();
  await item.goto('#/');
  await home.vendorList().waitFor();
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
