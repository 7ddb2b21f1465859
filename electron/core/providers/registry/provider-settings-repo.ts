import type Database from 'better-sqlite3';
import type { ProviderId } from '../../domain/provider-id';

export type ProviderMode = 'sandbox' | 'live';

export interface ProviderSettingRow {
  provider: ProviderId;
  mode: ProviderMode;
  liveBaseUrl: string | null;
  lastOkAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
}

/** The provider_setting table (migration 002): configuration and health, updated in place. */
export class ProviderSettingsRepo {
  constructor(private readonly db: Database.Database) {}

  get(provider: ProviderId): ProviderSettingRow {
    const row = this.db
      .prepare(
        `SELECT provider, mode, live_base_url AS liveBaseUrl, last_ok_at AS lastOkAt,
                last_error AS lastError, last_error_at AS lastErrorAt
           FROM provider_setting WHERE provider = ?`,
      )
      .get(provider) as ProviderSettingRow | undefined;
    if (!row) throw new Error(`No settings row for provider ${provider}`);
    return row;
  }

  setMode(provider: ProviderId, mode: ProviderMode, liveBaseUrl: string | null): void {
    this.db.prepare('UPDATE provider_setting SET mode = ?, live_base_url = ? WHERE provider = ?').run(mode, liveBaseUrl, provider);
  }

  recordOk(provider: ProviderId, at: number): void {
    this.db.prepare('UPDATE provider_setting SET last_ok_at = ? WHERE provider = ?').run(at, provider);
  }

  recordError(provider: ProviderId, message: string, at: number): void {
    this.db
      .prepare('UPDATE provider_setting SET last_error = ?, last_error_at = ? WHERE provider = ?')
      .run(message.slice(0, 300), at, provider);
  }
}
