import type { Migration } from './migration';

/**
 * Per-provider connection settings and health. This is configuration, not money: rows are updated
 * in place. Credentials are NOT here: they live sealed in the secret store, outside the database.
 */
export const migration002: Migration = {
  version: 2,
  name: 'provider-settings',
  up(db) {
    db.exec(`
      CREATE TABLE provider_setting (
        provider TEXT PRIMARY KEY CHECK (provider IN ('mmbc','iak','ayoconnect','klikoo')),
        mode TEXT NOT NULL DEFAULT 'sandbox' CHECK (mode IN ('sandbox','live')),
        live_base_url TEXT,
        last_ok_at INTEGER,
        last_error TEXT,
        last_error_at INTEGER
      ) STRICT;
      INSERT INTO provider_setting (provider) VALUES ('mmbc'), ('iak'), ('ayoconnect'), ('klikoo');
    `);
  },
};
