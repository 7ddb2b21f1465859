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

/**
 * Counts how many times an element with this data-testid is added to the page from now on, so a
 * test can prove something (a confirmation dialog) never appeared, not just that it is gone.
 * (Page scripts are strings here: this project's Node typecheck has no DOM types.)
 */
export async function countAppearances(page: Page, testId: string): Promise<() => Promise<number>> {
  const key = JSON.stringify(`__loketSeen:${testId}`);
  const selector = JSON.stringify(`[data-testid="${testId}"]`);
  await page.evaluate(`(() => {
    window[${key}] = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches(${selector}) || node.querySelector(${selector}))) window[${key}] += 1;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  return () => page.evaluate<number>(`window[${key}]`);
}

/** Every text a person could read or a script could lift: the HTML, what is typed in fields, storage. */
export async function everythingOnPage(page: Page): Promise<string> {
  const parts = [await page.content()];
  for (const field of await page.locator('input, textarea').all()) parts.push(await field.inputValue());
  parts.push(await page.evaluate<string>('JSON.stringify({ ...sessionStorage, ...localStorage })'));
  return parts.join('\n');
}

/** The data-testid of the element that has the keyboard focus. */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.locator(':focus').getAttribute('data-testid', { timeout: 2_000 });
}

/** Rupiah as the screen writes it once `textOf` has normalised the spaces: "Rp 5.200.000". */
export function rupiahText(amount: number): string {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 })
    .format(amount)
    .replace(/\s+/g, ' ');
}
