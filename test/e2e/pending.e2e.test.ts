import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rupiahText, textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, balanceOf, chooseTopUp, confirmSale, product, sales, simulatorUrl, slow } from './support/selling';

/**
 * Sales that do not finish at once, against the real core and the Sandbox simulators: pending then
 * success by polling (Klikoo, no callback) and by callback (IAK), a failure and its refund, the
 * owner override while an earlier sale is unresolved, an MMBC sale whose answer was lost settled
 * by the operator from the Pending panel, a success IAK reports after the sale failed (an owner
 * alert in the panel), and a sale the deposits cannot cover.
 * Routing picks the cheapest provider, so each case uses a product only (or first) that provider sells.
 */
let h: SellingHarness;
let page: Page;

const KLIKOO_DATA = 'data:telkomsel:telkomsel-data-1gb-1-hari';
const IAK_PULSA = 'pulsa:telkomsel:10000';
const MMBC_PULSA = 'pulsa:telkomsel:30000';

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

const resultState = () => page.getByTestId('sale-result').getAttribute('data-state');

async function lastEventSource(saleId: number): Promise<string | undefined> {
  const detail = await api<{ events: { to: string; source: string }[] }>(h.server, 'sales:get', { id: saleId });
  return detail.events.at(-1)?.source;
}

async function saleFor(number: string, productId: string) {
  const found = (await sales(h.server, number)).filter((s) => s.productId === productId);
  expect(found.length).toBeGreaterThan(0);
  return found[0]!;
}

describe('Pending, refunds and operator decisions', () => {
  it('shows SEDANG DIPROSES with the ref while a Klikoo data package waits, then BERHASIL found by polling', async () => {
    const number = '081234567777'; // Klikoo: PENDING, then SUCCESS without a callback
    await chooseTopUp(page, { category: 'data', number, productId: KLIKOO_DATA });
    await confirmSale(page);
    await page.getByTestId('sale-result').waitFor();
    expect(await resultState()).toBe('pending');
    expect(await textOf(page, 'sale-result-headline')).toBe('SEDANG DIPROSES — jangan ulangi transaksi, simpan ref');
    const sale = await saleFor(number, KLIKOO_DATA);
    expect(await textOf(page, 'sale-result-ref')).toBe(sale.refId);
    expect(await textOf(page, 'pending-count')).toBe('1');
    await expect.poll(resultState, slow).toBe('success');
    expect(await lastEventSource(sale.id)).toBe('poll');
    await expect.poll(() => textOf(page, 'pending-count'), slow).toBe('0');
  });

  it('follows an IAK pulsa in the Pending panel (F8) until the provider\'s callback settles it', async () => {
    const number = '081234568888'; // IAK: PROCESS, SUCCESS after 5 x 300 ms with a callback
    await chooseTopUp(page, { category: 'pulsa', number, productId: IAK_PULSA });
    await confirmSale(page);
    await page.keyboard.press('F8');
    await page.getByTestId('pending-panel').waitFor();
    const sale = await saleFor(number, IAK_PULSA);
    await page.getByTestId('pending-in-flight').getByTestId(`pending-sale-${sale.id}`).waitFor();
    expect(await page.getByTestId(`pending-sale-${sale.id}`).getAttribute('data-ref')).toBe(sale.refId);
    await page.screenshot({ path: '/tmp/loket-e2e-pending.png' });
    // Settled by the core, the row leaves the panel without a reload.
    await page.getByTestId(`pending-sale-${sale.id}`).waitFor({ state: 'detached', timeout: slow.timeout });
    await page.getByTestId('pending-empty').waitFor();
    expect(await resultState()).toBe('success');
    expect(await lastEventSource(sale.id)).toBe('callback');
    await page.keyboard.press('Escape');
    await page.getByTestId('pending-panel').waitFor({ state: 'detached' });
  });

  it('shows GAGAL with the provider\'s reason and gives the cash back from the drawer', async () => {
    const number = '081234569999'; // fails at every provider
    const price = (await product(h.server, IAK_PULSA)).price;
    const cashBefore = await balanceOf(h.server, 'cash_drawer');
    await chooseTopUp(page, { category: 'pulsa', number, productId: IAK_PULSA });
    await confirmSale(page);
    await expect.poll(resultState, slow).toBe('failed');
    expect(await textOf(page, 'sale-result-headline')).toBe('GAGAL');
    expect(await textOf(page, 'sale-result-message')).not.toBe('');
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cashBefore + price);
    expect(await textOf(page, 'pending-count')).toBe('1');
    expect(await textOf(page, 'sale-result-refund')).toBe(`Kembalikan uang ${rupiahText(price)}`);
    await page.getByTestId('sale-result-refund').click();
    // Money leaves the drawer: the refund is confirmed first (RefundButton).
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('sale-result-refunded').waitFor();
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cashBefore);
    expect((await saleFor(number, IAK_PULSA)).refund).toBe('paid');
    await expect.poll(() => textOf(page, 'pending-count'), slow).toBe('0');
    await page.keyboard.press('F1');
    await expect.poll(() => textOf(page, 'today-drawer'), slow).toBe(rupiahText(cashBefore));
  });

  it('refuses a second sale while the first is unresolved until the owner overrides with a reason', async () => {
    const number = '081234566666'; // IAK: stays PROCESS until resolved by hand
    await chooseTopUp(page, { category: 'pulsa', number, productId: IAK_PULSA });
    await confirmSale(page);
    const first = await saleFor(number, IAK_PULSA);
    expect(first.state).toBe('pending');
    await chooseTopUp(page, { category: 'pulsa', number, productId: IAK_PULSA });
    await page.keyboard.press('Enter');
    await page.getByTestId('sale-guard-needs_override').waitFor();
    expect(await textOf(page, 'sale-guard-message')).toContain(`(ref ${first.refId}) masih diproses`);
    // The cursor waits in the reason field; a reason too short is refused before anything is sent.
    await page.keyboard.type('ok');
    await page.keyboard.press('Enter');
    await page.getByTestId('sale-override-short').waitFor();
    expect(await sales(h.server, number)).toHaveLength(1);
    await page.keyboard.type(' pelanggan minta dikirim ulang');
    await confirmSale(page);
    await page.getByTestId('sale-result').waitFor();
    const all = await sales(h.server, number);
    expect(all.length).toBeGreaterThan(1);
    const iak = await simulatorUrl(h.server, 'iak');
    const resolved = await fetch(`${iak}/__sim-state/iak/resolve`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ref_id: first.refId, status: 'success' }),
    });
    expect(resolved.status).toBe(200);
    // The provider's callback settles the first sale; the core tells the screen.
    await expect.poll(async () => (await api<{ state: string }>(h.server, 'sales:get', { id: first.id })).state, slow).toBe('success');
    const second = all.find((s) => s.id !== first.id)!;
    const detail = await api<{ details: Record<string, unknown> }>(h.server, 'sales:get', { id: second.id });
    expect(detail.details.catatan).toBe('Dipaksa pemilik saat transaksi sebelumnya masih diproses: ok pelanggan minta dikirim ulang');
  });

  it('lets the operator settle an MMBC sale whose answer was lost, from the balance evidence', async () => {
    const mmbc = await simulatorUrl(h.server, 'mmbc');
    const number = '081234560055';
    const armed = await fetch(`${mmbc}/__sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endpoint: 'isipulsa', mode: 'reset', when: 'after', times: 1 }),
    });
    expect(armed.status).toBe(200);
    await chooseTopUp(page, { category: 'pulsa', number, productId: MMBC_PULSA });
    await confirmSale(page);
    const sale = await saleFor(number, MMBC_PULSA);
    expect(sale).toMatchObject({ provider: 'mmbc', state: 'unknown', needsOperator: true });
    await page.getByTestId('pending-badge').click();
    const item = page.getByTestId('pending-needs-operator').getByTestId(`pending-sale-${sale.id}`);
    await item.waitFor();
    await item.getByTestId(`operator-evidence-load-${sale.id}`).click();
    await item.getByTestId(`operator-evidence-${sale.id}`).waitFor();
    const evidence = await api<{ ledgerBalance: number; reportedBalance: number; message: string }>(h.server, 'sales:operatorEvidence', { id: sale.id });
    expect(await textOf(page, 'evidence-ledger')).toBe(rupiahText(evidence.ledgerBalance));
    expect(await textOf(page, 'evidence-reported')).toBe(rupiahText(evidence.reportedBalance));
    expect(await textOf(page, 'evidence-message')).toBe(evidence.message);
    // A decision needs a note.
    await item.getByTestId(`decision-success-${sale.id}`).click();
    expect((await api<{ state: string }>(h.server, 'sales:get', { id: sale.id })).state).toBe('unknown');
    await item.getByTestId(`decision-note-${sale.id}`).fill('saldo MMBC turun sebesar modal');
    await item.getByTestId(`decision-success-${sale.id}`).click();
    await item.waitFor({ state: 'detached', timeout: slow.timeout });
    expect((await api<{ state: string; needsOperator: boolean }>(h.server, 'sales:get', { id: sale.id })).state).toBe('success');
    await page.keyboard.press('Escape');
  });

  it('raises an alert when IAK delivers a sale already failed and refunded; the owner records "customer paid again" after confirming', async () => {
    const number = '081234539999'; // IAK fails it; then IAK support pushes it through by hand
    // The panel may still be open from the operator's decision (its item left, taking the focus with it).
    if (await page.getByTestId('pending-panel').isVisible()) await page.getByTestId('pending-close').click();
    const price = (await product(h.server, IAK_PULSA)).price;
    await chooseTopUp(page, { category: 'pulsa', number, productId: IAK_PULSA });
    await confirmSale(page);
    await expect.poll(resultState, slow).toBe('failed');
    await page.getByTestId('sale-result-refund').click();
    // Money leaves the drawer: the refund is confirmed first (RefundButton).
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('sale-result-refunded').waitFor();
    const sale = await saleFor(number, IAK_PULSA);
    type Balances = { balances: { provider: string; difference: number | null }[] };
    const iakDifference = async () => (await api<Balances>(h.server, 'providers:balances')).balances.find((b) => b.provider === 'iak')!.difference;
    const differenceBefore = await iakDifference();
    const iak = await simulatorUrl(h.server, 'iak');
    const pushed = await fetch(`${iak}/__sim-state/iak/reprocess`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ref_id: sale.refId }),
    });
    expect(pushed.status).toBe(200);
    if (!(await page.getByTestId('pending-panel').isVisible())) await page.getByTestId('pending-badge').click();
    const item = page.getByTestId('pending-alerts').getByTestId(`pending-sale-${sale.id}`);
    await item.waitFor({ timeout: slow.timeout });
    expect(await textOf(page, `late-success-evidence-${sale.id}`)).toMatch(/SN \d+/);
    type Detail = { alert: string | null; alertResolvedAt: number | null; alertResolution: string | null; reportedCost: number | null; cost: number };
    const alerted = await api<Detail>(h.server, 'sales:get', { id: sale.id });
    expect(alerted.alert).toBe('late_success');
    // IAK charged again: the ledger deposit is off by that charge until the owner decides.
    expect(await iakDifference()).toBe(differenceBefore! - (alerted.reportedCost ?? alerted.cost));
    const cash = await balanceOf(h.server, 'cash_drawer');
    await item.getByTestId(`alert-choice-charged_paid_again-${sale.id}`).check();
    await item.getByTestId(`alert-note-${sale.id}`).fill('pelanggan ambil pulsanya dan bayar lagi');
    await item.getByTestId(`alert-record-${sale.id}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.screenshot({ path: '/tmp/loket-e2e-late-success.png' });
    expect(await textOf(page, 'alert-confirm-cash')).toContain(`Terima ${rupiahText(price)} dari pelanggan`);
    // Cancelling records nothing.
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect((await api<Detail>(h.server, 'sales:get', { id: sale.id })).alertResolvedAt).toBeNull();
    await item.getByTestId(`alert-record-${sale.id}`).click();
    await page.getByTestId('confirm-ok').click();
    await item.waitFor({ state: 'detached', timeout: slow.timeout });
    const resolved = await api<Detail>(h.server, 'sales:get', { id: sale.id });
    expect(resolved.alertResolution).toContain('pelanggan ambil pulsanya dan bayar lagi');
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cash + price);
    expect(await iakDifference()).toBe(differenceBefore);
    // Once only.
    const again = (await h.server.call('sales:resolveAlert', { id: sale.id, resolution: 'reversed', note: 'sekali lagi' })) as { ok: boolean; error?: { code: string } };
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await page.getByTestId('pending-close').click();
    await page.getByTestId('pending-panel').waitFor({ state: 'detached' });
  });

  it('refuses a sale the provider deposits cannot cover, shows why, and records nothing', async () => {
    const count = (await sales(h.server)).length;
    const cash = await balanceOf(h.server, 'cash_drawer');
    await page.keyboard.press('F2');
    await page.getByTestId('category-pln_token').click();
    await page.getByTestId('topup-meter').fill('12345678901');
    await page.keyboard.press('Enter');
    await page.getByTestId('pln-inquiry').waitFor();
    await page.getByTestId('product-pln_token:pln:10000000').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await confirmSale(page);
    await page.getByTestId('sale-error').waitFor();
    expect(await page.getByTestId('sale-error').getAttribute('data-code')).toBe('insufficient_funds');
    expect(await textOf(page, 'sale-error')).toMatch(/^Deposit tidak cukup untuk Token PLN 10\.000\.000/);
    expect(await page.getByTestId('sale-result').count()).toBe(0);
    expect(await page.getByTestId('sale-error-retry').count()).toBe(0);
    expect((await sales(h.server)).length).toBe(count);
    expect(await balanceOf(h.server, 'cash_drawer')).toBe(cash);
  });

  it('shows each deposit in the ledger next to the provider\'s own figure, a difference highlighted', async () => {
    const mmbc = await simulatorUrl(h.server, 'mmbc');
    // The provider's deposit moves outside Loket (drained at MMBC): Loket's books no longer agree.
    const drained = await fetch(`${mmbc}/__sim-state/mmbc/balance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ balance: 1_000 }),
    });
    expect(drained.status).toBe(200);
    await page.keyboard.press('F1');
    await page.getByTestId('deposit-balances-check').click();
    await expect.poll(() => textOf(page, 'deposit-reported-mmbc'), slow).toBe('Rp 1.000');
    type Row = { provider: string; ledgerBalance: number; held: number; difference: number | null };
    const { balances } = await api<{ balances: Row[] }>(h.server, 'providers:balances');
    const row = balances.find((b) => b.provider === 'mmbc')!;
    expect(row.difference).not.toBe(0);
    expect(await textOf(page, 'deposit-ledger-mmbc')).toBe(rupiahText(row.ledgerBalance));
    expect(await textOf(page, 'deposit-held-mmbc')).toBe(rupiahText(row.held));
    expect(await textOf(page, 'deposit-difference-mmbc')).toBe(rupiahText(row.difference!).replace(/^(-?)/, (m) => m || '+'));
    expect(await page.getByTestId('deposit-difference-mmbc').getAttribute('class')).toContain('diff');
    const klikoo = balances.find((b) => b.provider === 'klikoo')!;
    if (klikoo.difference === 0) expect(await textOf(page, 'deposit-difference-klikoo')).toBe('Cocok');
    await page.getByTestId('deposit-balances').screenshot({ path: '/tmp/loket-e2e-deposits.png' });
  });

  it('logged no page errors', () => {
    expect(h.problems).toEqual([]);
  });
});
