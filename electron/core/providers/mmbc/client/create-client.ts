import type { MmbcCredentials } from '../auth';
import { bookingCalls, type MmbcBookingCalls } from './booking-calls';
import { flightReads, type MmbcFlightReads } from './flight-reads';
import { pulsaCalls, type MmbcPulsaCalls } from './pulsa-client';
import { createMmbcTransport } from './transport';
import type { MmbcClientConfig } from './types';

/**
 * One client for the one MMBC account: pulsa (seed 000) and flights (seed 001) share the host,
 * the credentials and the deposit. Every method resolves (never throws): money-moving calls to a
 * MoneyOutcome, the others to a ReadResult. Nothing is retried here: the sales engine decides.
 */
export type MmbcClient = MmbcPulsaCalls & MmbcFlightReads & MmbcBookingCalls & { readonly baseUrl: string };

export const MMBC_DEFAULT_TIMEOUT_MS = 30_000;

export function createMmbcClient(config: MmbcClientConfig): MmbcClient {
  const credentials: MmbcCredentials = { ...config.credentials };
  const transport = createMmbcTransport({
    baseUrl: config.baseUrl,
    credentials,
    timeoutMs: config.timeoutMs ?? MMBC_DEFAULT_TIMEOUT_MS,
  });
  return {
    baseUrl: config.baseUrl,
    ...pulsaCalls(transport),
    ...flightReads(transport, credentials.username),
    ...bookingCalls(transport),
  };
}
