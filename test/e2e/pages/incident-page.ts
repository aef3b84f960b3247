// Page object: one incident (#/incidents/<id>): the runbook it was started with (as on the escalation
// screen), then its notes, close and exports.
import type { Locator } from 'playwright-core';
import { EscalationPage } from './escalation-page.ts';

export class IncidentPage extends EscalationPage {
  /** "Save Markdown…", "Copy JSON"... */
  exportButton(name: string): Locator {
    return this.main.getByRole('region', { name: 'Export', exact: true }).getByRole('button', { name, exact: true });
  }
  /** The export shown on screen when the host cannot save files, named by its file name. */
  exportText(filename: string): Locator {
    return this.main.getByLabel(`Export ${filename}`);
  }
}
