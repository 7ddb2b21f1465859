import type { ProviderId } from '../domain/provider-id';
import type { Ledger } from '../ledger';
import type { IakClient } from '../providers/iak';
import type { KlikooClient } from '../providers/klikoo';
import type { ProviderService } from '../providers/registry/provider-service';
import type { SaleCatalog } from '../sales/catalog-port';
import { createDrivers } from '../sales/drivers';
import { inquireEwalletName } from '../sales/ewallet-inquiry';
import { inquirePlnMeter } from '../sales/pln-inquiry';
import type { ProviderHealthRecord } from '../sales/provider-health';
import { SalesService } from '../sales/sales-service';
import type { EventBus } from './event-bus';

export interface SalesWiring {
  ledger: Ledger;
  events: EventBus;
  providers: ProviderService;
  catalog: SaleCatalog;
  health: ProviderHealthRecord;
  callbackUrl: (provider: ProviderId) => string | undefined;
  checkDelaysMs?: readonly number[];
  firstCheckWaitMs?: Partial<Record<ProviderId, number>>;
  reconcileTickMs?: number;
  notFoundGraceMs?: number;
}

/** Builds the sale side of the core on top of the provider registry and the catalogue. */
export function openSales(w: SalesWiring) {
  const endpointOf = (id: ProviderId) => w.providers.endpoint(id);
  const drivers = createDrivers((id) => w.providers.client(id), w.callbackUrl, endpointOf, (saleId) => sales.book.repo.events(saleId));
  const sales = new SalesService({
    ledger: w.ledger,
    events: w.events,
    catalog: w.catalog,
    drivers,
    checkDelaysMs: w.checkDelaysMs,
    firstCheckWaitMs: w.firstCheckWaitMs,
    reconcileTickMs: w.reconcileTickMs,
    notFoundGraceMs: w.notFoundGraceMs,
    endpointOf,
    recordHealth: (provider, ok) => {
      w.health.record(provider, ok);
      w.providers.recordHealth(provider, ok, ok ? '' : 'Transaksi terakhir tidak terjawab atau tidak terkirim');
    },
  });
  return {
    sales,
    plnInquire: (meter: string) => inquirePlnMeter(w.providers.client('iak') as IakClient, meter),
    ewalletInquire: (input: { productId: string; customerNo: string }) =>
      inquireEwalletName(w.catalog, () => w.providers.client('klikoo') as KlikooClient, input),
  };
}
