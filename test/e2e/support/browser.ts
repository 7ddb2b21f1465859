import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt install chromium); playwright never downloads a browser here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects what would tell us the page is broken even when it looks fine: uncaught errors and
 * console errors (a CSP violation or a missing asset is reported as one). A 4xx from /api/ is not:
 * the core answers a refusal ("abc" is not an amount) with a 4xx status and a Result body, which
 * Chromium logs anyway.
 */
export function watchForPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const refusal = /\/api\//.test(message.location().url) && /status of 4\d\d/.test(message.text());
    if (!refusal) problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  return problems;
}

/** Intl writes "Rp" and the digits with a no-break space; compare texts the way a person reads them. */
export async function textOf(page: Page, testId: string): Promise<string> {
  const text = await page.getByTestId(testId).textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
