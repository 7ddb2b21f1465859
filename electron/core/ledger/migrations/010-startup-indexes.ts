import type { Migration } from './migration';

/**
 * Indexes for what every start and the cashier's Home read, so neither grows with history (the
 * startup.1m benchmark: a year of 1,000,000 sales). Each is partial where the rows it serves are few,
 * and matches its query's WHERE word for word (SQLite uses a partial index only then):
 * - sale_interrupted: the recovery sweep, sales left committed or sent by a stopped app;
 * - sale_failed_unrefunded: the stranded-reroute sweep, refused attempts that kept the money and have
 *   no next attempt (rerouted_to, migration 009): none in a healthy ledger, however many reroutes;
 * - sale_due: the reconciler's next status checks;
 * - sale_refund_due + sale_alert_unresolved: with sale_open, the Pending panel's three OR terms each
 *   have an index, so SQLite answers it as a union of three small lookups instead of a scan;
 * - journal_entry_by_kind: the parked training and live deposits are read by entry kind (at start for
 *   a provider in Live, at every mode switch); without it that read walks every posting of the deposit.
 */
export const migration010: Migration = {
  version: 10,
  name: 'startup-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX sale_interrupted ON sale(id) WHERE state IN ('committed','sent');
      CREATE INDEX sale_failed_unrefunded ON sale(id) WHERE state = 'failed' AND refund = 'none' AND rerouted_to IS NULL;
      CREATE INDEX sale_due ON sale(next_check_at) WHERE state IN ('pending','unknown') AND needs_operator = 0 AND next_check_at IS NOT NULL;
      CREATE INDEX sale_refund_due ON sale(refund) WHERE refund = 'due';
      CREATE INDEX sale_alert_unresolved ON sale(alert_resolved_at) WHERE alert IS NOT NULL AND alert_resolved_at IS NULL;
      CREATE INDEX journal_entry_by_kind ON journal_entry(kind);
    `);
  },
};
