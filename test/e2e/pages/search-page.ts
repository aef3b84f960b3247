// Page object: the search box and its live results (home and #/search).
import type { Locator, Page } from 'playwright-core';
import { waitUntil } from '../fixtures/page-helpers.ts';

export class SearchPage {
  constructor(readonly page: Page) {}
  box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search', exact: true });
  }
  results(): Locator {
    return this.page.getByTestId('search-results');
  }
  /** "No results for ...", and what was searched for instead. */
  empty(): Locator {
    return this.page.getByTestId('search-empty');
  }
  /** Result links in screen order. */
  links(): Locator {
    return this.page.locator('a.search-hit-link');
  }
  group(name: 'Vendors' | 'Contacts' | 'Services' | 'Runbooks'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
  /** Types the query fresh and waits until results (or "No results") for exactly it are shown. */
  async search(query: string): Promise<void> {
    await this.box().fill(query);
    const expected = JSON.stringify(query.slice(0, 500));
    // Evaluated over CDP, not eval'd in the page: the app's CSP forbids string evaluation there.
    const shown = `document.querySelector('.search-results, .search-empty') !== null && document.querySelector('#search-box')?.value === ${expected} && document.querySelector('.search-live')?.getAttribute('aria-busy') === 'false'`;
    await waitUntil(() => this.page.evaluate<boolean>(shown), `results for ${expected.slice(0, 60)}`);
  }
  /** Waits until no answer is outstanding. */
  async settled(): Promise<void> {
    await waitUntil(
      () => this.page.evaluate<boolean>(`document.querySelector('.search-live')?.getAttribute('aria-busy') === 'false'`),
      'search settled',
    );
  }
}
