/**
 * Ayoconnect (ex-Ayopop) bill payment / PPOB OpenAPI: client, simulator, sandbox credentials.
 * See docs/providers/ayoconnect.md.
 */
export { createAyoconnectClient } from './client/client';
export { parseAyoconnectCallback, type ParsedCallback } from './client/callback';
export { startAyoconnectSimulator, ayoconnectSandboxCredentials, type AyoconnectSimulator } from './simulator/simulator';
export type { AyoconnectSimulatorOptions } from './simulator/context';
export { ayoconnectCatalogue, type CatalogueItem as AyoconnectCatalogueItem } from './catalogue';
export { signJwtHs256, verifyJwtHs256, buildAuthHeaders, type AyoconnectCredentials } from './signing';
export { RC as AyoconnectResponseCode } from './contract/response-codes';
export type { ApiVersion as AyoconnectApiVersion } from './contract/requests';
export type * from './types';

export const AYOCONNECT_PROVIDER_ID = 'ayoconnect';
/** Docs: "Any RC outside 0-399 … should be considered as processing … hit API status after 150 seconds". */
export const AYOCONNECT_STATUS_WAIT_MS = 150_000;
