// Plan data carrying invisible and direction characters, shown through the real handlers and bridge:
// the phone number is shown, copied and dialled clean (with its extension in the tel: link), and
// every piece of data is its own bidi isolate so a U+202E never reverses the text around it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { Bundle } from '../../main/model/bundle.ts';
import { startPreviewHost, type PreviewHost } from '../../main/preview/host.ts';
import { launchBrowser, openPage, screenshotPath } from '../helpers/browser.ts';
import { fixtureBundle } from './fixtures/bundle.ts';
import { createFakeCore } from './fixtures/fake-core.ts';
import { clipboardText } from './fixtures/page-helpers.ts';
import { HomePage } from './pages/home-page.ts';

let browser: Browser;
let host: PreviewHost;

function hostileBundle(): Bundle {
  const bundle = fixtureBundle();
  const azion = bundle.vendors.find((v) => v.id === 'azion')!;
  azion.statusPage = 'https://\u0430pple.com/status';
  azion.channels[0] = {
    ...azion.channels[0]!,
    value: '+55 51 3083 8111 ext. 99\u202E\u200B',
    dial: '+555130838111',
    extension: '99',
    label: 'Line \u202Eenil troppus 7x42',
  };
  return bundle;
}

before(async () => {
  browser = await launchBrowser();
  host = await startPreviewHost({ core: createFakeCore(hostileBundle()) });
});
after(async () => {
  await browser?.close();
  await host?.close();
});

test('a phone number with an extension and trailing U+202E/U+200B: shown, copied and dialled clean', async () => {
  const { page, context } = await openPage(browser, { clipboard: true });
  const home = await new HomePage(page).open(host.url);
  const link = home.card('azion').phoneNumbers().first();
  assert.equal(await link.textContent(), '+55 51 3083 8111 ext. 99');
  assert.equal(await link.getAttribute('href'), 'tel:+555130838111;ext=99');
  const copy = page.getByRole('button', { name: 'Copy phone number +55 51 3083 8111 ext. 99' }).first();
  await copy.click();
  await copy.getByText('Copied').waitFor();
  assert.equal(await clipboardText(page), '+55 51 3083 8111 ext. 99');
  await page.screenshot({ path: screenshotPath('hostile-text.png') });
  await context.close();
});

test('a look-alike host (Cyrillic а) is shown and opened in punycode', async () => {
  const { page, context } = await openPage(browser);
  await new HomePage(page).open(host.url);
  const status = page.getByRole('link', { name: 'Azion status page' });
  assert.equal(await status.getAttribute('href'), 'https://xn--pple-43d.com/status');
  assert.match((await status.textContent()) ?? '', /Status page \(xn--pple-43d\.com\)/);
  await context.close();
});

test('data is shown in bidi isolates: a U+202E in a label does not leak into the text around it', async () => {
  const { page, context } = await openPage(browser);
  await new HomePage(page).open(host.url);
  const isolated = await page.evaluate<boolean>(
    "[...document.querySelectorAll('li, td, span, a, bdi, h3')].filter((el) => el.textContent).every((el) => getComputedStyle(el).unicodeBidi === 'isolate')",
  );
  assert.equal(isolated, true, 'every data element is a bidi isolate');
  await context.close();
});
