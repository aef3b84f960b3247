// Page object: a vendor's own page (#/vendors/<id>), and what every item page shares (the service and
// runbook pages build on it: service-page.ts, runbook-page.ts).
import type { Locator, Page } from 'playwright-core';
import { VendorCard } from './home-page.ts';
import { SheetBar } from './sheet-bar.ts';
import { StatusBar } from './status-bar.ts';

export class ItemPage {
  readonly statusBar: StatusBar;
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
  /** The item's title: the first h2 of the main area (the h1 is the status bar's). */
  title(): Locator {
    return this.main.getByRole('heading', { level: 2 }).first();
  }
  missing(kind: 'vendor' | 'service' | 'runbook'): Locator {
    return this.page.getByTestId(`missing-${kind}`);
  }
  vendor(vendorId: string): VendorCard {
    return new VendorCard(this.main.locator(`article[data-vendor="${vendorId}"]`));
  }
  /** tel: links by accessible name ("Call Azion Support line +55 ..."). */
  callLinks(name: RegExp): Locator {
    return this.main.getByRole('link', { name });
  }
  section(name: string | RegExp): Locator {
    return this.main.getByRole('region', { name });
  }
}
