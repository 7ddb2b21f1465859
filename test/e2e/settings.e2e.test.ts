import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { countAppearances, everythingOnPage, focusedTestId, launchChromium, textOf, watchForPageErrors } from './support/browser';
import { freshDataDir, startHeadless, type Headless } from './support/headless';

/**
 * Settings (F7) against the real headless core: the four providers start in Sandbox against the
 * in-process simulators, "Tes koneksi" reads each seeded deposit, Live is refused until an address and
 * every credential are stored, stored secrets are never shown again; and the Home forms ask the core
 * to read an amount before any confirmation opens.
 */
const PROVIDERS = ['mmbc', 'iak', 'ayoconnect', 'klikoo'] as const;
// Distinctive, so finding it anywhere in the page is certainly a leak.
const SECRET = 'e2e-S3CRET-q7Zp';
// Nothing listens on the discard port: a live call there fails fast and plainly.
const DEAD_URL = 'http://127.0.0.1:9/iak';

type Status = {
  id: string;
  mode: string;
  baseUrl: string | null;
  liveBaseUrl: string | null;
  credentialFields: { name: string; label: string; stored: boolean; multiline: boolean }[];
};

const data = freshDataDir();
let server: Headless;
let browser: Browser;
let page: Page;
let problems: string[];

const poll = { timeout: 15_000, interval: 50 };

async function coreStatus(id: string): Promise<Status> {
  const answer = (await server.call('providers:list')) as { ok: boolean; value: { providers: Status[] } };
  const status = answer.value.providers.find((p) => p.id === id);
  if (!status) throw new Error(`provider ${id} not listed by the core`);
  return status;
}

async function confirmWithEnter(): Promise<void> {
  await page.getByTestId('confirm-dialog').waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
}

beforeAll(async () => {
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
  data.remove();
});

describe('Settings with the headless core', () => {
  it('opens with F7 and shows the four providers in Sandbox against local simulators', async () => {
    await page.keyboard.press('F7');
    await page.getByTestId('view-settings').waitFor();
    expect(await textOf(page, 'view-settings')).toContain('Pengaturan penyedia');
    await expect.poll(() => page.locator('[data-testid^="provider-card-"]').count(), poll).toBe(4);
    for (const id of PROVIDERS) {
      expect(await textOf(page, `provider-mode-${id}`)).toBe('Sandbox');
      expect(await textOf(page, `provider-baseurl-${id}`)).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      expect(await textOf(page, `provider-lastok-${id}`)).toBe('Belum pernah');
      expect(await textOf(page, `provider-switch-${id}`)).toBe('Beralih ke Live');
    }
  });

  it('shows the test as busy while the core is asking the provider', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await gate;
      await route.continue();
    };
    const isTest = (url: URL) => url.pathname === '/api/providers:testConnection';
    await page.route(isTest, hold);
    try {
      await page.getByTestId('provider-test-mmbc').click();
      await expect.poll(() => textOf(page, 'provider-test-mmbc'), poll).toBe('Menguji…');
      expect(await page.getByTestId('provider-test-mmbc').isDisabled()).toBe(true);
      expect(await page.getByTestId('provider-test-mmbc').getAttribute('aria-busy')).toBe('true');
    } finally {
      release();
      // The held call goes through first; unrouting under it would handle it twice.
      await page.getByTestId('provider-test-balance-mmbc').waitFor();
      await page.unroute(isTest, hold);
    }
    expect(await textOf(page, 'provider-test-mmbc')).toBe('Tes koneksi');
  });

  it.each(PROVIDERS)('tests the %s connection and shows the sandbox deposit in Rupiah', async (id) => {
    await page.getByTestId(`provider-test-${id}`).click();
    await page.getByTestId(`provider-test-balance-${id}`).waitFor();
    const balance = await textOf(page, `provider-test-balance-${id}`);
    expect(balance).toMatch(/^Rp [1-9]\d{0,2}(\.\d{3})*$/);
    // The last success is now, in words and as a moment in the outlet's zone.
    await expect.poll(() => textOf(page, `provider-lastok-${id}`), poll).toMatch(/^sekarang · \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/);
    expect(await textOf(page, `provider-lasterror-${id}`)).toBe('Tidak ada');
  });

  it('refuses to switch IAK to Live without an address and credentials, with the core message', async () => {
    await page.getByTestId('provider-switch-iak').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-warning')).toContain('uang sungguhan');
    expect(await textOf(page, 'confirm-mode')).toBe('Live');
    await confirmWithEnter();

    const refusal = await textOf(page, 'provider-switch-error-iak');
    expect(refusal).toMatch(/IAK/);
    expect(refusal).toMatch(/Live/);
    expect(await page.getByTestId('provider-switch-error-iak').getAttribute('role')).toBe('alert');
    expect(await textOf(page, 'provider-mode-iak')).toBe('Sandbox');
    expect((await coreStatus('iak')).mode).toBe('sandbox');
    // Focus is back on the switch, ready for the next try by keyboard.
    expect(await focusedTestId(page)).toBe('provider-switch-iak');
  });

  it('offers a textarea for a multi-line credential (a PEM key) and password fields for the rest', async () => {
    const klikoo = await coreStatus('klikoo');
    await page.getByTestId('provider-live-toggle-klikoo').click();
    for (const field of klikoo.credentialFields) {
      const input = page.getByTestId(`provider-cred-klikoo-${field.name}`);
      expect(await input.evaluate((el) => el.tagName)).toBe(field.multiline ? 'TEXTAREA' : 'INPUT');
      if (!field.multiline) expect(await input.getAttribute('type')).toBe('password');
      expect(await input.inputValue()).toBe('');
      expect(await textOf(page, `provider-cred-status-klikoo-${field.name}`)).toBe('Belum diisi');
    }
    expect(klikoo.credentialFields.some((f) => f.multiline)).toBe(true);
    await page.getByTestId('provider-live-toggle-klikoo').click();
  });

  it('saves the IAK address and credentials by keyboard, marks them stored and never shows them', async () => {
    const iak = await coreStatus('iak');
    const summary = page.getByTestId('provider-live-toggle-iak');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('provider-live-form-iak').waitFor();

    await page.getByTestId('provider-liveurl-iak').fill(`${DEAD_URL}/`);
    // IAK's postpaid host is an address (https, or http on this computer), the rest are secrets.
    const typed = (name: string) => (name === 'postpaidBaseUrl' ? `${DEAD_URL}-pasca` : `${SECRET}-${name}`);
    for (const field of iak.credentialFields) {
      await page.getByTestId(`provider-cred-iak-${field.name}`).fill(typed(field.name));
    }
    const last = iak.credentialFields.at(-1);
    if (!last || last.multiline) throw new Error('IAK is expected to have single-line credential fields');
    await page.getByTestId(`provider-cred-iak-${last.name}`).press('Enter');

    await expect.poll(() => textOf(page, 'provider-save-status-iak'), poll).toBe('Tersimpan.');
    for (const field of iak.credentialFields) {
      expect(await textOf(page, `provider-cred-status-iak-${field.name}`)).toBe('Tersimpan');
      expect(await page.getByTestId(`provider-cred-iak-${field.name}`).inputValue()).toBe('');
    }
    // The core's normalised address (no trailing slash) is what the field shows now.
    expect(await page.getByTestId('provider-liveurl-iak').inputValue()).toBe(DEAD_URL);

    expect(await everythingOnPage(page)).not.toContain(SECRET);
    expect(JSON.stringify(await server.call('providers:list'))).not.toContain(SECRET);
    const stored = await coreStatus('iak');
    expect(stored.credentialFields.every((f) => f.stored)).toBe(true);
    expect(stored).toMatchObject({ mode: 'sandbox', liveBaseUrl: DEAD_URL });
  });

  it('switches IAK to Live after the confirmation and shows a failed live test plainly', async () => {
    await page.getByTestId('provider-switch-iak').click();
    await confirmWithEnter();
    await expect.poll(() => textOf(page, 'provider-mode-iak'), poll).toBe('Live');
    expect(await textOf(page, 'provider-switch-status-iak')).toBe('Mode sekarang Live.');
    expect(await textOf(page, 'provider-baseurl-iak')).toBe(DEAD_URL);
    expect(await textOf(page, 'provider-switch-iak')).toBe('Kembali ke Sandbox');

    await page.getByTestId('provider-test-iak').click();
    await page.getByTestId('provider-test-error-iak').waitFor();
    expect(await textOf(page, 'provider-test-error-iak')).not.toBe('');
    await expect.poll(() => textOf(page, 'provider-lasterror-iak'), poll).not.toBe('Tidak ada');
    expect(await everythingOnPage(page)).not.toContain(SECRET);
  });

  it('puts IAK back in Sandbox after a confirmation (Esc first cancels it)', async () => {
    await page.getByTestId('provider-switch-iak').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await textOf(page, 'provider-mode-iak')).toBe('Live');

    await page.getByTestId('provider-switch-iak').click();
    expect(await textOf(page, 'confirm-warning')).toContain('latihan');
    await confirmWithEnter();
    await expect.poll(() => textOf(page, 'provider-mode-iak'), poll).toBe('Sandbox');
    expect((await coreStatus('iak')).mode).toBe('sandbox');
    await page.getByTestId('provider-test-iak').click();
    await page.getByTestId('provider-test-balance-iak').waitFor();
  });

  it('reads in English after the language switch', async () => {
    await page.getByTestId('locale-en').click();
    try {
      expect(await textOf(page, 'view-settings')).toContain('Provider settings');
      expect(await textOf(page, 'provider-test-klikoo')).toBe('Test connection');
      expect(await textOf(page, 'provider-mode-klikoo')).toBe('Sandbox');
    } finally {
      await page.getByTestId('locale-id').click();
    }
    expect(await textOf(page, 'provider-test-klikoo')).toBe('Tes koneksi');
  });

  it('looks like a settings screen (screenshot for a human eye)', async () => {
    await page.getByTestId('provider-live-toggle-klikoo').click();
    await page.getByTestId('provider-live-form-klikoo').waitFor();
    // The shell scrolls inside its content pane, so a tall window shows every card at once.
    await page.setViewportSize({ width: 1366, height: 1500 });
    await page.screenshot({ path: '/tmp/loket-e2e-settings.png' });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('provider-live-toggle-klikoo').click();
    expect(problems).toEqual([]);
  });
});

describe('Home amounts are read by the core before the confirmation', () => {
  it.each([
    ['abc', 'Nominal "abc" tidak valid'],
    ['1,5', 'Nominal "1,5" tidak valid'],
    ['-5000', 'Nominal harus lebih dari nol'],
  ])('refuses %j under the field and never opens the confirmation', async (typed, message) => {
    await page.keyboard.press('F1');
    await page.getByTestId('home').waitFor();
    const journalBefore = (await server.call('ledger:journalForDay')) as { value: { entries: unknown[] } };
    const dialogs = await countAppearances(page, 'confirm-dialog');

    await page.getByTestId('opening-cash-amount').fill(typed);
    await page.getByTestId('opening-cash-amount').press('Enter');
    await page.getByTestId('opening-cash-error').waitFor();
    expect(await textOf(page, 'opening-cash-error')).toContain(message);
    expect(await page.getByTestId('opening-cash-amount').getAttribute('aria-invalid')).toBe('true');
    // Focus and selection are back on the amount, so typing replaces it.
    expect(await focusedTestId(page)).toBe('opening-cash-amount');
    expect(await dialogs()).toBe(0);

    const journalAfter = (await server.call('ledger:journalForDay')) as { value: { entries: unknown[] } };
    expect(journalAfter.value.entries.length).toBe(journalBefore.value.entries.length);
  });

  it('shows the core reading of a good amount in the confirmation', async () => {
    await page.getByTestId('opening-cash-amount').fill('Rp 1.250.000');
    await page.getByTestId('opening-cash-amount').press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await textOf(page, 'confirm-amount')).toBe('Rp 1.250.000');
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('opening-cash-amount').fill('');
    expect(problems).toEqual([]);
  });
});
