import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, rupiahText, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';
import { slow } from './support/selling';

/**
 * Tiket Pesawat (F4), search side, against the headless core and the MMBC simulator: a route found
 * through typos with arrows + Enter, a past date refused in the core's words, results sorted by
 * price and filtered by airline, a flight's price panel equal to the core's flights:price, and the
 * core's passenger errors next to their fields (Pesan with an error left opens no confirmation).
 */
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];
let removeData: () => void;

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A date `days` ahead in WIB (the simulator's and MMBC's calendar), YYYY-MM-DD. */
function wibDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const TRAVEL_DATE = wibDate(14);
const PAST_DATE = wibDate(-3);

beforeAll(async () => {
  const data = freshDataDir();
  removeData = data.remove;
  server = await startHeadless(data.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  problems = watchForPageErrors(page);
  await page.goto(server.url);
  await page.getByTestId('home').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeData?.();
});

/** Types a misspelt city, then walks the list with the arrow keys to `code` and takes it with Enter. */
async function pickArea(testid: string, typed: string, code: string): Promise<void> {
  const field = page.getByTestId(testid);
  await field.fill(typed);
  await page.getByTestId(`${testid}-option-${code}`).waitFor();
  const options = page.getByTestId(`${testid}-list`).getByRole('option');
  const codes = await options.evaluateAll((els) => els.map((el) => (el.getAttribute('data-testid') ?? '').split('-').pop()));
  for (let i = 0; i < codes.indexOf(code); i++) await field.press('ArrowDown');
  await expect.poll(() => page.getByTestId(`${testid}-option-${code}`).getAttribute('aria-selected')).toBe('true');
  await field.press('Enter');
}

async function rowPrices(): Promise<number[]> {
  return page.getByTestId('flight-results').locator('li.flight').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-price'))));
}

describe('Tiket Pesawat (F4)', () => {
  it('finds a route typed with typos by keyboard, and shows the core\'s refusal of a past date', async () => {
    await page.keyboard.press('F4');
    await page.getByTestId('view-flights').waitFor();
    await pickArea('flight-from', 'Jakrta', 'CGK');
    await expect.poll(() => page.getByTestId('flight-from').inputValue()).toBe('Jakarta (CGK)');
    await pickArea('flight-to', 'Denpsar', 'DPS');
    await expect.poll(() => page.getByTestId('flight-to').inputValue()).toBe('Denpasar (DPS)');
    await page.getByTestId('flight-swap').click();
    await expect.poll(() => page.getByTestId('flight-from').inputValue()).toBe('Denpasar (DPS)');
    await expect.poll(() => page.getByTestId('flight-to').inputValue()).toBe('Jakarta (CGK)');
    await page.getByTestId('flight-swap').click();
    await expect.poll(() => page.getByTestId('flight-from').inputValue()).toBe('Jakarta (CGK)');
    await page.getByTestId('pax-child-more').click();

    await page.getByTestId('flight-date').fill(PAST_DATE);
    await page.getByTestId('flight-search-go').click();
    const refusal = (await server.call('flights:search', { from: 'CGK', to: 'DPS', date: PAST_DATE, adult: 1, child: 1, infant: 0 })) as Answer<unknown>;
    expect(refusal.ok).toBe(false);
    const message = refusal.ok ? '' : refusal.error.message;
    await expect.poll(() => page.getByTestId('flight-search-error').textContent(), slow).toContain(message);
    expect(await page.getByTestId('flight-results').count()).toBe(0);
  });

  it('searches, sorts by price and filters by airline; logos arrive from the core as data: images', async () => {
    await page.getByTestId('flight-date').fill(TRAVEL_DATE);
    await page.getByTestId('flight-search-go').click();
    await page.getByTestId('flight-results').locator('li.flight').first().waitFor(slow);
    await page.getByTestId('flight-sort').selectOption('depart');
    await page.getByTestId('flight-sort').selectOption('price');
    const prices = await rowPrices();
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    const airlines = await page.getByTestId('flight-airline-filter').locator('option').evaluateAll((els) => els.map((el) => el.getAttribute('value') ?? '').filter(Boolean));
    expect(airlines.length).toBeGreaterThan(1);
    const chosenAirline = airlines[1]!;
    await page.getByTestId('flight-airline-filter').selectOption(chosenAirline);
    const shown = await page.getByTestId('flight-results').locator('li.flight').evaluateAll((els) => els.map((el) => el.getAttribute('data-airline')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([chosenAirline]));
    // The CSP allows no remote image: the core fetches each logo once and answers it as a data: URL.
    // Until a logo is stored its row shows the code badge; a later search shows the images.
    const remoteImages = () => page.getByTestId('airline-logo-img').evaluateAll((els) => els.filter((el) => !(el as unknown as { src: string }).src.startsWith('data:')).length);
    expect(await remoteImages()).toBe(0);
    await expect
      .poll(async () => {
        await page.getByTestId('flight-search-go').click();
        await page.getByTestId('flight-results').locator('li.flight').first().waitFor(slow);
        return page.getByTestId('airline-logo-img').evaluateAll((els) => els.filter((el) => { const img = el as unknown as { complete: boolean; naturalWidth: number }; return img.complete && img.naturalWidth > 0; }).length);
      }, slow)
      .toBeGreaterThan(0);
    expect(await remoteImages()).toBe(0);
  });

  it('prices the chosen flight as the core does, then shows the passenger errors next to their fields', async () => {
    // The simulator gives some flights only 1-6 seats, by date: choose a shown row with seats for the
    // adult and the child, so the test does not depend on the day it runs.
    const search = (await server.call('flights:search', { from: 'CGK', to: 'DPS', date: TRAVEL_DATE, adult: 1, child: 1, infant: 0 })) as Answer<{ flights: { key: string; flightNumber: string }[] }>;
    if (!search.ok) throw new Error(search.error.message);
    const rows = page.getByTestId('flight-results').locator('li.flight');
    type Quote = Answer<{ total: number; tax: number; publishFare: number; seatsLeft: number | null }>;
    let chosen: { flightNumber: string; quote: Quote } | undefined;
    for (const testId of await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''))) {
      const flightNumber = testId.replace(/^flight-/, '');
      const key = search.value.flights.find((f) => f.flightNumber === flightNumber)?.key;
      const quote = (await server.call('flights:price', { key, adult: 1, child: 1, infant: 0 })) as Quote;
      if (quote.ok && (quote.value.seatsLeft ?? 0) >= 2) {
        chosen = { flightNumber, quote };
        break;
      }
    }
    if (!chosen) throw new Error('no shown flight has 2 seats');
    await page.getByTestId(`flight-${chosen.flightNumber}`).getByTestId('flight-choose').click();
    await page.getByTestId('flight-price-total').waitFor(slow);
    const quote = chosen.quote;
    if (!quote.ok) throw new Error(quote.error.message);
    expect(await textOf(page, 'flight-price-total')).toBe(rupiahText(quote.value.total));
    expect(await textOf(page, 'flight-tax')).toBe(rupiahText(quote.value.tax));
    expect(await textOf(page, 'flight-publish')).toBe(rupiahText(quote.value.publishFare));
    expect(await textOf(page, 'flight-seats')).toMatch(/^\d+$/);

    await page.getByTestId('flight-price-continue').click();
    await page.getByTestId('pax-check').click();
    for (const id of ['pax-0-title-error', 'pax-0-fullName-error', 'pax-1-dateOfBirth-error', 'contact-email-error', 'contact-phone-error']) {
      await page.getByTestId(id).waitFor(slow);
    }
    expect(await page.getByTestId('pax-0-fullName').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('pax-0-fullName').fill('Budi Santoso');
    await page.getByTestId('pax-0-title').selectOption('Mr');
    await page.getByTestId('pax-check').click();
    await expect.poll(() => page.getByTestId('pax-0-fullName-error').count(), slow).toBe(0);
    await page.getByTestId('pax-1-dateOfBirth-error').waitFor();
    // Pesan checks again first: with an error left, no confirmation opens (booking: flights-booking.e2e.test.ts).
    await page.getByTestId('book-submit').click();
    await page.getByTestId('pax-1-dateOfBirth-error').waitFor();
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);
    await page.screenshot({ path: '/tmp/loket-e2e-flights.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
