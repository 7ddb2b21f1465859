import type { ProviderId } from '../../domain/provider-id';
import type { Rupiah } from '../../money';
import type { ReadResult } from '../outcome';

/**
 * What the registry needs to know about one provider, whatever its API looks like: how to read
 * its credentials, build its client, ask its balance (the "test connection"), and start its
 * simulator for Sandbox mode. One small adapter file per provider; the clients stay untouched.
 */
export interface CredentialField {
  name: string;
  label: string;
  multiline?: boolean;
  /** An address (IAK's postpaid URL): validated like the live base URL (https, or http on this computer). */
  url?: boolean;
}

export interface RunningSimulator<C> {
  baseUrl: string;
  credentials: C;
  close(): Promise<void>;
}

export interface ProviderAdapter<C, Client> {
  id: ProviderId;
  name: string;
  credentialFields: CredentialField[];
  /** Builds typed credentials from stored fields; throws with the missing field's label. */
  parseCredentials(values: Record<string, string>): C;
  /** `timeoutMs` overrides the provider's own default (tests and the crash harness shorten it). */
  createClient(baseUrl: string, credentials: C, options?: { timeoutMs?: number }): Client;
  checkBalance(client: Client): Promise<ReadResult<Rupiah>>;
  /** `callbackUrl`: where the simulator posts callbacks, for providers that send them. */
  startSimulator(options: { initialBalance: Rupiah; callbackUrl?: string }): Promise<RunningSimulator<C>>;
}

/** Reads required string fields, naming the first one missing. */
export function requireFields<K extends string>(
  values: Record<string, string>,
  fields: readonly { name: K; label: string }[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const field of fields) {
    const value = values[field.name]?.trim();
    if (!value) throw new Error(`${field.label} belum diisi.`);
    out[field.name] = value;
  }
  return out;
}
