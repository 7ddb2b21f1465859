import type Database from 'better-sqlite3';
import type { ProviderId } from '../domain/provider-id';
import { AppError } from '../errors/app-error';
import { naturalSign, type AccountKind } from './accounts';

export interface AccountBalance {
  code: string;
  name: string;
  kind: AccountKind;
  provider: ProviderId | null;
  balance: number;
}

/**
 * Balances are derived from postings: `account_total` is their running sum, kept by a trigger in the
 * same transaction as each posting (migration 007; verify-ledger compares it with the postings).
 * Totals are 64-bit integers read as BigInt, so a total can never be rounded on its way into
 * JavaScript: one beyond 2^53 is reported as such, never shown wrong.
 */
export function listBalances(db: Database.Database): AccountBalance[] {
  const rows = db
    .prepare(
      `SELECT a.code, a.name, a.kind, a.provider, COALESCE(t.total, 0) AS total
         FROM account a LEFT JOIN account_total t ON t.account_id = a.id
        ORDER BY a.id`,
    )
    .safeIntegers(true)
    .all() as { code: string; name: string; kind: AccountKind; provider: ProviderId | null; total: bigint }[];
  return rows.map(({ total, ...account }) => ({
    ...account,
    balance: exactNumber(BigInt(naturalSign(account.kind)) * total, account.name),
  }));
}

/** Debit-positive sum of one account's postings, exact whatever its size. Never throws on a large total. */
export function exactRawBalance(db: Database.Database, code: string): bigint {
  const row = balanceStatement(db).get(code) as { total: bigint } | undefined;
  return row?.total ?? 0n;
}

/** Read on every sale and every owner entry: prepared once per connection, not per call. */
const balanceStatements = new WeakMap<Database.Database, Database.Statement>();
function balanceStatement(db: Database.Database): Database.Statement {
  let statement = balanceStatements.get(db);
  if (!statement) {
    statement = db
      .prepare('SELECT COALESCE(t.total, 0) AS total FROM account a LEFT JOIN account_total t ON t.account_id = a.id WHERE a.code = ?')
      .safeIntegers(true);
    balanceStatements.set(db, statement);
  }
  return statement;
}

/** Debit-positive sum of one account's postings. */
export function rawBalance(db: Database.Database, code: string): number {
  return exactNumber(exactRawBalance(db, code), code);
}

/** Only entries the journal no longer accepts can get here; say so rather than show a rounded figure. */
function exactNumber(total: bigint, label: string): number {
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new AppError(
      'internal',
      `Saldo ${label} (${total.toString()}) terlalu besar untuk dihitung pasti. Koreksi catatan yang salah ketik sebelum memakai akun ini.`,
    );
  }
  return Number(total);
}
