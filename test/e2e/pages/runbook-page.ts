// Page object: a runbook's page (#/runbooks/<id>): its title, and its Markdown body rendered inert.
import type { Locator } from 'playwright-core';
import { ItemPage } from './vendor-page.ts';

export class RunbookPage extends ItemPage {
  body(): Locator {
    return this.main.getByTestId('runbook-body');
  }
}
