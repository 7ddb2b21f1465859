import type { ProviderId } from '../../domain/provider-id';
import { ayoconnectAdapter } from './ayoconnect-adapter';
import { iakAdapter } from './iak-adapter';
import { klikooAdapter } from './klikoo-adapter';
import { mmbcAdapter } from './mmbc-adapter';
import type { ProviderAdapter } from './provider-adapter';

export type AnyProviderAdapter = ProviderAdapter<unknown, unknown>;

/**
 * Each adapter is typed with its own credentials and client; the registry only ever passes a
 * provider's credentials and client back to that same provider's adapter, so erasing is safe.
 */
const erase = <C, Client>(adapter: ProviderAdapter<C, Client>): AnyProviderAdapter => adapter as unknown as AnyProviderAdapter;

/** Every provider Loket can sell through, in the order Settings lists them. */
export const providerAdapters: readonly AnyProviderAdapter[] = [
  erase(mmbcAdapter),
  erase(iakAdapter),
  erase(ayoconnectAdapter),
  erase(klikooAdapter),
];

export function adapterMap(list: readonly AnyProviderAdapter[] = providerAdapters): ReadonlyMap<ProviderId, AnyProviderAdapter> {
  return new Map(list.map((a) => [a.id, a]));
}
