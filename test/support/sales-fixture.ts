import type { ProviderId } from '../../electron/core/api/schemas';
import { EventBus } from '../../electron/core/app/event-bus';
import { openSales } from '../../electron/core/app/open-sales';
import { ACCOUNT, depositAccount } from '../../electron/core/ledger';
import { rupiah } from '../../electron/core/money';
import { adapterMap, providerAdapters } from '../../electron/core/providers/registry/adapters';
import type { RunningSimulator } from '../../electron/core/providers/registry/provider-adapter';
import { ProviderService } from '../../electron/core/providers/registry/provider-service';
import { externalSandbox } from '../../electron/core/providers/sandbox/sandbox-runtime';
import { MemorySecretStore } from '../../electron/core/secrets/secret-store';
import { startCallbackReceiver, type CallbackReceiver } from '../../electron/core/sales/callback-receiver';
import type { RoutedProduct, SaleCatalog } from '../../electron/core/sales/catalog-port';
import { ProviderHealthRecord } from '../../electron/core/sales/provider-health';
import type { SalesService } from '../../electron/core/sales/sales-service';
import { openTestLedger, type LedgerFixture } from './ledger-fixture';

export const OPENING_DEPOSIT = 5_000_000;

/**
 * The sale engine over REAL simulators on loopback (their state is the providers' truth), a real
 * ledger file, the real registry and drivers. Only the catalogue is a fixed table here (the
 * catalogue has its own tests), so each test chooses exactly which provider a product routes to.
 */
export interface SalesFixture {
  sales: SalesService;
  f: LedgerFixture;
  events: EventBus;
  sims: Map<ProviderId, RunningSimulator<unknown>>;
  routes: Map<string, RoutedProduct>;
  simBalance(provider: ProviderId): Promise<number>;
  close(): Promise<void>;
}

export async function openSalesFixture(routes: RoutedProduct[], options: { openingDeposit?: number } = {}): Promise<SalesFixture> {
  const deposit = options.openingDeposit ?? OPENING_DEPOSIT;
  const f = await openTestLedger(Date.now);
  const events = new EventBus();
  let onCallback: (p: ProviderId, raw: string) => void = () => undefined;
  const receiver: CallbackReceiver = await startCallbackReceiver((p, raw) => onCallback(p, raw));
  const sims = new Map<ProviderId, RunningSimulator<unknown>>();
  for (const adapter of providerAdapters) {
    sims.set(adapter.id, await adapter.startSimulator({ initialBalance: rupiah(deposit), callbackUrl: receiver.url(adapter.id) }));
    f.ledger.post({
      idemKey: `test-deposit:${adapter.id}`,
      kind: 'test_deposit',
      memo: 'deposit',
      postings: [
        { account: depositAccount(adapter.id), amount: rupiah(deposit) },
        { account: ACCOUNT.ownerEquity, amount: rupiah(-deposit) },
      ],
    });
  }
  const sandbox = externalSandbox(Object.fromEntries([...sims].map(([id, sim]) => [id, { baseUrl: sim.baseUrl, credentials: sim.credentials }])));
  const providers = new ProviderService({ ledger: f.ledger, secrets: new MemorySecretStore(), adapters: adapterMap(), sandbox, events, clientTimeoutMs: 1000 });
  const table = new Map(routes.map((r) => [r.productId, r]));
  const catalog: SaleCatalog = {
    route: (id) => table.get(id),
    normaliseCustomer: (_category, input) => input.replace(/\D/g, ''),
  };
  const { sales } = openSales({
    ledger: f.ledger,
    events,
    providers,
    catalog,
    health: new ProviderHealthRecord(),
    callbackUrl: (p) => receiver.url(p),
    checkDelaysMs: [100, 100, 200, 200, 400],
    firstCheckWaitMs: {},
    reconcileTickMs: 25,
    notFoundGraceMs: 300,
  });
  onCallback = (p, raw) => sales.onCallback(p, raw);
  sales.start();
  return {
    sales,
    f,
    events,
    sims,
    routes: table,
    async simBalance(provider) {
      const result = await providers.balance(provider);
      if (!result.ok) throw new Error(result.message);
      return result.value;
    },
    async close() {
      await sales.stop();
      await receiver.close();
      await Promise.all([...sims.values()].map((s) => s.close()));
      f.close();
    },
  };
}
