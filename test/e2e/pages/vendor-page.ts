// Page object: a vendor's own page (#/vendors/<id>), and what every item page shares (the service and
// runbook pages build on it: service-page.ts, runbook-page.ts).
import type { Locator } from 'playwright-core';
import { VendorCard } from './home-page.ts';
import { AppScreen } from './app-screen.ts';

export class ItemPage extends AppScreen {
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
