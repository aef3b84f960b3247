// Page object: what a screen with a printed counterpart shows (vendor and service pages, the escalation
// screen, an incident; home has the controls without a stamp): the sheet's stamp, Print and Save as PDF.
import type { Locator, Page } from 'playwright-core';

export class SheetBar {
  constructor(readonly page: Page) {}
  /** "sheet a1b2c3 of bundle demo v3", the hash in data-sheet-hash, as on paper. */
  stamp(): Locator {
    return this.page.getByTestId('sheet-stamp');
  }
  /** `what` as the buttons name it: "the Azion sheet", "the binder", "incident <id>". */
  print(what: string): Locator {
    return this.page.getByRole('button', { name: `Print ${what}` });
  }
  savePdf(what: string): Locator {
    return this.page.getByRole('button', { name: `Save ${what} as PDF` });
  }
  /** In the preview host: both buttons open the browser's print dialog. */
  previewNote(): Locator {
    return this.page.getByTestId('print-preview-note');
  }
}
