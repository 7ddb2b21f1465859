import type { ProviderId } from '../api/contract-types';

/** Brand names as the providers write them; not translated. */
export const PROVIDER_NAMES: Record<ProviderId, string> = {
  mmbc: 'MMBC',
  iak: 'IAK',
  ayoconnect: 'Ayoconnect',
  klikoo: 'Klikoo',
};

export const PROVIDER_IDS = Object.keys(PROVIDER_NAMES) as ProviderId[];

export function providerName(id: ProviderId): string {
  return PROVIDER_NAMES[id];
}
