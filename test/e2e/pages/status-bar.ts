// Page object: the status bar every app screen carries (bundle facts, flags, Sync now, theme toggle).
import type { Locator, Page } from 'playwright-core';

export class StatusBar {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('banner', { name: 'Bundle status' });
  }
  title(): Locator {
    return this.root.getByRole('heading', { level: 1 });
  }
  version(): Locator {
    return this.page.getByTestId('bundle-version');
  }
  facts(): Locator {
    return this.root.getByRole('definition');
  }
  verifiedAt(): Locator {
    return this.page.getByTestId('verified-at');
  }
  syncButton(): Locator {
    return this.page.getByRole('button', { name: 'Sync now', exact: true });
  }
  syncMessage(): Locator {
    return this.page.getByTestId('sync-message');
  }
  themeToggle(): Locator {
    return this.page.getByRole('button', { name: 'Toggle dark mode' });
  }
  flag(which: 'demo-flag' | 'stale-flag' | 'preview-flag' | 'recovered-flag' | 'last-error' | 'changes'): Locator {
    return this.page.getByTestId(which);
  }
  async factsText(): Promise<string> {
    return (await this.facts().allTextContents()).join(' ');
  }
}
