import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Headless } from './headless';

/** Deadlines for things the core does in the background (sync, reconciler), not assertions on time. */
export const slow = { timeout: 30_000, interval: 100 };

type Ok<T> = { ok: true; value: T };
type Answer<T> = Ok<T> | { ok: false; error: { code: string; message: string } };

export interface ApiProduct {
  id: string;
  category: string;
  operator: string;
  name: string;
  nominal: number | null;
  price: number;
  cost: number;
  margin: number;
  available: boolean;
  offers: { provider: string; providerCode: string; cost: number; active: boolean }[];
}

export interface ApiSale {
  id: number;
  refId: string;
  kind: string;
  provider: string;
  productId: string;
  customerNo: string;
  price: number;
  cost: number;
  state: string;
  needsOperator: boolean;
  serial: string | null;
  token: string | null;
  message: string | null;
  refund: 'none' | 'due' | 'paid';
}

/** Calls a channel and unwraps the value; a refusal fails the test with the core's message. */
export async function api<T>(server: Headless, channel: string, input: unknown = {}): Promise<T> {
  const answer = (await server.call(channel, input)) as Answer<T>;
  if (!answer.ok) throw new Error(`${channel} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** The cash a cashier puts in the drawer before selling, recorded through the API. */
export async function recordOpeningCash(server: Headless, amount: number): Promise<void> {
  await api(server, 'ledger:recordOpeningCash', { requestId: randomUUID(), amount: String(amount) });
}

export async function balanceOf(server: Headless, code: string): Promise<number> {
  const { accounts } = await api<{ accounts: { code: string; balance: number }[] }>(server, 'ledger:balances');
  const account = accounts.find((a) => a.code === code);
  if (!account) throw new Error(`no account ${code}`);
  return account.balance;
}

/** Waits until the start-up price-list sync has put products of this category in the catalogue. */
export async function waitForProducts(server: Headless, category: string): Promise<ApiProduct[]> {
  const deadline = Date.now() + slow.timeout;
  for (;;) {
    const answer = (await server.call('catalog:products', { category })) as Answer<{ products: ApiProduct[] }>;
    if (answer.ok && answer.value.products.length > 0) return answer.value.products;
    if (Date.now() > deadline) throw new Error(`no ${category} products after the start-up sync: ${JSON.stringify(answer)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function product(server: Headless, id: string): Promise<ApiProduct> {
  const { products } = await api<{ products: ApiProduct[] }>(server, 'catalog:products', { query: '', includeUnavailable: true });
  const found = products.find((p) => p.id === id);
  if (!found) throw new Error(`product ${id} not in the catalogue`);
  return found;
}

export async function sales(server: Headless, query?: string): Promise<ApiSale[]> {
  return (await api<{ sales: ApiSale[] }>(server, 'sales:list', query ? { query } : {})).sales;
}

/** Where each in-process simulator listens (Sandbox mode sends there), from providers:list. */
export async function simulatorUrl(server: Headless, provider: string): Promise<string> {
  const { providers } = await api<{ providers: { id: string; baseUrl: string | null }[] }>(server, 'providers:list');
  const url = providers.find((p) => p.id === provider)?.baseUrl;
  if (!url) throw new Error(`no simulator address for ${provider}`);
  return new URL(url).origin;
}

/** Types a number on Top-up (F2), picks the category and the product, and opens the confirmation. */
export async function chooseTopUp(page: Page, input: { category: string; number: string; productId: string }): Promise<void> {
  await page.keyboard.press('F2');
  await page.getByTestId('view-topup').waitFor();
  await page.getByTestId(`category-${input.category}`).click();
  await page.getByTestId('topup-phone').fill(input.number);
  await waitForSettledTiles(page, input.number);
  await page.getByTestId(`product-${input.productId}`).click();
  await page.getByTestId('confirm-dialog').waitFor();
}

/**
 * Waits until the tiles are final for the typed number: its operator answered (after the typing
 * pause) and the list re-sorted with that operator first. A click before that can land on the tile
 * that moved under the pointer, open nothing (the core refuses the other operator's product) and
 * leave the test waiting for a confirmation (seen once in CI).
 */
export async function waitForSettledTiles(page: Page, number: string): Promise<void> {
  await page.locator(`[data-testid="product-grid"][data-settled-for="${number}"]`).waitFor();
}

/** Enter in the confirmation, then the result card for this sale. */
export async function confirmSale(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.getByTestId('confirm-dialog').waitFor({ state: 'detached', timeout: 20_000 });
}

/** "SN", "Rp" and the digits as one line, the way a person reads them. */
export async function resultState(page: Page): Promise<string | null> {
  return page.getByTestId('sale-result').getAttribute('data-state', { timeout: 2_000 }).catch(() => null);
}
