import type { ProviderId } from '../../domain/provider-id';
import type { EventBus } from '../../app/event-bus';
import { AppError } from '../../errors/app-error';
import type { Ledger } from '../../ledger';
import type { Rupiah } from '../../money';
import type { SecretStore } from '../../secrets/secret-store';
import type { ReadResult } from '../outcome';
import { closeOutSandboxDeposit, reopenSandboxDeposit } from '../sandbox/sandbox-deposits';
import type { SandboxRuntime } from '../sandbox/sandbox-runtime';
import type { ProviderAdapter } from './provider-adapter';
import { normaliseProviderUrl } from './live-url';
import { assertNoOpenSales, expireOpenInquiries } from './open-sales-guard';
import { ProviderSettingsRepo, type ProviderMode } from './provider-settings-repo';

export interface ProviderStatus {
  id: ProviderId;
  name: string;
  mode: ProviderMode;
  baseUrl: string | null;
  liveBaseUrl: string | null;
  credentialFields: { name: string; label: string; stored: boolean; multiline: boolean }[];
  lastOkAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
}

export interface ConfigureInput {
  provider: ProviderId;
  mode: ProviderMode;
  liveBaseUrl?: string;
  credentials?: Record<string, string>;
}

type AnyAdapter = ProviderAdapter<unknown, unknown>;

/**
 * Which endpoint and credentials each provider uses right now (sandbox simulator or live), its
 * health, and the owner's settings. Clients are built lazily and rebuilt when settings change.
 * Live credentials are read from the sealed secret store here and go nowhere else.
 */
export class ProviderService {
  private readonly repo: ProviderSettingsRepo;
  private readonly clients = new Map<ProviderId, unknown>();

  constructor(
    private readonly deps: {
      ledger: Ledger;
      secrets: SecretStore;
      adapters: ReadonlyMap<ProviderId, AnyAdapter>;
      sandbox: SandboxRuntime;
      events: EventBus;
      /** Overrides every client's timeout (tests, crash harness); default: each provider's own. */
      clientTimeoutMs?: number;
    },
  ) {
    this.repo = new ProviderSettingsRepo(deps.ledger.db);
  }

  list(): ProviderStatus[] {
    return [...this.deps.adapters.keys()].map((id) => this.status(id));
  }

  /**
   * Where this provider's requests go now (mode and live address), from the settings row alone: read
   * at every sale commit and status check, so it must not open the sealed credentials like status().
   */
  endpoint(id: ProviderId): { mode: ProviderMode; baseUrl: string | null } {
    const row = this.repo.get(id);
    return { mode: row.mode, baseUrl: row.mode === 'live' ? row.liveBaseUrl : null };
  }

  status(id: ProviderId): ProviderStatus {
    const adapter = this.adapter(id);
    const row = this.repo.get(id);
    const stored = this.storedCredentials(id);
    return {
      id,
      name: adapter.name,
      mode: row.mode,
      baseUrl: row.mode === 'live' ? row.liveBaseUrl : (this.deps.sandbox.endpoint(id)?.baseUrl ?? null),
      liveBaseUrl: row.liveBaseUrl,
      credentialFields: adapter.credentialFields.map((f) => ({
        name: f.name,
        label: f.label,
        stored: Boolean(stored[f.name]),
        multiline: f.multiline ?? false,
      })),
      lastOkAt: row.lastOkAt,
      lastError: row.lastError,
      lastErrorAt: row.lastErrorAt,
    };
  }

  /** The typed client for the provider's current mode (callers narrow with their adapter's type). */
  client(id: ProviderId): unknown {
    let client = this.clients.get(id);
    if (client === undefined) {
      client = this.buildClient(id);
      this.clients.set(id, client);
    }
    return client;
  }

  /** The provider's own deposit balance (Settings' test connection, the balances screen, operator evidence). */
  async balance(id: ProviderId): Promise<ReadResult<Rupiah>> {
    try {
      return await this.adapter(id).checkBalance(this.client(id));
    } catch (err) {
      // A live provider without a URL or credentials cannot be asked: say so instead of throwing.
      return { ok: false, retryable: false, code: 'config', message: err instanceof Error ? err.message : String(err) };
    }
  }

  async testConnection(id: ProviderId): Promise<{ ok: boolean; balance: number | null; message: string; checkedAt: number }> {
    const checkedAt = this.deps.ledger.now();
    const result = await this.balance(id);
    if (result.ok) this.repo.recordOk(id, checkedAt);
    else this.repo.recordError(id, result.message, checkedAt);
    this.deps.events.emit('providers:changed', { provider: id });
    return result.ok
      ? { ok: true, balance: result.value, message: 'Terhubung.', checkedAt }
      : { ok: false, balance: null, message: result.message, checkedAt };
  }

  /** Records a call outcome from any part of the core, for the health shown in Settings. */
  recordHealth(id: ProviderId, ok: boolean, message = ''): void {
    const at = this.deps.ledger.now();
    if (ok) this.repo.recordOk(id, at);
    else this.repo.recordError(id, message, at);
  }

  configure(input: ConfigureInput): ProviderStatus {
    const adapter = this.adapter(input.provider);
    const liveBaseUrl = input.liveBaseUrl === undefined ? this.repo.get(input.provider).liveBaseUrl : normaliseProviderUrl(input.liveBaseUrl);
    const merged = { ...this.storedCredentials(input.provider) };
    for (const [name, value] of Object.entries(input.credentials ?? {})) {
      if (!adapter.credentialFields.some((f) => f.name === name)) {
        throw new AppError('invalid_input', `Kolom kredensial "${name}" tidak dikenal untuk ${adapter.name}.`);
      }
      const field = adapter.credentialFields.find((f) => f.name === name)!;
      const normalised = field.url ? normaliseProviderUrl(value, field.label) : value.trim() || null;
      if (normalised === null) delete merged[name];
      else merged[name] = normalised;
    }
    if (input.mode === 'live') {
      if (!liveBaseUrl) throw new AppError('invalid_input', `Isi alamat API ${adapter.name} sebelum beralih ke Live.`);
      try {
        adapter.parseCredentials(merged);
      } catch (err) {
        throw new AppError('invalid_input', `Kredensial ${adapter.name} belum lengkap: ${(err as Error).message}`);
      }
    }
    const before = this.repo.get(input.provider);
    const wasLive = before.mode === 'live';
    const credentialsChanged = JSON.stringify(sortKeys(merged)) !== JSON.stringify(sortKeys(this.storedCredentials(input.provider)));
    this.deps.ledger.transaction(() => {
      // Checked inside the transaction: no sale can be committed between the check and the switch.
      const modeChanged = input.mode !== before.mode;
      const liveEndpointChanged = liveBaseUrl !== before.liveBaseUrl || credentialsChanged;
      if (modeChanged) assertNoOpenSales(this.deps.ledger.db, input.provider, adapter.name, 'mode');
      else if (liveEndpointChanged) assertNoOpenSales(this.deps.ledger.db, input.provider, adapter.name, 'live-endpoint');
      if (modeChanged || (input.mode === 'live' && liveEndpointChanged)) {
        expireOpenInquiries(this.deps.ledger.db, input.provider, this.deps.ledger.now());
      }
      this.repo.setMode(input.provider, input.mode, liveBaseUrl);
      // The deposit account follows the mode: training money in Sandbox, the real deposit in Live.
      if (input.mode === 'live' && !wasLive) closeOutSandboxDeposit(this.deps.ledger, input.provider);
      if (input.mode === 'sandbox' && wasLive) reopenSandboxDeposit(this.deps.ledger, input.provider);
    });
    this.deps.secrets.set(secretName(input.provider), JSON.stringify(merged));
    this.clients.delete(input.provider);
    this.deps.events.emit('providers:changed', { provider: input.provider });
    return this.status(input.provider);
  }

  private buildClient(id: ProviderId): unknown {
    const adapter = this.adapter(id);
    const row = this.repo.get(id);
    if (row.mode === 'live') {
      // Validated again on use: an address stored before the https rule never reaches a client.
      const liveBaseUrl = row.liveBaseUrl ? normaliseProviderUrl(row.liveBaseUrl) : null;
      if (!liveBaseUrl) throw new AppError('provider_unavailable', `Alamat API ${adapter.name} belum diisi.`);
      return adapter.createClient(liveBaseUrl, adapter.parseCredentials(this.storedCredentials(id)), { timeoutMs: this.deps.clientTimeoutMs });
    }
    const endpoint = this.deps.sandbox.endpoint(id);
    if (!endpoint) throw new AppError('provider_unavailable', `Simulator ${adapter.name} tidak berjalan.`);
    return adapter.createClient(endpoint.baseUrl, endpoint.credentials, { timeoutMs: this.deps.clientTimeoutMs });
  }

  private storedCredentials(id: ProviderId): Record<string, string> {
    const raw = this.deps.secrets.get(secretName(id));
    return raw ? (JSON.parse(raw) as Record<string, string>) : {};
  }

  private adapter(id: ProviderId): AnyAdapter {
    const adapter = this.deps.adapters.get(id);
    if (!adapter) throw new AppError('not_found', `Provider ${id} tidak dikenal.`);
    return adapter;
  }
}

function sortKeys(values: Record<string, string>): [string, string][] {
  return Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
}

function secretName(id: ProviderId): string {
  return `provider:${id}`;
}
