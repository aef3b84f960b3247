// Page object: the escalation screen (#/escalate/<target>?severity=...): the severity picker when no
// severity is given, otherwise the runbook for one plan (Start incident, each vendor's steps, the
// deadlines and the escalation steps that come due). The incident page runs the same runbook.
import type { Locator, Page } from 'playwright-core';
import { SheetBar } from './sheet-bar.ts';
import { StatusBar } from './status-bar.ts';

export class EscalationPage {
  readonly statusBar: StatusBar;
  /** The checklist's (or vendor sheet's) stamp and print buttons; on an incident, the timeline's. */
  readonly sheetBar: SheetBar;
  readonly main: Locator;
  constructor(readonly page: Page) {
    this.statusBar = new StatusBar(page);
    this.sheetBar = new SheetBar(page);
    this.main = page.getByRole('main');
  }
  /** Goes to `<base>#/<route>` in the same tab (the preview token is kept for the tab). */
  async goto(hash: string): Promise<this> {
    await this.page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
    return this;
  }
  /** The screen's title: the first h2 of the main area ("Web shop: Sev1 escalation"). */
  title(): Locator {
    return this.main.getByRole('heading', { level: 2 }).first();
  }
  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { name });
  }
  /** Without a severity: "Escalate <target>: how severe is it?" and the scale to pick from. */
  severityPicker(): Locator {
    return this.main.getByRole('region', { name: /: how severe is it\?$/ });
  }
  /** The severity buttons, most severe first. */
  severityChoices(): Locator {
    return this.severityPicker().getByRole('list').getByRole('button');
  }
  /** For an unknown target: the way on to search for it. */
  searchFor(id: string): Locator {
    return this.main.getByRole('link', { name: `Search for “${id}”` });
  }
  startIncident(): Locator {
    return this.main.getByRole('button', { name: 'Start incident' });
  }
  /** "INCIDENT OPEN <id>, started ...", and "PLANS UPDATED" once the bundle moved on. */
  incidentLine(): Locator {
    return this.page.getByTestId('incident-line');
  }
  incidentLink(): Locator {
    return this.incidentLine().getByRole('link');
  }
  caseOpened(vendorName: string): Locator {
    return this.main.getByRole('checkbox', { name: `Case opened at ${vendorName}` });
  }
  caseNumber(vendorName: string): Locator {
    return this.main.getByLabel(`Case number at ${vendorName}`);
  }
  saveCaseNumber(): Locator {
    return this.main.getByRole('button', { name: 'Save case number' });
  }
  /** Before the case is opened: when the first response would be due if it were opened now. */
  ifOpenedNow(vendorId: string): Locator {
    return this.page.getByTestId(`if-opened-now-${vendorId}`);
  }
  /** After: the live countdown to the first response, or how long it is overdue. */
  deadline(vendorId: string): Locator {
    return this.page.getByTestId(`deadline-${vendorId}`);
  }
  /** Escalation steps that have come due, each in an alert; `hasText` picks one. */
  dueAlerts(hasText?: string | RegExp): Locator {
    const alerts = this.page.getByRole('alert');
    return hasText === undefined ? alerts : alerts.filter({ hasText });
  }
  /** tel: links by accessible name ("Call Olivia Hart: +44 ..."). */
  callLink(name: string | RegExp): Locator {
    return this.main.getByRole('link', { name });
  }
}
