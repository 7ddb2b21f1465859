import type Database from 'better-sqlite3';
import type { ProviderId } from '../api/schemas';
import { naturalSign, type AccountKind } from './accounts';

export interface AccountBalance {
  code: string;
  name: string;
  kind: AccountKind;
  provider: ProviderId | null;
  balance: number;
}

/** Balances are always derived from postings; there is no stored balance to drift. */
export function listBalances(db: Database.Database): AccountBalance[] {
  const rows = db
    .prepare(
      `SELECT a.code, a.name, a.kind, a.provider, COALESCE(SUM(p.amount), 0) AS total
         FROM account a LEFT JOIN posting p ON p.account_id = a.id
        GROUP BY a.id ORDER BY a.id`,
    )
    .all() as { code: string; name: string; kind: AccountKind; provider: ProviderId | null; total: number }[];
  return rows.map(({ total, ...account }) => ({ ...account, balance: naturalSign(account.kind) * total || 0 }));
}

/** Debit-positive sum of one account's postings. */
export function rawBalance(db: Database.Database, code: string): number {
  const row = db
    .prepare('SELECT COALESCE(SUM(p.amount), 0) AS total FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = ?')
    .get(code) as { total: number };
  return row.total;
}
