// The 50-vendor binder to PDF: generated plans published by the real CLI and synced by the preview
// host's real core, the binder route rendered by the renderer in Chromium and printed with page.pdf,
// exactly as the print tests do. Timed from asking for #/print/all to holding the PDF's bytes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewHost } from '../../main/preview/host.ts';
import { createPreviewCore } from '../../main/preview/preview-core.ts';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { pdfText, showSheet } from '../../test/e2e/fixtures/print-pdf.ts';
import { medianMs, runsFor, type BenchOptions, type Figure, type Section } from '../report.ts';
import { publishedCorpus } from '../search/corpus.ts';

/** The generator makes one vendor per six documents. */
const BINDER_VENDORS = 50;

export const section: Section = {
  name: 'print',
  title: 'a 50-vendor binder (contents, vendor sheets, service checklists) rendered and printed to PDF in Chromium',
  async run(options: BenchOptions): Promise<Figure[]> {
    const work = await mkdtemp(join(tmpdir(), 'lifeline-bench-print-'));
    const browser = await launchBrowser();
    try {
      const { bundle } = await publishedCorpus(work, BINDER_VENDORS * 6);
      const core = await createPreviewCore({
        stateDir: join(work, 'state'),
        sources: [],
        rootPath: join(work, 'keys', 'root.json'),
        demo: null,
      });
      const host = await startPreviewHost({ core, appVersion: 'bench' });
      try {
        const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        await page.goto(host.url);
        let bytes: Buffer = Buffer.alloc(0);
        const binderMs = await medianMs(runsFor(options), async () => {
          // Leave the binder first, so each run renders it afresh.
          await page.evaluate("location.hash = '#/'");
          await page.locator('html:not([data-print-ready])').waitFor({ state: 'attached' });
          await showSheet(page, '#/print/all');
          bytes = await page.pdf({ format: 'A4' });
        });
        const pdf = pdfText(bytes);
        const vendorPages = pdf.pages.filter((text) => text.includes('Severities and first response')).length;
        return [
          { label: 'vendors in the binder', value: bundle.vendors.length, unit: '' },
          { label: 'services in the binder (one checklist per severity each)', value: bundle.services.length, unit: '' },
          { key: 'print_binder_ms', label: 'binder to PDF (A4)', value: binderMs, unit: 'ms', target: '<= 3000' },
          { key: 'print_binder_pages', label: 'pages in the binder', value: pdf.pages.length, unit: '' },
          { label: 'pages with a vendor sheet', value: vendorPages, unit: '' },
          { label: 'PDF size', value: bytes.byteLength / 1024, unit: 'KiB' },
        ];
      } finally {
        core.stop();
        await host.close();
      }
    } finally {
      await browser.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};
