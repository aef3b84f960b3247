// The search screen as a user meets it, at `--docs` documents: preview host start to the first search
// result painted in Chromium, and each keystroke to its updated results painted.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureProgram, repoRoot } from '../../scripts/prebuilt.mjs';
import { launchBrowser, openPage } from '../../test/helpers/browser.ts';
import { median, percentile, runsFor, type BenchOptions, type Figure, type Section } from '../report.ts';
import { timeToLine } from '../processes.ts';
import { publishedCorpus } from '../search/corpus.ts';
import { INDEX_FILE } from '../../main/domain/search/index-store.ts';

const BOX = '#search-box';
const FIRST_RESULT = '.search-results .result-list li';
/** A keystroke whose results never settle within this counts at this value (and is reported). */
const KEYSTROKE_TIMEOUT_MS = 2_000;

/**
 * Arms a probe in the page for the next key press: it resolves with the time from the key event to the
 * frame painted after the results settled (aria-busy false). Page code as text: the Node side has no DOM.
 */
const ARM_PROBE = `(() => {
  const live = document.querySelector('.search-live');
  window.__keyToPaint = new Promise((resolve) => {
    let pressedAt = 0;
    const observer = new MutationObserver(() => {
      if (pressedAt === 0 || live.getAttribute('aria-busy') === 'true') return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressedAt)));
    });
    window.addEventListener('keydown', (event) => {
      pressedAt = event.timeStamp;
      observer.observe(live, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => resolve(${KEYSTROKE_TIMEOUT_MS}), ${KEYSTROKE_TIMEOUT_MS});
    }, { once: true, capture: true });
  });
})()`;
const AFTER_PAINT = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))';

/** The first start after a sync builds and stores the index in the background; later starts load it. */
async function indexStored(stateDir: string, timeoutMs = 300_000): Promise<void> {
  const generations = join(stateDir, 'generations');
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    for (const id of await readdir(generations)) {
      if (await stat(join(generations, id, INDEX_FILE)).catch(() => null)) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no search index was stored within ${timeoutMs} ms`);
}

async function startAndSearch(page: Page, stateDir: string, query: string): Promise<{ ms: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const host = await timeToLine(process.execPath, [join(repoRoot, 'scripts', 'preview.mjs'), '--state', stateDir], /^Lifeline preview: /);
  try {
    await page.goto(host.line.replace('Lifeline preview: ', ''));
    await page.fill(BOX, query);
    await page.waitForSelector(FIRST_RESULT, { timeout: 30_000 });
    await page.evaluate(AFTER_PAINT);
    return { ms: performance.now() - started, stop: host.stop };
  } catch (error) {
    await host.stop();
    throw error;
  }
}

export const section: Section = {
  name: 'launch',
  title: 'preview host start to the first search result painted, and keystroke to paint, in Chromium',
  async run(options: BenchOptions): Promise<Figure[]> {
    await ensureProgram('preview');
    const work = await mkdtemp(join(tmpdir(), 'lifeline-bench-launch-'));
    const browser = await launchBrowser();
    try {
      const { bundle } = await publishedCorpus(work, options.docs);
      const stateDir = join(work, 'state');
      const vendor = bundle.vendors[Math.floor(bundle.vendors.length / 2)]!.name;
      const { page, context } = await openPage(browser);
      const runs = runsFor(options, 5);
      const launches: number[] = [];
      // The warm-up start also stores the search index, as the app's first start after a sync does:
      // it runs until the index is on disk, so the measured starts load it as a user's next start does.
      for (let i = -1; i < runs; i++) {
        await page.goto('about:blank');
        const run = await startAndSearch(page, stateDir, vendor.slice(0, 4));
        if (i < 0) await indexStored(stateDir);
        else launches.push(run.ms);
        if (i < runs - 1) await run.stop();
        else {
          // Keystrokes on the last start: clear, then type the vendor's name one key at a time.
          await page.fill(BOX, '');
          const keystrokes: number[] = [];
          for (const key of `${vendor} ${vendor.split(' ')[0]}`.slice(0, options.quick ? 12 : 40)) {
            await page.evaluate(ARM_PROBE);
            await page.keyboard.press(key === ' ' ? 'Space' : key);
            keystrokes.push(Number(await page.evaluate('window.__keyToPaint')));
          }
          await run.stop();
          await context.close();
          return [
            {
              key: 'launch_to_search_ms',
              label: 'preview start to the first search result painted',
              value: median(launches),
              unit: 'ms',
              target: '<= 1000',
            },
            {
              key: 'keystroke_to_paint_ms',
              label: `key press to updated results painted, p95 of ${keystrokes.length}`,
              value: percentile(keystrokes, 95),
              unit: 'ms',
              target: '<= 50',
            },
            { label: 'key press to paint, median', value: median(keystrokes), unit: 'ms' },
            {
              label: `keystrokes that did not settle within ${KEYSTROKE_TIMEOUT_MS} ms`,
              value: keystrokes.filter((k) => k >= KEYSTROKE_TIMEOUT_MS).length,
              unit: '',
            },
          ];
        }
      }
      throw new Error('no runs');
    } finally {
      await browser.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};
