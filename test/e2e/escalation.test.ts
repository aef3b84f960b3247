// The escalation runbook and incidents in Chromium through the preview host, on a clock started with
// --now: the Friday 17:30 London business-hours deadline, channels limited by severity, a deadline
// passing and the escalation step coming forward, an incident surviving a restart, exports verified.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotPath } from '../helpers/browser.ts';
import { runLifeline } from '../helpers/cli.ts';
import { createTestRepo, type TestRepo } from '../helpers/tuf-repo.ts';
import { startClockPreview, type ClockPreview } from './fixtures/clock-preview.ts';
import { escalationBundle, SEV1_ONLY_PHONE, TAM_PHONE } from './fixtures/escalation-bundle.ts';
import { EscalationPage } from './pages/escalation-page.ts';
import { HomePage } from './pages/home-page.ts';
import { IncidentPage } from './pages/incident-page.ts';
import { IncidentsPage } from './pages/incidents-page.ts';

let browser: Browser;
let repo: TestRepo;
let stateDir: string;
let preview: ClockPreview;
let incidentId = '';

const start = (now: string) => startClockPreview({ stateDir, now, source: repo.repoDir, rootPath: repo.rootPath });

before(async () => {
  [browser, repo, stateDir] = await Promise.all([launchBrowser(), createTestRepo(), mkdtemp(join(tmpdir(), 'lifeline-escalation-'))]);
  await repo.publish(escalationBundle());
  // Friday 27 November 2026, 17:30 in London (GMT).
  preview = await start('2026-11-27T17:30:00Z');
});

after(async () => {
  await preview?.stop();
  await browser?.close();
  await repo?.cleanup();
});

async function openAt(
  hash: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  // New York local time, so the vendor's London time and the local time differ on screen.
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 1000 }, timezoneId: 'America/New_York' });
  // The first page waits for the host's first sync and search index; CI machines are shared.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(preview.url);
  await page.waitForFunction('!location.hash.includes("token")');
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  return { page, errors, close: () => context.close() };
}

test('business hours: opened Friday 17:30 London on Mon-Fri 09:00-18:00 with 8 h is due Monday 16:30 London', async () => {
  const { page, close } = await openAt('#/escalate/thames-hosting?severity=sev3');
  const escalation = new EscalationPage(page);
  const planned = escalation.ifOpenedNow('thames-hosting');
  await planned.waitFor();
  assert.match(await planned.innerText(), /If opened now: due Mon 30 Nov, 16:30 Europe\/London · Mon 30 Nov, 11:30 local/);
  assert.equal(await escalation.title().innerText(), 'Thames Hosting: Sev3 escalation');
  await escalation.main.getByText(/Support hours: Mon–Fri 09:00–18:00 \(Europe\/London\) · closes in 30 min/).waitFor();
  await close();
});

test('plan-limited channels: the sev1-only line is not shown at sev3, and is at sev1', async () => {
  const low = await openAt('#/escalate/thames-hosting?severity=sev3');
  const sev3 = new EscalationPage(low.page);
  await low.page.getByText('Open at').first().waitFor();
  assert.equal(await low.page.getByText(SEV1_ONLY_PHONE).count(), 0);
  assert.match(await sev3.main.innerText(), /1 channel is reserved for other severities and not shown at Sev3/);
  await low.close();
  const high = await openAt('#/escalate/thames-hosting?severity=sev1');
  await new EscalationPage(high.page).callLink(`Call Critical incident line of Thames Hosting: ${SEV1_ONLY_PHONE}`).waitFor();
  await high.close();
});

test('without a severity the scale is offered, most severe first, one keystroke each', async () => {
  const { page, close } = await openAt('#/escalate/shop');
  const escalation = new EscalationPage(page);
  await escalation.heading('Escalate Web shop: how severe is it?').waitFor();
  const choices = await escalation.severityChoices().allInnerTexts();
  assert.deepEqual(
    choices.map((c) => c.replace(/\s+/g, ' ').trim()),
    ['1 Sev1 (sev1)', '2 Sev2 (sev2)', '3 Sev3 (sev3)', '4 Sev4 (sev4)'],
  );
  await page.screenshot({ path: screenshotPath('escalate-severity-light.png') });
  await page.keyboard.press('1');
  await escalation.heading('Web shop: Sev1 escalation').waitFor();
  assert.match(await page.evaluate<string>('location.hash'), /^#\/escalate\/shop\?severity=sev1$/);
  await close();
  const unknown = await openAt('#/escalate/no-such-thing?severity=sev1');
  const missing = new EscalationPage(unknown.page);
  await missing.heading(/No service or vendor with id “no-such-thing”/).waitFor();
  assert.equal(await missing.searchFor('no-such-thing').count(), 1);
  await unknown.close();
});

test('Start incident, open the case: a live countdown, no alert before the deadline', async () => {
  const { page, errors, close } = await openAt('#/escalate/shop?severity=sev1');
  const escalation = new EscalationPage(page);
  await escalation.startIncident().click();
  await escalation.incidentLine().waitFor();
  incidentId = (await escalation.incidentLink().innerText()).trim();
  assert.match(incidentId, /^20261127-1730-shop-[0-9a-f]{4}$/);
  await escalation.caseOpened('Thames Hosting').check();
  await escalation.deadline('thames-hosting').waitFor();
  assert.match(await escalation.deadline('thames-hosting').innerText(), /0:1[45]:\d\d left/);
  await escalation.caseNumber('Thames Hosting').fill('TH-4411');
  await escalation.saveCaseNumber().first().click();
  await page.getByText('done').first().waitFor();
  assert.equal(await escalation.caseOpened('Thames Hosting').isChecked(), true);
  assert.equal(await escalation.dueAlerts().count(), 0, 'no escalation step is due yet');
  await page.screenshot({ path: screenshotPath('escalate-running-light.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

test('after a preview host restart the incident is still there; the deadline passes and the next step comes forward', async () => {
  await preview.stop();
  // When the case was opened, by main's clock, from the store itself; 15 min first response.
  const exported = runLifeline(['incident', 'export', incidentId, '--state', stateDir, '--format', 'json']);
  const entries = (JSON.parse(exported.stdout) as { entries: { kind: string; stepId?: string; at: string }[] }).entries;
  const openedAt = Date.parse(entries.find((e) => e.stepId === 'thames-hosting/case-opened')?.at ?? '');
  // Main's clock restarts 4 s before the first-response deadline.
  preview = await start(new Date(openedAt + 15 * 60_000 - 4000).toISOString());
  const { page, errors, close } = await openAt(`#/incidents/${incidentId}`);
  const incident = new IncidentPage(page);
  const opened = incident.caseOpened('Thames Hosting');
  await opened.waitFor();
  assert.equal(await opened.isChecked(), true, 'the check-off survived the restart');
  assert.equal(await incident.caseNumber('Thames Hosting').inputValue(), 'TH-4411');
  const alert = incident.dueAlerts('call the technical account manager');
  await alert.waitFor({ timeout: 30_000 });
  const text = await alert.innerText();
  assert.match(text, /No answer in time: call the technical account manager and quote the case number\./);
  assert.match(text, /Olivia Hart/);
  assert.match(text, new RegExp(TAM_PHONE.replace(/\+/g, '\\+')));
  assert.equal(await alert.getByRole('link', { name: `Call Olivia Hart: ${TAM_PHONE}` }).getAttribute('href'), 'tel:+442079460123');
  assert.equal(await incident.dueAlerts('support director').count(), 0, 'the 1 h step is not due yet');
  assert.match(await incident.deadline('thames-hosting').innerText(), /OVERDUE by/);
  await page.screenshot({ path: screenshotPath('escalate-due-light.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await close();
  const dark = await openAt(`#/incidents/${incidentId}`, 'dark');
  await new IncidentPage(dark.page).dueAlerts().first().waitFor();
  await dark.page.screenshot({ path: screenshotPath('escalate-due-dark.png'), fullPage: true });
  await dark.close();
});

test('incidents list (open first) and the home screen show the open incident', async () => {
  const { page, close } = await openAt('#/incidents');
  const incidents = new IncidentsPage(page);
  await incidents.heading().waitFor();
  await incidents.incident('Web shop: Sev1').waitFor();
  await page.screenshot({ path: screenshotPath('incidents-light.png') });
  await page.evaluate(`location.hash = '#/'`);
  await new HomePage(page).openIncidents().getByRole('link', { name: 'Web shop: Sev1' }).waitFor();
  await page.screenshot({ path: screenshotPath('home-open-incidents-light.png') });
  await close();
  const dark = await openAt('#/incidents', 'dark');
  await new IncidentsPage(dark.page).incident('Web shop: Sev1').waitFor();
  await dark.page.screenshot({ path: screenshotPath('incidents-dark.png') });
  await dark.close();
});

test('export in both formats; the JSON verifies and a tampered copy is rejected by incident verify', async () => {
  const { page, close } = await openAt(`#/incidents/${incidentId}`);
  const incident = new IncidentPage(page);
  await incident.exportButton('Save Markdown…').click();
  const md = await incident.exportText(`incident-${incidentId}.md`).inputValue();
  assert.match(md, /\| Time \| Step \| Case number \| Note \|/);
  assert.match(md, /Done: Case opened at Thames Hosting/);
  assert.match(md, /\| Case number at Thames Hosting \| TH-4411 \|/);
  await incident.exportButton('Save JSON…').click();
  const json = await incident.exportText(`incident-${incidentId}.json`).inputValue();
  await close();
  const file = join(stateDir, 'export.json');
  await writeFile(file, json);
  const ok = runLifeline(['incident', 'verify', file]);
  assert.equal(ok.code, 0, ok.stderr);
  const tampered = JSON.parse(json) as { entries: { caseNumber?: string }[] };
  const entry = tampered.entries.find((e) => e.caseNumber === 'TH-4411');
  assert.ok(entry);
  entry.caseNumber = 'TH-0000';
  await writeFile(file, JSON.stringify(tampered, null, 2));
  const bad = runLifeline(['incident', 'verify', file]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /entry \d+ \(case-number, .*\) was changed/);
  const list = runLifeline(['incident', 'list', '--state', stateDir]);
  assert.match(list.stdout, new RegExp(`${incidentId}  shop  sev1  started 2026-11-27T17:3\\d:\\d\\d\\.\\d{3}Z  open`));
  assert.ok((await readFile(join(stateDir, 'incidents', `${incidentId}.jsonl`), 'utf8')).includes('TH-4411'));
});

test('after a sync to a newer bundle the incident keeps its plan and says the plans changed; status details show old -> new', async () => {
  const newer = escalationBundle(8);
  const thames = newer.vendors.find((v) => v.id === 'thames-hosting');
  const tam = thames?.contacts.find((c) => c.name === 'Olivia Hart');
  if (tam) tam.phone = { display: '+44 20 7946 0777', e164: '+442079460777' };
  await repo.publish(newer);
  await preview.stop();
  preview = await start('2026-11-27T18:00:00Z'); // the preview host syncs its source on start
  const { page, close } = await openAt(`#/incidents/${incidentId}`);
  const incident = new IncidentPage(page);
  await incident.incidentLine().getByText('PLANS UPDATED').waitFor();
  assert.match(await incident.incidentLine().innerText(), /keeps showing version 1, the plan it was started with/);
  assert.ok((await incident.main.innerText()).includes(TAM_PHONE), 'the incident still shows the number it was started with');
  await close();
  const status = runLifeline(['status', '--state', stateDir, '--json']);
  const details = (JSON.parse(status.stdout) as { changes: { details: { kind: string; change: string; from?: string; to?: string }[] } })
    .changes.details;
  assert.ok(
    details.some((d) => d.kind === 'phone' && d.change === 'changed' && d.from === TAM_PHONE && d.to === '+44 20 7946 0777'),
    JSON.stringify(details),
  );
  assert.match(runLifeline(['status', '--state', stateDir]).stdout, /\+44 20 7946 0123 -> \+44 20 7946 0777/);
});
