// Page object: the incidents list (#/incidents), open ones first, each a link to continue it.
import type { Locator, Page } from 'playwright-core';

export class IncidentsPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Incidents', exact: true });
  }
  heading(): Locator {
    return this.root.getByRole('heading', { name: 'Incidents' });
  }
  /** An incident's link, named "<target>: <severity>" ("Web shop: Sev1"). */
  incident(name: string): Locator {
    return this.root.getByRole('link', { name });
  }
}
