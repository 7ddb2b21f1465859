import type { ProviderId } from '../../domain/provider-id';
import type { AyoconnectClient } from '../../providers/ayoconnect';
import type { IakClient } from '../../providers/iak';
import type { KlikooClient } from '../../providers/klikoo';
import type { MmbcClient } from '../../providers/mmbc';
import { ayoconnectDriver } from './ayoconnect-driver';
import type { SaleDriver } from './driver';
import { iakDriver } from './iak-driver';
import { klikooDriver, type SaleHistory } from './klikoo-driver';
import { mmbcDriver } from './mmbc-driver';
import { checkingSameEndpoint } from './same-endpoint';
import type { SaleEndpoint } from '../sale-book';

/**
 * One driver per provider, each asking the registry for the client of the provider's CURRENT mode
 * at every call (Settings may switch sandbox/live while the app runs). With `endpointOf` (where the
 * provider points now), a status check asks only the endpoint the sale was sent to.
 */
export function createDrivers(
  client: (provider: ProviderId) => unknown,
  callbackUrl: (provider: ProviderId) => string | undefined,
  endpointOf?: (provider: ProviderId) => SaleEndpoint,
  /** The sale's recorded events (Klikoo counts its earlier empty history scans in them). */
  history?: SaleHistory,
): ReadonlyMap<ProviderId, SaleDriver> {
  const drivers: [ProviderId, SaleDriver][] = [
    ['mmbc', mmbcDriver(() => client('mmbc') as MmbcClient)],
    ['iak', iakDriver(() => client('iak') as IakClient)],
    ['ayoconnect', ayoconnectDriver(() => client('ayoconnect') as AyoconnectClient, () => callbackUrl('ayoconnect'))],
    ['klikoo', klikooDriver(() => client('klikoo') as KlikooClient, history)],
  ];
  return new Map(drivers.map(([id, driver]) => [id, endpointOf ? checkingSameEndpoint(id, driver, endpointOf) : driver]));
}
