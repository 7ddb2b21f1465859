import type { ProviderId } from '../domain/provider-id';
import type { Ledger } from '../ledger';
import { statement } from './statements';

export interface BalanceReading {
  at: number;
  reported: number;
  ledger: number;
  difference: number;
}

/**
 * Remembers a balance the provider reported, beside the ledger's deposit at that moment, so
 * Laporan's deposit movements can show them side by side later (append-only, migration 009).
 */
export function recordBalanceReading(ledger: Ledger, reading: { provider: ProviderId; at: number; reported: number; ledger: number }): void {
  statement(ledger.db, 'INSERT INTO provider_balance_reading (provider, at, business_day, reported, ledger) VALUES (?, ?, ?, ?, ?)').run(
    reading.provider,
    reading.at,
    ledger.businessDay(reading.at),
    reading.reported,
    reading.ledger,
  );
}

/** The provider's readings on the range's business days, oldest first. */
export function balanceReadings(ledger: Ledger, provider: ProviderId, from: string, to: string): BalanceReading[] {
  const rows = statement(
    ledger.db,
    'SELECT at, reported, ledger FROM provider_balance_reading WHERE provider = ? AND business_day BETWEEN ? AND ? ORDER BY at, id',
  ).all(provider, from, to) as Omit<BalanceReading, 'difference'>[];
  return rows.map((row) => ({ ...row, difference: row.reported - row.ledger }));
}
