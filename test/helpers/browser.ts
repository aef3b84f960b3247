// Debian's Chromium under playwright-core: one browser per test file, a fresh context per test, and
// recorders for console errors and any request that leaves loopback.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.LIFELINE_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Every request whose host is not 127.0.0.1/localhost (there must be none). */
  foreignRequests: string[];
}

export async function openPage(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; clipboard?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    permissions: options.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
  });
  context.setDefaultTimeout(10_000); // fail in seconds, not Playwright's default 30 s
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (!loopback && url.protocol !== 'data:') foreignRequests.push(request.url());
  });
  return { context, page, consoleErrors, foreignRequests };
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}
