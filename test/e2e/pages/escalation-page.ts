// Page object: the escalation screen (#/escalate/<target>?severity=...): the severity picker when no
// severity is given, otherwise the runbook for one plan (Start incident, each vendor's steps, the
// deadlines and the escalation steps that come due). The incident page runs the same runbook.
import type { Locator } from 'playwright-core';
import { AppScreen } from './app-screen.ts';

export class EscalationPage extends AppScreen {
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
