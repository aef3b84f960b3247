// Plans nobody has seen: a vendor with many lines, people, severities and steps, and long words, still
// prints on one page in A4 and Letter with every number on it; a vendor too big even at the densest
// type continues on a second page rather than losing rows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { Channel, Contact, Vendor } from '../../main/model/bundle.ts';
import { startPreviewHost, type PreviewHost } from '../../main/preview/host.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { fixtureBundle } from './fixtures/bundle.ts';
import { createFakeCore } from './fixtures/fake-core.ts';
import { PAPER_FORMATS, printToPdf } from './fixtures/print-pdf.ts';

const always = { kind: '24x7' } as const;
const phone = (n: number): Channel => ({
  type: 'phone',
  value: `+1 415 555 01${String(n).padStart(2, '0')}`,
  dial: `+141555501${String(n).padStart(2, '0')}`,
  label: `Regional hotline ${n} for the payments platform, enterprise tier and above (ask for the duty manager)`,
  hours:
    n % 2
      ? always
      : { kind: 'business', timezone: 'America/Los_Angeles', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:00', to: '19:00' },
  for: n % 3 ? ['sev1', 'sev2'] : null,
});
const contact = (n: number, verified: string | null): Contact => ({
  name: `Contact Person Number${n}`,
  role: 'Technical account manager for the EMEA and APAC regions, second line',
  phone: { display: `+44 20 7946 09${String(n).padStart(2, '0')}`, e164: `+44207946090${n}` },
  email: `contact.person.number${n}@very-long-vendor-domain-name.example`,
  verified,
});

/** `scale` 2: four phone lines, three other channels, seven severities, three people, three steps, four accounts. */
function vendor(id: string, scale: number): Vendor {
  return {
    id,
    name: `Vendor with a long name ${scale}x (Holdings International)`,
    plan: 'Enterprise Mission Critical Plus with Designated Engineering',
    accounts: Array.from({ length: 2 * scale }, (_, i) => `ACCT-${id.toUpperCase()}-000${i}-PRODUCTION-EU-WEST`),
    statusPage: `https://status.${id}.example/components/payments/incidents?region=all&amp;view=timeline`,
    hours: always,
    channels: [
      ...Array.from({ length: 2 * scale }, (_, i) => phone(i + 1)),
      {
        type: 'portal',
        value: `https://support.${id}.example/tickets/new?product=payments&priority=urgent`,
        label: 'Portal',
        hours: always,
        for: null,
      },
      { type: 'email', value: `priority-support@${id}.example`, label: 'Email', hours: always, for: ['sev3', 'sev4'] },
      { type: 'slack', value: `#ext-${id}-war-room-shared-channel`, label: 'Shared channel', hours: always, for: null },
    ],
    severities: Array.from({ length: 3 + 2 * scale }, (_, i) => ({
      name: `Severity level ${i + 1}: impact described at length by the vendor`,
      firstResponse: '15m',
      firstResponseMinutes: [15, 60, 240, 480, 1440, 2880, 30, 120, 720, 90, 45][i % 11] ?? 60,
      businessHours: i % 2 === 1,
      matches: `sev${(i % 4) + 1}`,
      description: 'Described',
    })),
    contacts: Array.from({ length: Math.max(3, 2 * scale - 1) }, (_, i) =>
      contact(i + 1, i === 0 ? '2020-01-01' : i === 1 ? null : '2026-11-20'),
    ),
    escalation: Array.from({ length: Math.max(3, 2 * scale - 1) }, (_, i) => ({
      after: i === 0 ? ({ kind: 'first_response' } as const) : ({ kind: 'duration', minutes: 30 * i, text: `${30 * i}m` } as const),
      action:
        'Call the named contact with the case number, the business impact in one sentence and the time the case was opened; ask for the duty manager.',
      contact: `Contact Person Number${i + 1}`,
    })),
    contract: { renews: '2027-05-31', reference: `CONTRACT-${id.toUpperCase()}-2026-000123` },
  };
}

let browser: Browser | undefined;
let host: PreviewHost | undefined;
const dense = vendor('dense', 2);
const huge = vendor('huge', 7);

before(async () => {
  const bundle = { ...fixtureBundle(), vendors: [dense, huge] };
  [browser, host] = await Promise.all([launchBrowser(), startPreviewHost({ core: createFakeCore(bundle), appVersion: 'test' })]);
});
after(async () => {
  await browser?.close();
  await host?.close();
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

test('a dense vendor still prints on one page, every number and account on it, stale contacts said in words', async () => {
  assert.ok(browser && host);
  const { page, context } = await openPage(browser);
  await page.goto(host.url);
  for (const format of PAPER_FORMATS) {
    const pdf = await printToPdf(page, '#/print/vendor/dense', format);
    assert.equal(pdf.pages.length, 1, `${format}: one page`);
    const text = squeeze(pdf.text);
    for (const channel of dense.channels) assert.ok(text.includes(squeeze(channel.value)), `${channel.value} printed`);
    for (const account of dense.accounts) assert.ok(text.includes(squeeze(account)), `${account} printed`);
    for (const person of dense.contacts) assert.ok(text.includes(squeeze(person.phone?.display ?? '')), `${person.name}'s number printed`);
    assert.match(pdf.text, /STALE: verified 2020-01-01/);
    assert.match(pdf.text, /NOT VERIFIED/);
  }
  await context.close();
});

test('a vendor too big for one page continues on the next instead of losing rows', async () => {
  assert.ok(browser && host);
  const { page, context } = await openPage(browser);
  await page.goto(host.url);
  const pdf = await printToPdf(page, '#/print/vendor/huge', 'Letter');
  assert.ok(pdf.pages.length >= 2);
  const text = squeeze(pdf.text);
  for (const channel of huge.channels) assert.ok(text.includes(squeeze(channel.value)), `${channel.value} printed`);
  for (const step of huge.escalation) assert.ok(text.includes(squeeze(step.contact ?? '')), `escalation to ${step.contact} printed`);
  await context.close();
});
