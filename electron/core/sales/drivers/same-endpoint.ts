import type { ProviderId } from '../../domain/provider-id';
import type { MoneyOutcome } from '../../providers/outcome';
import type { SaleEndpoint } from '../sale-book';
import type { SaleRecord } from '../sale-record';
import type { SaleDriver } from './driver';

const MODE_NAME = { sandbox: 'Sandbox', live: 'Live' } as const;

/**
 * A sale is checked through the endpoint it was SENT to (recorded at commit, migration 005). When
 * the provider now points elsewhere (sandbox <-> live, or another live address), asking would be a
 * question to a system that never saw the sale: its "not found" could fail a delivered sale, its
 * "success" could belong to someone else. So nobody is asked; the sale stays open and says why.
 * A live sale from before the address was recorded (NULL) is asked wherever live points now.
 */
export function endpointMismatch(sale: SaleRecord, now: SaleEndpoint): string | null {
  if (sale.providerMode !== now.mode) {
    return `Transaksi ini dikirim ke ${MODE_NAME[sale.providerMode]}, sekarang ${sale.provider.toUpperCase()} memakai ${MODE_NAME[now.mode]}: status tidak ditanyakan ke tempat lain. Kembalikan pengaturan provider ke ${MODE_NAME[sale.providerMode]} untuk mengecek transaksi ini.`;
  }
  if (sale.providerMode === 'live' && sale.providerBaseUrl !== null && sale.providerBaseUrl !== now.baseUrl) {
    return `Transaksi ini dikirim ke ${sale.providerBaseUrl}, sekarang ${sale.provider.toUpperCase()} memakai ${now.baseUrl ?? 'alamat lain'}: status tidak ditanyakan ke alamat lain. Kembalikan alamat API provider untuk mengecek transaksi ini.`;
  }
  return null;
}

/** Wraps a driver so its `check` asks only the endpoint the sale was sent to. */
export function checkingSameEndpoint(provider: ProviderId, driver: SaleDriver, endpointOf: (provider: ProviderId) => SaleEndpoint): SaleDriver {
  return {
    ...driver,
    async check(sale) {
      const mismatch = endpointMismatch(sale, endpointOf(provider));
      if (mismatch !== null) return { status: 'unknown', reason: 'endpoint_changed', message: mismatch } satisfies MoneyOutcome;
      return driver.check(sale);
    },
  };
}
