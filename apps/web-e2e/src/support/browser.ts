import { Browser, chromium, Page } from 'playwright-core';
import { Viewport } from './viewports';
import { baseUrl } from './workspace';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless. Playwright gives every launch a fresh temporary
 * profile (--user-data-dir) and removes it on close, so no cookie or stored
 * language survives from one run to the next.
 */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in a browser context of its own, at the given size, on the server
 * under test: nobody signed in, nothing stored. Also for a second person in
 * one test, e.g. someone opening the link from an e-mail. Close its context.
 */
export async function openFreshPage(browser: Browser | null, viewport: Viewport): Promise<Page> {
  if (!browser) throw new Error('The page has no browser');
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export interface BrowserFixture {
  /** A page in a context of its own, new for every test: nobody is signed in, nothing is stored. */
  readonly page: Page;
}

/**
 * Registers Jest hooks that give each test a fresh page at the given size,
 * opened on the server under test, in a Dutch browser in the Netherlands.
 */
export function useBrowser(viewport: Viewport): BrowserFixture {
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('The browser did not start');
    page = await openFreshPage(browser, viewport);
  });

  afterEach(async () => {
    await page?.context().close();
    page = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get page() {
      if (!page) throw new Error('The page exists only inside a test');
      return page;
    },
  };
}
