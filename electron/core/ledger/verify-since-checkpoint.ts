import type Database from 'better-sqlite3';
import { readCheckpoint, writeCheckpoint, type Checkpoint } from './verified-checkpoint';
import type { LedgerProblem } from './verify-ledger';

/**
 * The start-up check: the same invariants as verifyLedger, for what was written since the last clean
 * check, so opening the app does not grow with history. Entries and postings are append-only (triggers
 * refuse UPDATE and DELETE) and their ids only grow, so what was verified stays verified; the new part
 * is read by id range:
 * - every entry after the checkpoint has >= 2 postings summing to zero;
 * - every posting after the checkpoint belongs to an entry after it (a leg added to an old entry would
 *   unbalance it unseen);
 * - each account's kept total equals its total at the checkpoint plus its new postings (so the kept
 *   totals still equal the sums of all postings), and the kept totals add up to zero (trial balance).
 * With no checkpoint (a new or upgraded ledger) that is the whole journal, once. The checkpoint moves
 * only after a clean check, in the same IMMEDIATE transaction, to the last ids that check read: no
 * entry can slip in between. The full verifyLedger stays for tests and maintenance.
 */
export function verifyLedgerSinceCheckpoint(db: Database.Database): LedgerProblem[] {
  return db.transaction(() => {
    const from = readCheckpoint(db);
    const head = {
      entryId: maxId(db, 'journal_entry'),
      postingId: maxId(db, 'posting'),
    };
    if (head.entryId < from.entryId || head.postingId < from.postingId) {
      return [{ entryId: null, problem: `journal ends before the verified checkpoint (entry ${from.entryId}, posting ${from.postingId}): history is missing` }];
    }
    const problems = [...unbalancedSince(db, from, head), ...postingsIntoOldEntries(db, from, head)];
    const totals = keptTotals(db);
    problems.push(...driftSince(db, from, head, totals));
    const trial = [...totals.values()].reduce((sum, t) => sum + t.kept, 0n) + strayTotals(db);
    if (trial !== 0n) problems.push({ entryId: null, problem: `trial balance is ${trial}, not 0` });
    if (problems.length === 0) writeCheckpoint(db, { ...head, totals: new Map([...totals].map(([id, t]) => [id, t.kept])) });
    return problems;
  }).immediate();
}

/** Every query that reads journal rows, by id range (exported for the query-plan test). */
export const SINCE_CHECKPOINT_SQL = {
  unbalanced: `SELECT e.id, COUNT(p.id) AS n, COALESCE(SUM(p.amount), 0) AS total
                 FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id
                WHERE e.id > ? AND e.id <= ?
                GROUP BY e.id HAVING n < 2 OR total <> 0`,
  intoOldEntries: `SELECT p.id, p.entry_id AS entryId, e.id IS NULL AS orphan FROM posting p LEFT JOIN journal_entry e ON e.id = p.entry_id
                    WHERE p.id > ? AND p.id <= ? AND (p.entry_id <= ? OR e.id IS NULL)`,
  addedPerAccount: 'SELECT account_id AS id, SUM(amount) AS total FROM posting WHERE id > ? AND id <= ? GROUP BY account_id',
} as const;

function maxId(db: Database.Database, table: 'journal_entry' | 'posting'): number {
  return (db.prepare(`SELECT COALESCE(MAX(id), 0) AS id FROM ${table}`).get() as { id: number }).id;
}

function unbalancedSince(db: Database.Database, from: Checkpoint, head: { entryId: number }): LedgerProblem[] {
  const rows = db
    .prepare(SINCE_CHECKPOINT_SQL.unbalanced)
    .safeIntegers(true)
    .all(from.entryId, head.entryId) as { id: bigint; n: bigint; total: bigint }[];
  return rows.map((r) => ({ entryId: Number(r.id), problem: `${r.n} postings summing to ${r.total}` }));
}

function postingsIntoOldEntries(db: Database.Database, from: Checkpoint, head: { postingId: number }): LedgerProblem[] {
  const rows = db
    .prepare(SINCE_CHECKPOINT_SQL.intoOldEntries)
    .all(from.postingId, head.postingId, from.entryId) as { id: number; entryId: number; orphan: number }[];
  return rows.map((r) => ({
    entryId: r.entryId,
    problem: r.orphan ? `posting ${r.id} belongs to no entry` : `posting ${r.id} was added to entry ${r.entryId} after it was verified`,
  }));
}

function keptTotals(db: Database.Database): Map<number, { code: string; kept: bigint }> {
  const rows = db
    .prepare('SELECT a.id, a.code, COALESCE(t.total, 0) AS kept FROM account a LEFT JOIN account_total t ON t.account_id = a.id')
    .safeIntegers(true)
    .all() as { id: bigint; code: string; kept: bigint }[];
  return new Map(rows.map((r) => [Number(r.id), { code: r.code, kept: r.kept }]));
}

/** Kept totals of account ids that do not exist (foreign keys forbid them; counted in the trial balance anyway). */
function strayTotals(db: Database.Database): bigint {
  const row = db
    .prepare('SELECT COALESCE(SUM(total), 0) AS total FROM account_total WHERE account_id NOT IN (SELECT id FROM account)')
    .safeIntegers(true)
    .get() as { total: bigint };
  return row.total;
}

function driftSince(
  db: Database.Database,
  from: Checkpoint,
  head: { postingId: number },
  totals: Map<number, { code: string; kept: bigint }>,
): LedgerProblem[] {
  const added = db
    .prepare(SINCE_CHECKPOINT_SQL.addedPerAccount)
    .safeIntegers(true)
    .all(from.postingId, head.postingId) as { id: bigint; total: bigint }[];
  const addedById = new Map(added.map((r) => [Number(r.id), r.total]));
  const problems: LedgerProblem[] = [];
  for (const id of addedById.keys()) {
    if (!totals.has(id)) problems.push({ entryId: null, problem: `postings to account id ${id}, which does not exist` });
  }
  for (const [id, { code, kept }] of totals) {
    const summed = (from.totals.get(id) ?? 0n) + (addedById.get(id) ?? 0n);
    if (kept !== summed) problems.push({ entryId: null, problem: `account ${code} total ${kept} differs from its postings ${summed}` });
  }
  return problems;
}

