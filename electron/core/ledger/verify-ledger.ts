import type Database from 'better-sqlite3';

export interface LedgerProblem {
  entryId: number | null;
  problem: string;
}

/**
 * The invariant checker (Jepsen's bank test, for one outlet): every entry has >= 2 postings summing
 * to zero, and the whole journal sums to zero. Run by tests after every operation sequence and for
 * maintenance; an empty list means the books are sound. It reads every posting, so the app's start-up
 * runs the same checks on what was written since the last clean check (verify-since-checkpoint.ts).
 */
export function verifyLedger(db: Database.Database): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const bad = db
    .prepare(
      `SELECT e.id, COUNT(p.id) AS n, COALESCE(SUM(p.amount), 0) AS total
         FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id
        GROUP BY e.id HAVING n < 2 OR total <> 0`,
    )
    .all() as { id: number; n: number; total: number }[];
  for (const row of bad) problems.push({ entryId: row.id, problem: `${row.n} postings summing to ${row.total}` });
  const trial = db.prepare('SELECT COALESCE(SUM(amount), 0) AS total FROM posting').get() as { total: number };
  if (trial.total !== 0) problems.push({ entryId: null, problem: `trial balance is ${trial.total}, not 0` });
  const drifted = db
    .prepare(
      `SELECT a.code, COALESCE(t.total, 0) AS kept, COALESCE((SELECT SUM(p.amount) FROM posting p WHERE p.account_id = a.id), 0) AS summed
         FROM account a LEFT JOIN account_total t ON t.account_id = a.id WHERE kept <> summed`,
    )
    .all() as { code: string; kept: number; summed: number }[];
  for (const row of drifted) problems.push({ entryId: null, problem: `account ${row.code} total ${row.kept} differs from its postings ${row.summed}` });
  return problems;
}
