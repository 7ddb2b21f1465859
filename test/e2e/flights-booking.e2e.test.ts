import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, rupiahText, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';
import { api, balanceOf, sales, simulatorUrl, slow } from './support/selling';

/**
 * Tiket Pesawat (F4), booking and issuing through the screens, against the headless core (counter
 * open) and the MMBC simulator: a family booked and issued with ticket numbers and an e-ticket that
 * is a real PDF; an expired booking that cannot be issued; an international route that demands
 * passports; an issue the deposit cannot cover (nothing recorded); an issue whose answer was lost,
 * settled by the status check without a second issue.
 */
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];
let removeData: () => void;
let mmbc: string;
let downloads: string;

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
interface ApiFlight {
  key: string;
  flightNumber: string;
  totalPrice: number;
}
interface Quote {
  total: number;
  sellingPrice: number;
  seatsLeft: number | null;
}
interface ApiBooking {
  id: number;
  bookingCode: string;
  status: string;
  ntaPrice: number;
  sellingPrice: number;
  saleId: number | null;
  saleState: string | null;
  issueBlockedReason: string | null;
  passengers: { fullName: string; ticketNumber: string | null }[];
}
interface Passenger {
  title: string;
  fullName: string;
  dateOfBirth?: string;
  passport?: { number: string; country: string; expiry: string };
}
interface Mix {
  adult: number;
  child: number;
  infant: number;
}

/** A date `days` ahead in WIB (the simulator's and MMBC's calendar), YYYY-MM-DD. */
function wibDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
/** The same calendar day `years` earlier (a birthday well inside each age band). */
function yearsBefore(day: string, years: number, months = 0): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
const TRAVEL_DATE = wibDate(21);
const ADULT_DOB = yearsBefore(TRAVEL_DATE, 35);
const CHILD_DOB = yearsBefore(TRAVEL_DATE, 6);
const INFANT_DOB = yearsBefore(TRAVEL_DATE, 1);
/** A contact number the simulator issues at once (…8888/7777/6666 choose other endings). */
const PHONE = '081234560101';

beforeAll(async () => {
  const data = freshDataDir();
  removeData = data.remove;
  server = await startHeadless(data.dir);
  mmbc = await simulatorUrl(server, 'mmbc');
  downloads = mkdtempSync(join(tmpdir(), 'loket-e2e-eticket-'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  problems = watchForPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeData?.();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** A fresh screen (the app reloaded) on Tiket Pesawat's search tab. */
async function openFlights(): Promise<void> {
  await page.goto(server.url);
  await page.getByTestId('home').waitFor();
  await page.keyboard.press('F4');
  await page.getByTestId('view-flights').waitFor();
}

async function pickArea(testid: string, code: string): Promise<void> {
  const field = page.getByTestId(testid);
  await field.fill(code);
  await page.getByTestId(`${testid}-option-${code}`).click();
}

/**
 * Searches the route for the mix on screen, then chooses a shown flight with seats for the party
 * (the simulator gives some flights only 1-6 seats by date) by `order`, priced through the core.
 */
async function searchAndChoose(route: { from: string; to: string }, mix: Mix, order: 'cheapest' | 'dearest' = 'cheapest'): Promise<{ flight: ApiFlight; quote: Quote }> {
  await pickArea('flight-from', route.from);
  await pickArea('flight-to', route.to);
  await page.getByTestId('flight-date').fill(TRAVEL_DATE);
  for (let i = 1; i < mix.adult; i++) await page.getByTestId('pax-adult-more').click();
  for (let i = 0; i < mix.child; i++) await page.getByTestId('pax-child-more').click();
  for (let i = 0; i < mix.infant; i++) await page.getByTestId('pax-infant-more').click();
  await page.getByTestId('flight-search-go').click();
  await page.getByTestId('flight-results').locator('li.flight').first().waitFor(slow);
  const found = await api<{ flights: ApiFlight[] }>(server, 'flights:search', { from: route.from, to: route.to, date: TRAVEL_DATE, ...mix });
  const ordered = [...found.flights].sort((a, b) => (order === 'cheapest' ? a.totalPrice - b.totalPrice : b.totalPrice - a.totalPrice));
  for (const flight of ordered) {
    const quote = (await server.call('flights:price', { key: flight.key, ...mix })) as Answer<Quote>;
    if (quote.ok && (quote.value.seatsLeft ?? 0) >= mix.adult + mix.child) {
      await page.getByTestId(`flight-${flight.flightNumber}`).getByTestId('flight-choose').click();
      await page.getByTestId('flight-price-total').waitFor(slow);
      await page.getByTestId('flight-price-continue').click();
      await page.getByTestId('flight-passengers').waitFor();
      return { flight, quote: quote.value };
    }
  }
  throw new Error(`no flight ${route.from}-${route.to} on ${TRAVEL_DATE} has seats for ${JSON.stringify(mix)}`);
}

/** Types each passenger and the contact; a date of birth goes wherever the form asks one. */
async function fillPassengers(passengers: Passenger[], contact = { email: 'budi.santoso@example.com', phone: PHONE }): Promise<void> {
  for (const [i, p] of passengers.entries()) {
    await page.getByTestId(`pax-${i}-title`).selectOption(p.title);
    await page.getByTestId(`pax-${i}-fullName`).fill(p.fullName);
    if (p.dateOfBirth && (await page.getByTestId(`pax-${i}-dateOfBirth`).count()) > 0) await page.getByTestId(`pax-${i}-dateOfBirth`).fill(p.dateOfBirth);
    if (p.passport) {
      await page.getByTestId(`pax-${i}-passportNumber`).fill(p.passport.number);
      await page.getByTestId(`pax-${i}-passportCountry`).fill(p.passport.country);
      await page.getByTestId(`pax-${i}-passportExpiry`).fill(p.passport.expiry);
    }
  }
  await page.getByTestId('contact-email').fill(contact.email);
  await page.getByTestId('contact-phone').fill(contact.phone);
}

/** Pesan -> the confirmation (flight, passengers, Total tiket, Harga jual) -> the booking's detail. */
async function bookOnScreen(quote: Quote): Promise<ApiBooking> {
  await page.getByTestId('book-submit').click();
  await page.getByTestId('confirm-dialog').waitFor(slow);
  expect(await textOf(page, 'book-confirm-total')).toBe(rupiahText(quote.total));
  expect(await textOf(page, 'book-confirm-selling')).toBe(rupiahText(quote.sellingPrice));
  // A double click books once (the button is held while the first press runs).
  await page.getByTestId('confirm-ok').dblclick();
  await page.getByTestId('booking-detail').waitFor(slow);
  const code = await textOf(page, 'booking-code');
  const { bookings } = await api<{ bookings: { id: number; bookingCode: string }[] }>(server, 'flights:bookings', { query: code });
  expect(bookings.map((b) => b.bookingCode)).toEqual([code]);
  return api<ApiBooking>(server, 'flights:booking', { bookingId: bookings[0]!.id });
}

/**
 * The training deposit is Rp 5.000.000 and fares follow the travel date: when an issue needs more,
 * the owner's top-up goes into the ledger and the simulator together, so no test depends on the day it runs.
 */
async function coverIssue(booking: ApiBooking): Promise<void> {
  const deposit = await balanceOf(server, 'deposit:mmbc');
  if (deposit >= booking.ntaPrice) return;
  const add = booking.ntaPrice - deposit + 100_000;
  await api(server, 'ledger:recordDepositTopUp', { requestId: `e2e-cover-${booking.bookingCode}`, provider: 'mmbc', amount: String(add), source: 'bank' });
  const at = (await (await fetch(`${mmbc}/__sim-state/mmbc/balance`)).json()) as { balance: number };
  const set = await fetch(`${mmbc}/__sim-state/mmbc/balance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ balance: at.balance + add }) });
  expect(set.status).toBe(200);
}

async function issueOnScreen(booking: ApiBooking): Promise<void> {
  await page.getByTestId('booking-issue').click();
  await page.getByTestId('confirm-dialog').waitFor();
  expect(await textOf(page, 'issue-confirm-text')).toBe(`Pelanggan membayar ${rupiahText(booking.sellingPrice)}; deposit MMBC dipotong ${rupiahText(booking.ntaPrice)}.`);
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId('confirm-dialog').waitFor({ state: 'detached', timeout: slow.timeout });
}

async function simDebits(code: string): Promise<number> {
  const state = (await (await fetch(`${mmbc}/__sim-state/mmbc/balance`)).json()) as { movements: { kind: string; reference: string }[] };
  return state.movements.filter((m) => m.kind === 'debit' && m.reference === code).length;
}

const outcome = () => page.getByTestId('booking-issue-result').getAttribute('data-outcome', { timeout: 2_000 }).catch(() => null);

describe('Tiket Pesawat (F4): booking and issuing', () => {
  it('Settings > Harga jual: the flight markup per passenger refuses "abc" under the field, saves 12.500, and the price panel sells at total + 12.500 a passenger', async () => {
    await page.goto(server.url);
    await page.getByTestId('home').waitFor();
    await page.keyboard.press('F7');
    await page.getByTestId('markup-flight-current').waitFor(slow);
    const before = await api<{ markupPerPassenger: number }>(server, 'flights:pricingRule');
    // The rule is read after the panel appears ("—" until then): wait for the figure, not the panel.
    await expect.poll(() => textOf(page, 'markup-flight-current'), slow).toBe(rupiahText(before.markupPerPassenger));
    await page.getByTestId('markup-flight-input').fill('abc');
    await page.getByTestId('markup-flight-save').click();
    await page.getByTestId('markup-flight-error').waitFor(slow);
    expect(await page.getByTestId('markup-flight-input').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);
    expect((await api<{ markupPerPassenger: number }>(server, 'flights:pricingRule')).markupPerPassenger).toBe(before.markupPerPassenger);

    await page.getByTestId('markup-flight-input').fill('12.500');
    await page.getByTestId('markup-flight-input').press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-amount')).toBe(rupiahText(12_500));
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, 'markup-flight-current'), slow).toBe(rupiahText(12_500));
    expect((await api<{ markupPerPassenger: number }>(server, 'flights:pricingRule')).markupPerPassenger).toBe(12_500);

    await page.keyboard.press('F4');
    await page.getByTestId('view-flights').waitFor();
    const mix = { adult: 2, child: 1, infant: 0 };
    const { quote } = await searchAndChoose({ from: 'CGK', to: 'DPS' }, mix);
    expect(quote.sellingPrice).toBe(quote.total + 12_500 * 3);
    expect(await textOf(page, 'flight-markup')).toBe(rupiahText(12_500 * 3));
    expect(await textOf(page, 'flight-selling')).toBe(rupiahText(quote.sellingPrice));
  });

  it('books 2 adults, a child and an infant one way, issues with ticket numbers, and saves the e-ticket as a real PDF', async () => {
    await openFlights();
    const mix = { adult: 2, child: 1, infant: 1 };
    const { quote } = await searchAndChoose({ from: 'CGK', to: 'DPS' }, mix);
    const party: Passenger[] = [
      { title: 'Mr', fullName: 'Budi Santoso', dateOfBirth: ADULT_DOB },
      { title: 'Mrs', fullName: 'Sri Wahyuni', dateOfBirth: ADULT_DOB },
      { title: 'Miss', fullName: 'Dewi Lestari', dateOfBirth: CHILD_DOB },
      { title: 'Mstr', fullName: 'Agus Pratama', dateOfBirth: INFANT_DOB },
    ];
    // Children and infants always have a date of birth on the form.
    expect(await page.getByTestId('pax-2-dateOfBirth').count()).toBe(1);
    expect(await page.getByTestId('pax-3-dateOfBirth').count()).toBe(1);
    expect(await page.getByTestId('pax-0-passportNumber').count()).toBe(0);
    await fillPassengers(party);
    const booking = await bookOnScreen(quote);
    expect(booking.status).toBe('waiting');
    expect(await page.getByTestId('booking-status').getAttribute('data-status')).toBe('waiting');
    expect(await textOf(page, 'booking-status')).toBe('Menunggu pembayaran');
    expect(await textOf(page, 'booking-countdown')).toMatch(/^(\d{2}:\d{2}|1 jam 0 menit)$/);
    expect(await textOf(page, 'booking-selling')).toBe(rupiahText(booking.sellingPrice));
    expect(await page.getByTestId('booking-nta').count()).toBe(0);
    await page.getByTestId('booking-cost-toggle').click();
    expect(await textOf(page, 'booking-nta')).toBe(rupiahText(booking.ntaPrice));

    await coverIssue(booking);
    const cash = await balanceOf(server, 'cash_drawer');
    await issueOnScreen(booking);
    await expect.poll(outcome, slow).toBe('issued');
    const issued = await api<ApiBooking>(server, 'flights:booking', { bookingId: booking.id });
    expect(issued.status).toBe('issued');
    expect(await textOf(page, 'booking-status')).toBe('Issued');
    for (const [i, p] of issued.passengers.entries()) {
      expect(p.ticketNumber).toBeTruthy();
      expect(await textOf(page, `booking-ticket-${i}`)).toBe(p.ticketNumber);
    }
    expect(await balanceOf(server, 'cash_drawer')).toBe(cash + booking.sellingPrice);
    const sale = (await sales(server)).find((s) => s.id === issued.saleId);
    expect(sale).toMatchObject({ kind: 'flight', state: 'success', price: booking.sellingPrice, cost: booking.ntaPrice });
    expect(await simDebits(booking.bookingCode)).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: slow.timeout }), page.getByTestId('booking-eticket').click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).toUpperCase().replace(/\s+/g, ' ');
    expect(text).toContain(booking.bookingCode);
    for (const p of party) expect(text).toContain(p.fullName.toUpperCase());
    // The itinerary is the issue sale's receipt, in the same panel as every sale (Cetak, PDF).
    await expect.poll(async () => (await page.getByTestId('receipt-row').allTextContents()).join('\n'), slow).toContain(booking.bookingCode);
    const itinerary = (await page.getByTestId('receipt-row').allTextContents()).join('\n').toUpperCase();
    expect(itinerary).toContain('TIKET PESAWAT');
    for (const p of party) expect(itinerary).toContain(p.fullName.toUpperCase());
    expect(await page.getByTestId('receipt-print').count()).toBe(1);
    await page.screenshot({ path: '/tmp/loket-e2e-flights-issued.png', fullPage: true });
  });

  it('an issue whose answer was lost shows "in progress" and settles to issued through the status check, issued once', async () => {
    await openFlights();
    const { quote } = await searchAndChoose({ from: 'CGK', to: 'DPS' }, { adult: 1, child: 0, infant: 0 });
    await fillPassengers([{ title: 'Mr', fullName: 'Hendra Gunawan', dateOfBirth: ADULT_DOB }]);
    const booking = await bookOnScreen(quote);
    const armed = await fetch(`${mmbc}/__sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endpoint: 'getissued', mode: 'reset', when: 'after', times: 1 }),
    });
    expect(armed.status).toBe(200);
    // Every outcome the detail shows from now on, in order (the reconciler may settle it quickly).
    await page.evaluate(`(() => {
      window.__outcomes = [];
      const seen = (el) => { const o = el.getAttribute('data-outcome'); if (window.__outcomes.at(-1) !== o) window.__outcomes.push(o); };
      new MutationObserver(() => document.querySelectorAll('[data-testid="booking-issue-result"]').forEach(seen))
        .observe(document.body, { childList: true, subtree: true, attributes: true });
    })()`);
    await coverIssue(booking);
    await issueOnScreen(booking);
    await expect.poll(() => page.evaluate<string[]>('window.__outcomes'), slow).toContain('in_progress');
    if ((await outcome()) !== 'issued') await page.getByTestId('booking-refresh').click();
    await expect.poll(outcome, slow).toBe('issued');
    expect(await page.evaluate<string[]>('window.__outcomes')).toEqual(['in_progress', 'issued']);
    // The booking is issued at MMBC; its sale settles by the same status check (reconciler), never a second getissued.
    await expect.poll(async () => (await api<ApiBooking>(server, 'flights:booking', { bookingId: booking.id })).saleState, slow).toBe('success');
    expect((await api<ApiBooking>(server, 'flights:booking', { bookingId: booking.id })).status).toBe('issued');
    for (const [i, p] of (await api<ApiBooking>(server, 'flights:booking', { bookingId: booking.id })).passengers.entries()) {
      await expect.poll(() => textOf(page, `booking-ticket-${i}`), slow).toBe(p.ticketNumber ?? '—');
    }
    expect(await simDebits(booking.bookingCode)).toBe(1);
    expect((await sales(server)).filter((s) => s.customerNo === booking.bookingCode)).toHaveLength(1);
  });

  it('refuses an issue the MMBC deposit cannot cover, says why, and records nothing', async () => {
    await openFlights();
    const deposit = await balanceOf(server, 'deposit:mmbc');
    // The dearest flight for as many adults as it takes to cost more than the deposit (max 7 seated).
    const search = await api<{ flights: ApiFlight[] }>(server, 'flights:search', { from: 'CGK', to: 'DPS', date: TRAVEL_DATE, adult: 1, child: 0, infant: 0 });
    const dearest = Math.max(...search.flights.map((f) => f.totalPrice));
    const adults = Math.min(7, Math.floor(deposit / (dearest * 0.9)) + 1);
    const { quote } = await searchAndChoose({ from: 'CGK', to: 'DPS' }, { adult: adults, child: 0, infant: 0 }, 'dearest');
    const names = ['Andi Wijaya', 'Bambang Susilo', 'Citra Kirana', 'Dodi Hermawan', 'Eka Putri', 'Fajar Nugroho', 'Gita Savitri'];
    await fillPassengers(names.slice(0, adults).map((fullName, i) => ({ title: i % 2 ? 'Ms' : 'Mr', fullName, dateOfBirth: ADULT_DOB })));
    const booking = await bookOnScreen(quote);
    expect(booking.ntaPrice).toBeGreaterThan(deposit);
    const before = { sales: (await sales(server)).length, cash: await balanceOf(server, 'cash_drawer') };
    await issueOnScreen(booking);
    await page.getByTestId('booking-issue-error').waitFor(slow);
    expect(await page.getByTestId('booking-issue-error').getAttribute('data-code')).toBe('insufficient_funds');
    expect(await textOf(page, 'booking-issue-error')).toMatch(/^Deposit MMBC tidak cukup/);
    expect(await page.getByTestId('booking-issue-result').count()).toBe(0);
    expect((await sales(server)).length).toBe(before.sales);
    expect(await balanceOf(server, 'cash_drawer')).toBe(before.cash);
    expect(await balanceOf(server, 'deposit:mmbc')).toBe(deposit);
    expect((await api<ApiBooking>(server, 'flights:booking', { bookingId: booking.id })).status).toBe('waiting');
    expect(await simDebits(booking.bookingCode)).toBe(0);
    // Nothing in Riwayat either.
    await page.keyboard.press('F5');
    await page.getByTestId('view-history').waitFor();
    expect(await page.getByText(booking.bookingCode).count()).toBe(0);
  });

  it('an expired booking cannot be issued: the button is off with the reason, and the core refuses too', async () => {
    await openFlights();
    const { quote } = await searchAndChoose({ from: 'CGK', to: 'DPS' }, { adult: 1, child: 0, infant: 0 });
    await fillPassengers([{ title: 'Ms', fullName: 'Rina Marlina', dateOfBirth: ADULT_DOB }]);
    const booking = await bookOnScreen(quote);
    const expired = await fetch(`${mmbc}/__sim-state/mmbc/bookings/${booking.bookingCode}/expire`, { method: 'POST' });
    expect(expired.status).toBe(200);
    await page.getByTestId('booking-refresh').click();
    await expect.poll(() => page.getByTestId('booking-status').getAttribute('data-status'), slow).toBe('expired');
    expect(await textOf(page, 'booking-status')).toBe('Kedaluwarsa');
    const now = await api<ApiBooking>(server, 'flights:booking', { bookingId: booking.id });
    expect(now.issueBlockedReason).toBeTruthy();
    expect(await page.getByTestId('booking-issue').isDisabled()).toBe(true);
    expect(await textOf(page, 'booking-issue-blocked')).toBe(now.issueBlockedReason);
    const refused = (await server.call('flights:issue', { requestId: `e2e-expired-${booking.id}`, bookingId: booking.id, expectedPrice: booking.sellingPrice })) as Answer<unknown>;
    expect(refused.ok).toBe(false);
    expect(await simDebits(booking.bookingCode)).toBe(0);
    expect((await sales(server)).filter((s) => s.customerNo === booking.bookingCode)).toHaveLength(0);

    // Pesanan: the list finds it by code and by status, and a row opens the detail.
    await page.getByTestId('booking-back').click();
    await page.getByTestId('bookings-list').waitFor();
    await page.getByTestId('bookings-status-filter').selectOption('expired');
    await page.getByTestId(`booking-row-${booking.bookingCode}`).waitFor(slow);
    await page.getByTestId('bookings-status-filter').selectOption('issued');
    await page.getByTestId(`booking-row-${booking.bookingCode}`).waitFor({ state: 'detached', timeout: slow.timeout });
    await page.getByTestId('bookings-status-filter').selectOption('');
    await page.getByTestId('bookings-query').fill('Rina Marl');
    await expect.poll(() => page.getByTestId('bookings-list').locator('[data-testid^="booking-row-"]').count(), slow).toBe(1);
    await page.getByTestId(`booking-row-${booking.bookingCode}`).click();
    await expect.poll(() => textOf(page, 'booking-code'), slow).toBe(booking.bookingCode);
    // The code goes to the clipboard for a chat with the customer; the button says so.
    await page.getByTestId('booking-code-copy').click();
    await expect.poll(() => textOf(page, 'booking-code-copy')).toBe('Tersalin');
  });

  it('an international route (CGK -> SIN) shows passport fields and refuses a booking without them, next to the fields', async () => {
    await openFlights();
    const { flight } = await searchAndChoose({ from: 'CGK', to: 'SIN' }, { adult: 1, child: 0, infant: 0 });
    for (const field of ['passportNumber', 'passportCountry', 'passportExpiry']) expect(await page.getByTestId(`pax-0-${field}`).count()).toBe(1);
    await fillPassengers([{ title: 'Mr', fullName: 'Yusuf Hamdani', dateOfBirth: ADULT_DOB }]);
    await page.getByTestId('book-submit').click();
    for (const field of ['passportNumber', 'passportCountry', 'passportExpiry']) await page.getByTestId(`pax-0-${field}-error`).waitFor(slow);
    expect(await page.getByTestId('pax-0-passportNumber').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('confirm-dialog').count()).toBe(0);
    // The core refuses it too, naming the same fields, and nothing is booked.
    const refused = await api<{ booking: unknown; errors: { passenger: number; field: string }[] }>(server, 'flights:book', {
      requestId: 'e2e-intl-no-passport',
      key: flight.key,
      passengers: [{ type: 'adult', title: 'Mr', fullName: 'Yusuf Hamdani', dateOfBirth: ADULT_DOB }],
      contact: { email: 'yusuf@example.com', phone: PHONE },
    });
    expect(refused.booking).toBeNull();
    expect(refused.errors.filter((e) => e.passenger === 0).map((e) => e.field)).toEqual(expect.arrayContaining(['passportNumber', 'passportCountry', 'passportExpiry']));
    const { bookings } = await api<{ bookings: unknown[] }>(server, 'flights:bookings', { query: 'Yusuf' });
    expect(bookings).toHaveLength(0);
    await page.screenshot({ path: '/tmp/loket-e2e-flights-passport.png', fullPage: true });
  });

  it('logged no page error on the way (an internal error answered to any call counts)', () => {
    expect(problems).toEqual([]);
  });
});
