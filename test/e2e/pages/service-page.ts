// Page object: a service's page (#/services/<id>): one Escalate link per severity, the vendors it
// depends on (as cards with the number to dial), its contacts and runbooks.
import type { Locator } from 'playwright-core';
import { ItemPage } from './vendor-page.ts';

export class ServicePage extends ItemPage {
  /** "Escalate Sev1", "Escalate Sev2"... for the service named `serviceName`. */
  escalateLinks(serviceName: string): Locator {
    return this.main.getByRole('navigation', { name: `Escalate ${serviceName}` }).getByRole('link');
  }
  dependencies(): Locator {
    return this.main.getByRole('list', { name: 'Vendors it depends on' });
  }
  /** Links to other screens and tel: links by accessible name ("Hostile runbook", "Call Payments on call ..."). */
  link(name: string | RegExp): Locator {
    return this.main.getByRole('link', { name });
  }
}
