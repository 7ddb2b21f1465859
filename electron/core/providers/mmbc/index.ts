/**
 * MMBC (klikmbc): pulsa API (seed 000) and flight API v5.0 (seed 001) on one host, one account,
 * one deposit. See docs/providers/mmbc.md.
 */
export { createMmbcClient, MMBC_DEFAULT_TIMEOUT_MS, type MmbcClient } from './client/create-client';
export type * from './client/types';
export type { MmbcPulsaCalls } from './client/pulsa-client';
export type { MmbcFlightReads } from './client/flight-reads';
export type { MmbcBookingCalls } from './client/booking-calls';
export { startMmbcSimulator, type MmbcSimulator, type MmbcSimulatorOptions } from './simulator/start-simulator';
export { MMBC_SANDBOX_ACCOUNT, MMBC_SANDBOX_CREDENTIALS, type MmbcSandboxAccount } from './simulator/account';
export { PPOB_NOT_IMPLEMENTED } from './simulator/ppob-routes';
export { encodeForm, decodeForm, withAuth, credentialsMatch, type MmbcCredentials } from './auth';
export { MMBC_ENDPOINTS, type MmbcEndpoint } from './endpoints';
export { MMBC_PRODUCTS, type MmbcProduct, type MmbcOperator } from './catalog/pulsa-products';
export { MMBC_AIRPORTS } from './catalog/airports';
export { MMBC_AIRLINES } from './catalog/airlines';
export { AIRLINE_SEARCH_NAMES, BOOKING_STATUSES, type AirlineSearchName, type BookingStatus, type PassengerType } from './contract/flights';
