import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchForPageErrors } from './browser';
import { freshDataDir, startHeadless, type Headless } from './headless';
import { recordOpeningCash, waitForProducts } from './selling';

export interface SellingHarness {
  server: Headless;
  browser: Browser;
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/** The cash in the drawer before the first sale of every selling e2e file. */
export const OPENING_CASH = 1_000_000;

/**
 * A fresh core (Sandbox: the four simulators in process, Rp 5.000.000 deposit each), opening cash
 * recorded, the start-up price-list sync done, and the cashier's page open on Home.
 */
export async function startSelling(): Promise<SellingHarness> {
  const data = freshDataDir();
  const server = await startHeadless(data.dir);
  await recordOpeningCash(server, OPENING_CASH);
  await Promise.all(['pulsa', 'data', 'pln_token', 'bill'].map((c) => waitForProducts(server, c)));
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems = watchForPageErrors(page);
  await page.goto(server.url);
  await page.getByTestId('home').waitFor();
  return {
    server,
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      await server.stop();
      data.remove();
    },
  };
}
