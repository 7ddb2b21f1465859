import type { Migration } from './migration';

/**
 * What Laporan and the cashier's Home read, kept so that a day's summary costs the same on a ledger
 * of a million sales as on a new one:
 *
 * - `sale.rerouted_to`: the next attempt of a refused, rerouted attempt (set by a trigger when that
 *   attempt is inserted). One customer press is one sale: the refused attempt is neither a failure
 *   nor a second price, and every report can tell so from the row itself.
 * - `sale_day_total`: per business day, category, provider, product and shift (0 = no shift), the
 *   counts and money of the sales made that day, kept by triggers in the same transaction as every
 *   change of a sale row, so it can never disagree with the rows (a test recomputes it). A row's
 *   share is a pure function of its columns: a rerouted attempt has none; success counts with its
 *   price and the cost the provider charged (reported_cost, else cost); open states are pending;
 *   a failure counts, with its refund when one is owed or paid. Money an owner's late-success
 *   decision moves, and commission, are read from the ledger at report time (rare rows).
 * - `sale_alert_resolved_by_day`: finds those late-success decisions of a range without a scan.
 * - `provider_balance_reading`: each balance a provider reported (providers:balances) beside the
 *   ledger's deposit at that moment, for Laporan's deposit movements (append-only).
 */
export const migration009: Migration = {
  version: 9,
  name: 'reports',
  up(db) {
    db.exec(`
      ALTER TABLE sale ADD COLUMN rerouted_to INTEGER REFERENCES sale(id);
      UPDATE sale SET rerouted_to = (SELECT MAX(n.id) FROM sale n WHERE n.rerouted_from = sale.id)
        WHERE id IN (SELECT rerouted_from FROM sale WHERE rerouted_from IS NOT NULL);
      CREATE TRIGGER sale_marks_rerouted AFTER INSERT ON sale WHEN NEW.rerouted_from IS NOT NULL
        BEGIN UPDATE sale SET rerouted_to = NEW.id WHERE id = NEW.rerouted_from; END;

      CREATE TABLE sale_day_total (
        business_day TEXT NOT NULL,
        kind TEXT NOT NULL,
        provider TEXT NOT NULL,
        product_id TEXT NOT NULL,
        shift_key INTEGER NOT NULL,
        product_name TEXT NOT NULL,
        success_count INTEGER NOT NULL,
        gross INTEGER NOT NULL,
        cost INTEGER NOT NULL,
        refund_count INTEGER NOT NULL,
        refund_amount INTEGER NOT NULL,
        refunds_paid INTEGER NOT NULL,
        pending_count INTEGER NOT NULL,
        failed_count INTEGER NOT NULL,
        PRIMARY KEY (business_day, kind, provider, product_id, shift_key)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO sale_day_total
        SELECT business_day, kind, provider, product_id, COALESCE(shift_id, 0), MAX(product_name), ${shareColumns('sale', 'SUM')}
          FROM sale GROUP BY business_day, kind, provider, product_id, COALESCE(shift_id, 0);

      CREATE TRIGGER sale_totals_on_insert AFTER INSERT ON sale
        BEGIN ${upsertShare('NEW', 1)} END;
      CREATE TRIGGER sale_totals_on_update
        AFTER UPDATE OF state, refund, price, cost, reported_cost, rerouted_to, shift_id, business_day, kind, provider, product_id ON sale
        WHEN ${bucket('OLD')} <> ${bucket('NEW')} OR OLD.refund IS NOT NEW.refund OR OLD.price IS NOT NEW.price OR OLD.cost IS NOT NEW.cost
          OR OLD.reported_cost IS NOT NEW.reported_cost OR OLD.rerouted_to IS NOT NEW.rerouted_to OR OLD.shift_id IS NOT NEW.shift_id
          OR OLD.business_day IS NOT NEW.business_day OR OLD.kind IS NOT NEW.kind OR OLD.provider IS NOT NEW.provider
          OR OLD.product_id IS NOT NEW.product_id
        BEGIN ${upsertShare('OLD', -1)} ${upsertShare('NEW', 1)} END;

      CREATE INDEX sale_alert_resolved_by_day ON sale(business_day) WHERE alert_resolved_at IS NOT NULL;

      CREATE TABLE provider_balance_reading (
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL CHECK (provider IN ('mmbc','iak','ayoconnect','klikoo')),
        at INTEGER NOT NULL,
        business_day TEXT NOT NULL,
        reported INTEGER NOT NULL,
        ledger INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX provider_balance_reading_by_day ON provider_balance_reading(provider, business_day, at);
      CREATE TRIGGER provider_balance_reading_no_update BEFORE UPDATE ON provider_balance_reading
        BEGIN SELECT RAISE(ABORT, 'balance readings are append-only'); END;
      CREATE TRIGGER provider_balance_reading_no_delete BEFORE DELETE ON provider_balance_reading
        BEGIN SELECT RAISE(ABORT, 'balance readings are append-only'); END;
    `);
  },
};

/**
 * The share of one sale row (`r`) in each total column, wrapped in `agg` (SUM for the backfill).
 * Also what Laporan sums from sale rows when it filters by user (reports/user-totals.ts): the one
 * rule, so a user's totals are counted exactly as the day totals are.
 */
export function shareColumns(r: string, agg: '' | 'SUM', sign = 1): string {
  const live = `${r}.rerouted_to IS NULL`;
  const when = (condition: string, value: string) => `${agg}(CASE WHEN ${live} AND ${condition} THEN ${sign} * ${value} ELSE 0 END)`;
  return [
    when(`${r}.state = 'success'`, '1'),
    when(`${r}.state = 'success'`, `${r}.price`),
    when(`${r}.state = 'success'`, `COALESCE(${r}.reported_cost, ${r}.cost)`),
    when(`${r}.state = 'failed' AND ${r}.refund <> 'none'`, '1'),
    when(`${r}.state = 'failed' AND ${r}.refund <> 'none'`, `${r}.price`),
    when(`${r}.state = 'failed' AND ${r}.refund = 'paid'`, `${r}.price`),
    when(`${r}.state IN ('committed', 'sent', 'pending', 'unknown')`, '1'),
    when(`${r}.state = 'failed'`, '1'),
  ].join(', ');
}

/** Which total a state counts in: moving between open states (committed -> sent -> pending) changes no total. */
function bucket(r: 'NEW' | 'OLD'): string {
  return `(CASE ${r}.state WHEN 'success' THEN 1 WHEN 'failed' THEN 2 ELSE 0 END)`;
}

const TOTAL_COLUMNS = ['success_count', 'gross', 'cost', 'refund_count', 'refund_amount', 'refunds_paid', 'pending_count', 'failed_count'];

/** Adds (sign 1) or takes away (sign -1) row `r`'s share in its group. */
function upsertShare(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `INSERT INTO sale_day_total (business_day, kind, provider, product_id, shift_key, product_name, ${TOTAL_COLUMNS.join(', ')})
      VALUES (${r}.business_day, ${r}.kind, ${r}.provider, ${r}.product_id, COALESCE(${r}.shift_id, 0), ${r}.product_name, ${shareColumns(r, '', sign)})
      ON CONFLICT (business_day, kind, provider, product_id, shift_key) DO UPDATE SET
        ${sign === 1 ? 'product_name = excluded.product_name, ' : ''}${TOTAL_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')};`;
}
