// Page object: the home screen (#/): open incidents, the search box and Vendors A–Z with its filter and letter bar.
import type { Locator } from 'playwright-core';
import { AppScreen } from './app-screen.ts';

/** Its sheet bar is Print and Save as PDF for the binder and the wallet cards. */
export class HomePage extends AppScreen {
  /** Opens the URL and waits until the vendor list is on screen. */
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.vendorList().waitFor({ state: 'visible' });
    return this;
  }
  vendorList(): Locator {
    return this.page.getByTestId('vendor-list');
  }
  filter(): Locator {
    return this.page.getByRole('searchbox', { name: 'Filter vendors' });
  }
  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search', exact: true });
  }
  /** "OPEN INCIDENTS (n)" above search, only while an incident is open. */
  openIncidents(): Locator {
    return this.page.getByRole('region', { name: /^OPEN INCIDENTS \(\d+\)$/ });
  }
  letterBar(): Locator {
    return this.page.getByRole('navigation', { name: 'Jump to letter' });
  }
  cards(): Locator {
    return this.vendorList().getByRole('article');
  }
  card(vendorId: string): VendorCard {
    return new VendorCard(this.vendorList().locator(`article[data-vendor="${vendorId}"]`));
  }
  async vendorNames(): Promise<string[]> {
    return (await this.cards().getByRole('heading', { level: 3 }).allTextContents()).map((name) => name.trim());
  }
}

/** One vendor as shown in the A–Z list or on its page: the same parts, found by role and label. */
export class VendorCard {
  constructor(readonly root: Locator) {}
  heading(): Locator {
    return this.root.getByRole('heading').first();
  }
  plan(): Locator {
    return this.root.getByTitle('Support plan held');
  }
  accountIds(): Locator {
    return this.root.getByTestId('account-id');
  }
  accountCopyButtons(): Locator {
    return this.root.getByRole('button', { name: /^Copy account id / });
  }
  /** The vendor's phone lines (not its people's numbers), as tel: links. */
  phoneNumbers(): Locator {
    return this.root.getByRole('list', { name: /phone lines$/ }).getByRole('link');
  }
  contacts(): Locator {
    return this.root.getByRole('list', { name: /contacts$/ });
  }
  contactCall(e164: string): Locator {
    return this.contacts().locator(`a[href="tel:${e164}"]`);
  }
}
