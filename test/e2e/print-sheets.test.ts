// Every printed sheet of the demo bundle as PDF in Chromium, A4 and Letter: its text and its pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { openPage, screenshotPath } from '../helpers/browser.ts';
import { sharedBrowserAndDemo } from './fixtures/demo-preview.ts';
import { PAPER_FORMATS, printToPdf, shownHash } from './fixtures/print-pdf.ts';
import { PrintSheet } from './pages/print-sheet.ts';
import { serviceSheetHash, vendorSheetHash } from '../../renderer/src/features/print/sheet-content.ts';
import { lookupEscalation } from '../../main/domain/escalation/plan.ts';
import type { Bundle, EscalationPlan } from '../../preload/contract.ts';
import { deadlineText } from '../../renderer/src/features/print/print-format.ts';

const shared = sharedBrowserAndDemo();

async function demoBundle() {
  const bundle = await shared.demo().core.bundle();
  assert.ok(bundle, 'the demo bundle is installed');
  return bundle;
}

/** pdftotext keeps words but may break lines anywhere: compare without white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const includes = (haystack: string, needle: string, what: string) =>
  assert.ok(squeeze(haystack).includes(squeeze(needle)), `${what}: “${needle}” is printed`);

test('every demo vendor sheet is exactly one page in A4 and in Letter, with numbers, accounts, severities, version and hash', async () => {
  const bundle = await demoBundle();
  const { page, context, consoleErrors, foreignRequests } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  for (const vendor of bundle.vendors) {
    for (const format of PAPER_FORMATS) {
      const pdf = await printToPdf(page, `#/print/vendor/${vendor.id}`, format);
      writeFileSync(screenshotPath(`print-vendor-${vendor.id}-${format}.pdf`), pdf.bytes);
      assert.equal(pdf.pages.length, 1, `${vendor.id} in ${format} fits on one page (got ${pdf.pages.length})`);
      const hash = vendorSheetHash(bundle, vendor);
      assert.equal(await shownHash(page), hash, 'the sheet shows the hash of its own content');
      includes(pdf.text, `sheet ${hash} of bundle ${bundle.id} v${bundle.version}`, 'stamp');
      includes(pdf.text, `version ${bundle.version}`, 'bundle version');
      includes(pdf.text, vendor.name, 'vendor name');
      for (const account of vendor.accounts) includes(pdf.text, account, 'account id');
      for (const channel of vendor.channels) includes(pdf.text, channel.value, `${channel.type} channel`);
      for (const contact of vendor.contacts) {
        includes(pdf.text, contact.name, 'contact');
        if (contact.phone) includes(pdf.text, contact.phone.display, 'contact phone');
      }
      for (const severity of vendor.severities) {
        includes(pdf.text, `${severity.name} ${deadlineText(severity.firstResponseMinutes)}`, 'severity row with its first response');
      }
      if (vendor.contract) includes(pdf.text, vendor.contract.reference, 'contract reference');
      if (vendor.statusPage) includes(pdf.text, vendor.statusPage, 'status page address');
      assert.doesNotMatch(pdf.text, /Loading|Nothing to print/);
    }
  }
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, [], 'QR codes and sheets are made locally');
  await context.close();
});

test('the wallet cards: most severe phone line, account id and version, eight cards to a page', async () => {
  const bundle = await demoBundle();
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  for (const format of PAPER_FORMATS) {
    const pdf = await printToPdf(page, '#/print/wallet', format);
    writeFileSync(screenshotPath(`print-wallet-${format}.pdf`), pdf.bytes);
    assert.equal(pdf.pages.length, Math.max(1, Math.ceil(bundle.vendors.length / 8)));
    includes(pdf.text, '+55 51 3083 8111', 'Azion support line');
    includes(pdf.text, '+1 312 555 0187', 'Keystone Severity 1 hotline');
    for (const vendor of bundle.vendors) for (const account of vendor.accounts) includes(pdf.text, account, 'account id');
    includes(pdf.text, `bundle ${bundle.id} v${bundle.version}`, 'bundle version on the cards');
  }
  const card = await new PrintSheet(page).walletCards().first().boundingBox();
  assert.ok(card);
  const mm = (px: number) => (px * 25.4) / 96;
  assert.ok(Math.abs(mm(card.width) - 85.6) < 0.3 && Math.abs(mm(card.height) - 54) < 0.3, 'ID-1 card size');
  await context.close();
});

test('the binder: a contents page, then every vendor sheet on its own page, then every service checklist', async () => {
  const bundle = await demoBundle();
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  for (const format of PAPER_FORMATS) {
    const pdf = await printToPdf(page, '#/print/all', format);
    writeFileSync(screenshotPath(`print-binder-${format}.pdf`), pdf.bytes);
    assert.ok(pdf.pages.length >= 1 + bundle.vendors.length, `${format}: contents + one page per vendor`);
    const contents = pdf.pages[0] ?? '';
    assert.match(contents, /Contents/);
    for (const service of bundle.services) includes(contents, service.name, 'service in the contents');
    const vendors = [...bundle.vendors].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    vendors.forEach((vendor, index) => {
      const sheet = pdf.pages[index + 1] ?? '';
      includes(sheet, `V${index + 1} ${vendor.name}`, `page ${index + 2} starts vendor sheet`);
      includes(sheet, `sheet ${vendorSheetHash(bundle, vendor)} of bundle`, 'the same hash as the single sheet');
    });
    const rest = pdf.pages.slice(1 + vendors.length);
    const services = [...bundle.services].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    let from = 0;
    services.forEach((service, index) => {
      const at = rest.findIndex(
        (text, i) => i >= from && squeeze(text).includes(squeeze(`S${index + 1} ${service.name}: escalation checklist`)),
      );
      assert.ok(at >= from, `${format}: checklist S${index + 1} ${service.name} starts a page after the previous one`);
      from = at + 1;
    });
  }
  await context.close();
});

function planOf(bundle: Bundle, target: string, severity: string): EscalationPlan {
  const lookup = lookupEscalation(bundle, target, severity, Date.now());
  assert.equal(lookup.status, 'plan');
  return lookup.plan;
}

test('a service checklist at one severity: per vendor the severity to open, account, allowed channels, blanks and deadline', async () => {
  const bundle = await demoBundle();
  const service = bundle.services.find((s) => s.id === 'checkout');
  assert.ok(service);
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  for (const severity of bundle.severities) {
    const plan = planOf(bundle, service.id, severity.id);
    for (const format of PAPER_FORMATS) {
      const pdf = await printToPdf(page, `#/print/service/${service.id}?severity=${severity.id}`, format);
      writeFileSync(screenshotPath(`print-service-${service.id}-${severity.id}-${format}.pdf`), pdf.bytes);
      const hash = serviceSheetHash(bundle, service, [plan]);
      assert.equal(await shownHash(page), hash, 'the checklist hash is the escalation screen’s hash for this plan');
      includes(pdf.text, `sheet ${hash} of bundle ${bundle.id} v${bundle.version}`, 'stamp');
      assert.ok(pdf.pages.length <= plan.vendors.length + 1, `${format}: at most a page per vendor`);
      for (const vendor of plan.vendors) {
        includes(pdf.text, vendor.name, 'vendor');
        if (vendor.severity) {
          includes(pdf.text, vendor.severity.name, 'vendor severity to open');
          const due = `first response due ${deadlineText(vendor.severity.firstResponseMinutes)}${vendor.severity.businessHours ? ' business hours' : ''}`;
          includes(pdf.text, due, 'deadline');
        }
        for (const account of vendor.accounts) includes(pdf.text, account, 'account id');
        for (const channel of vendor.channels) includes(pdf.text, channel.value, 'allowed channel');
        const vendorData = bundle.vendors.find((v) => v.id === vendor.id);
        for (const hidden of vendorData?.channels.filter((c) => c.for !== null && !c.for.includes(severity.id)) ?? []) {
          assert.ok(!squeeze(pdf.text).includes(squeeze(hidden.value)), `${hidden.value} is not for ${severity.id}`);
        }
      }
      assert.equal((pdf.text.match(/case number: _+/g) ?? []).length, plan.vendors.length, 'one case number blank per vendor');
      assert.equal((pdf.text.match(/due at: __:__/g) ?? []).length, plan.vendors.length, 'one due-at blank per vendor');
      for (const contact of plan.contacts) includes(pdf.text, contact.name, 'internal contact');
    }
  }
  await context.close();
});

test('a service checklist without a severity: one section per internal severity, most severe first, each with its own stamp', async () => {
  const bundle = await demoBundle();
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  for (const service of bundle.services) {
    const plans = bundle.severities.map((s) => planOf(bundle, service.id, s.id));
    const pdf = await printToPdf(page, `#/print/service/${service.id}`, 'Letter');
    assert.equal(await shownHash(page), serviceSheetHash(bundle, service, plans), 'the whole checklist’s hash is the service page’s');
    const text = squeeze(pdf.text);
    const starts = bundle.severities.map((severity) => text.indexOf(squeeze(`${severity.name} (${severity.id}): ${service.name}`)));
    assert.ok(
      starts.every((index) => index >= 0),
      `${service.id}: every severity has its section`,
    );
    assert.deepEqual(
      [...starts].sort((a, b) => a - b),
      starts,
      'most severe first',
    );
    assert.ok(text.indexOf('Escalationsteps') > (starts.at(-1) ?? Infinity), 'then the escalation steps, once');
    assert.ok(pdf.pages.length <= bundle.severities.length * 2, `${service.id}: compact (${pdf.pages.length} pages)`);
    plans.forEach((plan) => includes(pdf.text, `sheet ${serviceSheetHash(bundle, service, [plan])} of bundle`, 'each section’s own stamp'));
  }
  await context.close();
});

test('an unknown vendor prints a clear problem, not an empty page', async () => {
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  const pdf = await printToPdf(page, '#/print/vendor/no-such-vendor', 'A4');
  assert.match(pdf.text, /No vendor with id “no-such-vendor”/);
  await context.close();
});

test('an incident prints as a timeline: vendors with case numbers, then every log entry with its chain hash', async () => {
  const { page, context } = await openPage(shared.browser());
  await page.goto(shared.demo().host.url);
  const started = await page.evaluate<{ ok: boolean; value?: { id: string }; error?: { message: string } }>(
    "window.lifeline.startIncident('checkout', 'sev1')",
  );
  assert.ok(started.ok && started.value, `started: ${started.error?.message}`);
  const id = started.value.id;
  const cased = await page.evaluate<{ ok: boolean }>(`window.lifeline.setIncidentCaseNumber(${JSON.stringify(id)}, 'azion', 'AZ-778812')`);
  assert.ok(cased.ok);
  const noted = await page.evaluate<{ ok: boolean }>(`window.lifeline.addIncidentNote(${JSON.stringify(id)}, 'Edge 5xx in São Paulo')`);
  assert.ok(noted.ok);
  for (const format of PAPER_FORMATS) {
    const pdf = await printToPdf(page, `#/print/incident/${id}`, format);
    writeFileSync(screenshotPath(`print-incident-${format}.pdf`), pdf.bytes);
    includes(pdf.text, `Incident ${id}: Checkout`, 'title');
    includes(pdf.text, 'AZ-778812', 'case number');
    includes(pdf.text, 'Note: Edge 5xx in São Paulo', 'note');
    includes(pdf.text, 'Log (3 entries, hash-chained)', 'every entry');
    assert.match((await shownHash(page)) ?? '', /^[0-9a-f]{6}$/);
  }
  await context.close();
});
