import type { ProviderId } from '../api/schemas';
import type { Ledger } from '../ledger';
import type { IakClient } from '../providers/iak';
import type { ProviderService } from '../providers/registry/provider-service';
import type { SaleCatalog } from '../sales/catalog-port';
import { createDrivers } from '../sales/drivers';
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
  reconcileTickMs?: number;
  notFoundGraceMs?: number;
}

/** Builds the sale side of the core on top of the provider registry and the catalogue. */
export function openSales(w: SalesWiring): { sales: SalesService; plnInquire: (meter: string) => ReturnType<typeof inquirePlnMeter> } {
  const drivers = createDrivers((id) => w.providers.client(id), w.callbackUrl);
  const sales = new SalesService({
    ledger: w.ledger,
    events: w.events,
    catalog: w.catalog,
    drivers,
    checkDelaysMs: w.checkDelaysMs,
    reconcileTickMs: w.reconcileTickMs,
    notFoundGraceMs: w.notFoundGraceMs,
    recordHealth: (provider, ok) => {
      w.health.record(provider, ok);
      w.providers.recordHealth(provider, ok, ok ? '' : 'Transaksi terakhir tidak terjawab atau tidak terkirim');
    },
  });
  return { sales, plnInquire: (meter) => inquirePlnMeter(w.providers.client('iak') as IakClient, meter) };
}
