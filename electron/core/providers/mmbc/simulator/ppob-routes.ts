import type { SimRoute } from '../../sim-kit';

/**
 * MMBC's PPOB endpoints (providers.md 5.3) are known only by name from third-party code: no
 * request/response contract and no payment endpoint at all. The simulator refuses them openly
 * (HTTP 501) rather than invent a contract the app could come to depend on.
 */
export const PPOB_NOT_IMPLEMENTED =
  'PPOB MMBC belum didukung Loket: kontrak API (daftarharga, cektagihan, cekstatus, pembayaran) tidak terkonfirmasi.';

export function ppobRoutes(): SimRoute[] {
  return [
    {
      method: 'POST',
      path: /^\/json\/ppob\//,
      endpoint: 'ppob',
      handle: () => ({ status: 501, json: { result: 'no', reason: PPOB_NOT_IMPLEMENTED } }),
    },
  ];
}
