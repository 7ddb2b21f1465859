/**
 * Klikoo B2B OpenAPI (providers.md section 4): client, simulator, sandbox credentials, signing.
 */
export { createKlikooClient, type KlikooClient, type KlikooStatus } from './client/create-client';
export type { PostpaidInquiryInput, PrepaidInquiryInput, ProductQuery } from './client/read-calls';
export { parseKlikooCallback, type KlikooCallback } from './client/callback';
export { startKlikooSimulator, type KlikooSimulator, type KlikooSimulatorOptions } from './simulator/start';
export { klikooSandboxCredentials } from './sandbox-credentials';
export { klikooCatalogue, type CatalogueEntry } from './catalogue';
export * as klikooSigning from './signing';
export type { TransactionsQuery } from './contract/requests';
export type * from './types';
