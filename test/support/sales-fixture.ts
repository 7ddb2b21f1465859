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
import { operatorMismatch } from '../../electron/core/catalog/operator-match';
import { loadPrefixTable } from '../../electron/core/catalog/prefix-table';
import { openTestLedger, type LedgerFixture } from './ledger-fixture';
import { startSwitchableProxy, type SwitchableProxy } from './switchable-proxy';

const prefixes = loadPrefixTable();

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
  providers: ProviderService;
  /** With `unreachable: true`: the relay in front of each simulator (refuse() = provider unreachable). */
  proxies: Map<ProviderId, SwitchableProxy>;
  simBalance(provider: ProviderId): Promise<number>;
  /** A new selling core on the same ledger and simulators, as after a restart (recovery runs first). */
  restartSales(): Promise<void>;
  close(): Promise<void>;
}

export async function openSalesFixture(
  routes: RoutedProduct[],
  options: { openingDeposit?: number; unreachable?: boolean } = {},
): Promise<SalesFixture> {
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
  const proxies = new Map<ProviderId, SwitchableProxy>();
  if (options.unreachable) {
    for (const [id, sim] of sims) proxies.set(id, await startSwitchableProxy(Number(new URL(sim.baseUrl).port)));
  }
  const reachVia = (id: ProviderId, baseUrl: string) => proxies.get(id)?.url(baseUrl) ?? baseUrl;
  const sandbox = externalSandbox(
    Object.fromEntries([...sims].map(([id, sim]) => [id, { baseUrl: reachVia(id, sim.baseUrl), credentials: sim.credentials }])),
  );
  const providers = new ProviderService({ ledger: f.ledger, secrets: new MemorySecretStore(), adapters: adapterMap(), sandbox, events, clientTimeoutMs: 1000 });
  const table = new Map(routes.map((r) => [r.productId, r]));
  const catalog: SaleCatalog = {
    route: (id) => table.get(id),
    normaliseCustomer: (_category, input) => input.replace(/\D/g, ''),
    operatorMismatch: (productOperator, customerNo) => operatorMismatch(prefixes, productOperator, customerNo),
  };
  const openSelling = () =>
    openSales({
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
    }).sales;
  let sales = openSelling();
  onCallback = (p, raw) => sales.onCallback(p, raw);
  sales.start();
  return {
    get sales() {
      return sales;
    },
    f,
    events,
    sims,
    routes: table,
    providers,
    proxies,
    async restartSales() {
      await sales.stop();
      sales = openSelling();
      sales.start();
    },
    async simBalance(provider) {
      const result = await providers.balance(provider);
      if (!result.ok) throw new Error(result.message);
      return result.value;
    },
    async close() {
      await sales.stop();
      await receiver.close();
      await Promise.all([...proxies.values()].map((p) => p.close()));
      await Promise.all([...sims.values()].map((s) => s.close()));
      f.close();
    },
  };
}
