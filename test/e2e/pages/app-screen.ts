// Page object base: what every app screen carries (the status bar, main, and the sheet stamp with its
// print buttons where the screen has a printed counterpart), and in-tab navigation.
import type { Locator, Page } from 'playwright-core';
import { SheetBar } from './sheet-bar.ts';
import { StatusBar } from './status-bar.ts';

export class AppScreen {
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
  /** The screen's title: the first h2 of the main area (the h1 is the status bar's). */
  title(): Locator {
    return this.main.getByRole('heading', { level: 2 }).first();
  }
}
