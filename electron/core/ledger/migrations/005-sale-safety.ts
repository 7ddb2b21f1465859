import type { Migration } from './migration';

/**
 * What a sale must remember to be settled safely later:
 * - `provider_mode` / `provider_base_url`: the endpoint it was SENT to. A status check must ask the
 *   same endpoint (a sandbox sale is never checked against live, nor the other way round). Sales
 *   from before this migration were all sent in the mode their provider has today; they keep
 *   `provider_mode` from provider_setting and a NULL base URL (asked wherever that mode points).
 * - `reported_cost`: what the provider said it charged (e.g. MMBC `debet` in a pending answer),
 *   remembered until the sale settles so the success posting uses the real amount.
 * - `alert` + evidence: a success that arrived for a sale already failed (and maybe refunded): money
 *   was delivered AND owed back. The owner must see it; `alert_resolved_at`/`alert_resolution`
 *   record the owner's action.
 * - an index on `rerouted_from`: every start looks for refused attempts whose next attempt never
 *   got written (stranded reroutes) and a repeated request walks to its newest attempt; both ask
 *   "which sale was rerouted from this one". Partial: most sales were never rerouted.
 */
export const migration005: Migration = {
  version: 5,
  name: 'sale-safety',
  up(db) {
    db.exec(`
      ALTER TABLE sale ADD COLUMN provider_mode TEXT NOT NULL DEFAULT 'sandbox' CHECK (provider_mode IN ('sandbox','live'));
      ALTER TABLE sale ADD COLUMN provider_base_url TEXT;
      ALTER TABLE sale ADD COLUMN reported_cost INTEGER CHECK (reported_cost IS NULL OR reported_cost > 0);
      ALTER TABLE sale ADD COLUMN alert TEXT CHECK (alert IS NULL OR alert IN ('late_success'));
      ALTER TABLE sale ADD COLUMN alert_evidence TEXT;
      ALTER TABLE sale ADD COLUMN alert_at INTEGER;
      ALTER TABLE sale ADD COLUMN alert_resolved_at INTEGER;
      ALTER TABLE sale ADD COLUMN alert_resolution TEXT;
      UPDATE sale SET provider_mode = COALESCE((SELECT mode FROM provider_setting ps WHERE ps.provider = sale.provider), 'sandbox');
      CREATE INDEX sale_alert_open ON sale(alert_at) WHERE alert IS NOT NULL AND alert_resolved_at IS NULL;
      CREATE INDEX sale_rerouted_from ON sale(rerouted_from) WHERE rerouted_from IS NOT NULL;
    `);
  },
};
