import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ChannelInput, ChannelOutput, ErrorBody, ProviderId, Result } from '../api/contract-types';

export type ProviderStatus = ChannelOutput<'providers:list'>['providers'][number];
export type ProviderMode = ProviderStatus['mode'];
export type CredentialField = ProviderStatus['credentialFields'][number];
export type ConnectionCheck = ChannelOutput<'providers:testConnection'>;
export type ConfigureInput = ChannelInput<'providers:configure'>;

/** The last "Tes koneksi" of one provider: in progress, answered by the core, or not reached. */
export interface ConnectionTest {
  busy: boolean;
  /** The core's answer; `check.ok` false means the provider refused or did not answer. */
  check: ConnectionCheck | null;
  /** The call itself failed (core offline, unreadable answer). */
  error: ErrorBody | null;
}

/**
 * Provider settings and health as the core reports them. Credential values never pass through
 * here: the core only says which fields are stored, and the renderer only ever sends new values.
 */
export const useProvidersStore = defineStore('providers', () => {
  const providers = shallowRef<ProviderStatus[]>([]);
  const loaded = ref(false);
  const loadError = ref<ErrorBody | null>(null);
  const tests = reactive<Partial<Record<ProviderId, ConnectionTest>>>({});
  const saving = reactive<Partial<Record<ProviderId, boolean>>>({});
  const inFlightConfigure = new Map<ProviderId, Promise<Result<ProviderStatus>>>();

  const refresh = coalesced(async () => {
    const result = await usePos().call('providers:list', {});
    if (result.ok) {
      providers.value = result.value.providers;
      loaded.value = true;
    }
    // On failure the last known settings stay on screen with the reason above them.
    loadError.value = result.ok ? null : result.error;
  });

  function byId(id: ProviderId): ProviderStatus | null {
    return providers.value.find((p) => p.id === id) ?? null;
  }

  /** Asks the provider its deposit balance. A second press while one is on its way is ignored. */
  async function testConnection(id: ProviderId): Promise<void> {
    if (tests[id]?.busy) return;
    tests[id] = { busy: true, check: null, error: null };
    const result = await usePos().call('providers:testConnection', { provider: id });
    tests[id] = { busy: false, check: result.ok ? result.value : null, error: result.ok ? null : result.error };
    // Last success / last error moved in the core.
    await refresh();
  }

  /**
   * Saves a provider's mode, live address and the credential fields being changed. A second save
   * for the same provider while one is on its way gets the first one's answer instead of a new call.
   */
  function configure(input: ConfigureInput): Promise<Result<ProviderStatus>> {
    const pending = inFlightConfigure.get(input.provider);
    if (pending) return pending;
    const run = (async () => {
      saving[input.provider] = true;
      try {
        const result = await usePos().call('providers:configure', input);
        if (result.ok) {
          providers.value = providers.value.map((p) => (p.id === result.value.id ? result.value : p));
          // A connection test said something about the old endpoint or credentials, not these.
          delete tests[input.provider];
        }
        // Also after a refusal: what is shown comes from the core, and an older list never lands last.
        await refresh();
        return result;
      } finally {
        saving[input.provider] = false;
        inFlightConfigure.delete(input.provider);
      }
    })();
    inFlightConfigure.set(input.provider, run);
    return run;
  }

  let stopListening: (() => void) | null = null;

  /** Loads the list and follows `providers:changed` (another window, a health update, a sale). */
  function start(): Promise<void> {
    stopListening ??= usePos().on('providers:changed', () => void refresh());
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  return { providers, loaded, loadError, tests, saving, byId, refresh, testConnection, configure, start, stop };
});
