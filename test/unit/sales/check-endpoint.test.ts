import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import type { MoneyOutcome } from '../../../electron/core/providers/outcome';
import { createDrivers } from '../../../electron/core/sales/drivers';
import type { SaleEndpoint } from '../../../electron/core/sales/sale-book';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';

/**
 * Issue 7 item 5 (check side): a sale is checked through the mode and base URL it was SENT with.
 * If the provider now points elsewhere (sandbox <-> live, or another live URL), the check asks
 * nobody and answers `unknown` with a clear Indonesian message.
 */
const PENDING: MoneyOutcome = { status: 'pending', message: 'diproses' };

function saleOf(provider: ProviderId, endpoint: { providerMode: 'sandbox' | 'live'; providerBaseUrl: string | null }, extra: Partial<SaleRecord> = {}): SaleRecord {
  return {
    id: 1, requestId: 'r1', refId: 'LKENDPOINT1', kind: 'pulsa', provider, productId: 'p', providerCode: 'c', productName: 'Pulsa',
    customerNo: '081234567890', customerName: null, inquiryId: null, price: 12_000, cost: 10_500, commission: 0, state: 'unknown', needsOperator: false,
    providerRef: 'TRX1', serial: null, message: null, details: {}, itrx: 1, reroutedFrom: null, refund: 'none', checkCount: 0, nextCheckAt: null,
    businessDay: '2026-11-24', createdAt: 0, sentAt: 0, updatedAt: 0, settledAt: null, reportedCost: null, alert: null, alertEvidence: null,
    alertAt: null, alertResolvedAt: null, alertResolution: null, seller: null, ...endpoint, ...extra,
  };
}

function driversPointingAt(now: SaleEndpoint) {
  const asked: string[] = [];
  const fake = {
    checkStatus: () => (asked.push('iak'), Promise.resolve(PENDING)),
    postpaidCheckStatus: () => (asked.push('iak'), Promise.resolve(PENDING)),
    checkTopup: () => (asked.push('mmbc'), Promise.resolve(PENDING)),
  };
  const ayo = { checkStatus: () => (asked.push('ayoconnect'), Promise.resolve(PENDING)) };
  const klikoo = {
    checkStatus: () => (asked.push('klikoo'), Promise.resolve(PENDING)),
    checkTransaction: () => (asked.push('klikoo'), Promise.resolve(PENDING)),
  };
  const client = (id: ProviderId) => (id === 'ayoconnect' ? ayo : id === 'klikoo' ? klikoo : fake);
  const drivers = createDrivers(client, () => undefined, () => now);
  return { drivers, asked };
}

const PROVIDERS: ProviderId[] = ['iak', 'ayoconnect', 'klikoo', 'mmbc'];
const LIVE_A = 'https://api.provider-a.co.id';
const LIVE_B = 'https://api.provider-b.co.id';

describe.each(PROVIDERS)('%s: the check asks only the endpoint the sale was sent to', (provider) => {
  it('sent in sandbox, provider now live: asks nobody, unknown with the reason', async () => {
    const { drivers, asked } = driversPointingAt({ mode: 'live', baseUrl: LIVE_A });
    const outcome = await drivers.get(provider)!.check(saleOf(provider, { providerMode: 'sandbox', providerBaseUrl: null }));
    expect(outcome).toMatchObject({ status: 'unknown' });
    expect(outcome?.message).toMatch(/dikirim ke Sandbox, sekarang .* memakai Live/);
    expect(asked).toEqual([]);
  });

  it('sent live, provider now in sandbox: asks nobody', async () => {
    const { drivers, asked } = driversPointingAt({ mode: 'sandbox', baseUrl: null });
    const outcome = await drivers.get(provider)!.check(saleOf(provider, { providerMode: 'live', providerBaseUrl: LIVE_A }));
    expect(outcome).toMatchObject({ status: 'unknown' });
    expect(asked).toEqual([]);
  });

  it('sent live to one address, provider now live at another: asks nobody', async () => {
    const { drivers, asked } = driversPointingAt({ mode: 'live', baseUrl: LIVE_B });
    const outcome = await drivers.get(provider)!.check(saleOf(provider, { providerMode: 'live', providerBaseUrl: LIVE_A }));
    expect(outcome).toMatchObject({ status: 'unknown' });
    expect(outcome?.message).toContain(LIVE_A);
    expect(asked).toEqual([]);
  });

  it('same mode and address: asks the provider', async () => {
    const live = driversPointingAt({ mode: 'live', baseUrl: LIVE_A });
    expect(await live.drivers.get(provider)!.check(saleOf(provider, { providerMode: 'live', providerBaseUrl: LIVE_A }))).toEqual(PENDING);
    expect(live.asked).toEqual([provider]);
    const sandbox = driversPointingAt({ mode: 'sandbox', baseUrl: null });
    expect(await sandbox.drivers.get(provider)!.check(saleOf(provider, { providerMode: 'sandbox', providerBaseUrl: null }))).toEqual(PENDING);
    expect(sandbox.asked).toEqual([provider]);
  });

  it('a live sale from before the address was recorded is asked where live points now', async () => {
    const { drivers, asked } = driversPointingAt({ mode: 'live', baseUrl: LIVE_B });
    expect(await drivers.get(provider)!.check(saleOf(provider, { providerMode: 'live', providerBaseUrl: null }))).toEqual(PENDING);
    expect(asked).toEqual([provider]);
  });
});
