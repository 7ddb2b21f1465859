import type { ProviderId } from '../../api/schemas';
import type { ProviderAdapter } from './provider-adapter';

/** Every provider Loket can sell through, in the order Settings lists them. */
export const providerAdapters: readonly ProviderAdapter<unknown, unknown>[] = [];

export function adapterMap(list: readonly ProviderAdapter<unknown, unknown>[] = providerAdapters): ReadonlyMap<ProviderId, ProviderAdapter<unknown, unknown>> {
  return new Map(list.map((a) => [a.id, a]));
}
