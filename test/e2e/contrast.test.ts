// Legibility at 3 a.m.: WCAG contrast of the text that matters, in both themes, measured in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../helpers/browser.ts';
import { sharedBrowserAndDemo } from './fixtures/demo-preview.ts';
import { HomePage } from './pages/home-page.ts';

const shared = sharedBrowserAndDemo();

// Text colour against the first opaque background up the tree, as WCAG contrast ratios.
const measure = `(selector) => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const el = document.querySelector(selector);
  if (!el) return -1;
  let bg = el;
  while (bg && (parse(getComputedStyle(bg).backgroundColor)[3] === 0 || getComputedStyle(bg).backgroundColor === 'transparent')) bg = bg.parentElement;
  const fg = lum(parse(getComputedStyle(el).color));
  const back = lum(parse(getComputedStyle(bg || document.body).backgroundColor));
  return (Math.max(fg, back) + 0.05) / (Math.min(fg, back) + 0.05);
}`;

const targets = [
  'a.phone-number',
  '.account-id',
  '.phone-label',
  '.phone-hours',
  '.phone-for',
  '.vendor-card h3',
  '.field-label',
  '.channels .muted',
  '[data-testid="demo-flag"]',
  '[data-testid="preview-flag"]',
  '.sync-button',
  '.response-times td',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} theme: key text meets WCAG AA contrast (4.5:1)`, async () => {
    const { page, context } = await openPage(shared.browser(), { colorScheme: scheme });
    await new HomePage(page).open(shared.demo().host.url);
    const failures: string[] = [];
    for (const selector of targets) {
      const ratio = await page.evaluate<number>(`(${measure})(${JSON.stringify(selector)})`);
      if (ratio < 4.5) failures.push(`${selector}: ${ratio.toFixed(2)}`);
    }
    assert.deepEqual(failures, []);
    await context.close();
  });
}
