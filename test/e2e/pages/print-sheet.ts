// Page object: a print route's sheet (#/print/vendor/<id>, #/print/service/<id>, #/print/wallet,
// #/print/all, #/print/incident/<id>): the sheet alone, its stamp, and the wallet cards.
import type { Locator, Page } from 'playwright-core';
import { showSheet } from '../fixtures/print-pdf.ts';

export class PrintSheet {
  constructor(readonly page: Page) {}
  /** Shows the route in the same tab and waits until the sheet is laid out. */
  async show(route: string): Promise<this> {
    await showSheet(this.page, route);
    return this;
  }
  /** "sheet a1b2c3 of bundle demo v3", with the hash in data-sheet-hash. */
  stamp(): Locator {
    return this.page.getByTestId('sheet-stamp').first();
  }
  /** The wallet cards, one per vendor, each named "Wallet card: <vendor>". */
  walletCards(): Locator {
    return this.page.getByRole('group', { name: /^Wallet card: / });
  }
}
