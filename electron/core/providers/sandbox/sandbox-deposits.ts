import type { ProviderId } from '../../domain/provider-id';
import { ACCOUNT, depositAccount, type Ledger } from '../../ledger';
import { rupiah } from '../../money';

/** What each sandbox provider deposit starts with, so training sales work out of the box. */
export const SANDBOX_OPENING_DEPOSIT = rupiah(5_000_000);

/**
 * A provider's deposit account always holds the money at the provider the app talks to NOW: the
 * training money in Sandbox, the real deposit in Live. The other pool waits in owner capital,
 * recorded by the entries below, and comes back on the next switch:
 *
 *   go live:     training left -> out (`sandbox_deposit_closeout`), parked live money -> in (`live_deposit_restored`)
 *   go sandbox:  live money -> out (`live_deposit_parked`), training left -> in (`sandbox_deposit_reopen`)
 *
 * What each pool holds is read back from those entries by kind, never from a stored figure, and
 * every key carries the cycle's number (one more than the entries of its kind already written for
 * the provider), so each go-live/go-sandbox cycle has its own keys by construction. A real top-up
 * recorded while the provider is in Sandbox is parked with the live money at once: training money
 * and real money never mix, and the ledger keeps agreeing with the simulator.
 */
const KIND = {
  seed: 'sandbox_deposit',
  closeOut: 'sandbox_deposit_closeout',
  reopen: 'sandbox_deposit_reopen',
  park: 'live_deposit_parked',
  restore: 'live_deposit_restored',
} as const;

/** Puts the training deposit in the ledger once per provider (first start), as owner capital. */
export function seedSandboxDeposit(ledger: Ledger, provider: ProviderId): void {
  ledger.post({
    idemKey: `sandbox-seed:${provider}`,
    kind: KIND.seed,
    memo: `Deposit latihan (Sandbox) ${provider.toUpperCase()}`,
    postings: moveIn(provider, SANDBOX_OPENING_DEPOSIT),
  });
}

/** Sandbox -> Live, inside the caller's transaction. */
export function closeOutSandboxDeposit(ledger: Ledger, provider: ProviderId): void {
  const name = provider.toUpperCase();
  const training = depositBalance(ledger, provider);
  if (training > 0) {
    post(ledger, provider, KIND.closeOut, 'sandbox-closeout', `Tutup deposit latihan (Sandbox) ${name} saat beralih ke Live`, -training);
  }
  const live = liveParked(ledger, provider);
  if (live > 0) post(ledger, provider, KIND.restore, 'live-restore', `Deposit Live ${name} kembali saat beralih ke Live`, live);
}

/** Live -> Sandbox, inside the caller's transaction. */
export function reopenSandboxDeposit(ledger: Ledger, provider: ProviderId): void {
  const name = provider.toUpperCase();
  const live = depositBalance(ledger, provider);
  if (live > 0) post(ledger, provider, KIND.park, 'live-park', `Deposit Live ${name} disimpan selama mode Sandbox`, -live);
  const training = trainingParked(ledger, provider);
  if (training > 0) post(ledger, provider, KIND.reopen, 'sandbox-reopen', `Deposit latihan (Sandbox) ${name} dibuka lagi`, training);
}

/** A real top-up recorded while the provider is in Sandbox waits with the live money. Once per top-up entry. */
export function parkSandboxTopUp(ledger: Ledger, provider: ProviderId, topUpEntryId: number): void {
  const amount = entryDepositAmount(ledger, topUpEntryId, provider);
  if (amount <= 0) return;
  ledger.post({
    idemKey: parkedTopUpKey(topUpEntryId),
    kind: KIND.park,
    memo: `Top-up deposit ${provider.toUpperCase()} disimpan untuk mode Live (sekarang Sandbox)`,
    postings: moveIn(provider, -amount),
  });
}

/** How much of this top-up entry was parked for Live when it was recorded (0: it went into the deposit). */
export function parkedTopUpAmount(ledger: Ledger, provider: ProviderId, topUpEntryId: number): number {
  const park = ledger.db.prepare('SELECT id FROM journal_entry WHERE idem_key = ?').get(parkedTopUpKey(topUpEntryId)) as { id: number } | undefined;
  return park ? -entryDepositAmount(ledger, park.id, provider) : 0;
}

function parkedTopUpKey(topUpEntryId: number): string {
  return `live-park-topup:${topUpEntryId}`;
}

/**
 * Taking back a top-up while the provider is in Sandbox takes its money from the parked live money,
 * not from training. Returns false when not that much is parked (a top-up older versions left in
 * the deposit): the correction then takes it from the deposit as before.
 */
export function unparkForCorrection(ledger: Ledger, provider: ProviderId, amount: number, requestId: string): boolean {
  if (liveParked(ledger, provider) < amount) return false;
  ledger.post({
    idemKey: `live-unpark:${requestId}`,
    kind: KIND.restore,
    memo: `Deposit Live ${provider.toUpperCase()} diambil kembali untuk koreksi top-up`,
    postings: moveIn(provider, amount),
  });
  return true;
}

/** What the provider's simulator should start with: the training money, wherever it is now. */
export function trainingDeposit(ledger: Ledger, provider: ProviderId, mode: 'sandbox' | 'live'): bigint {
  return mode === 'sandbox' ? ledger.exactRawBalance(depositAccount(provider)) : BigInt(trainingParked(ledger, provider));
}

/** Training money waiting in owner capital: closed out minus reopened. */
export function trainingParked(ledger: Ledger, provider: ProviderId): number {
  return -(depositPostings(ledger, provider, KIND.closeOut) + depositPostings(ledger, provider, KIND.reopen));
}

/** Live money waiting in owner capital: parked minus restored. */
export function liveParked(ledger: Ledger, provider: ProviderId): number {
  return -(depositPostings(ledger, provider, KIND.park) + depositPostings(ledger, provider, KIND.restore));
}

/** What one entry put into (positive) or took from the provider's deposit. */
export function entryDepositAmount(ledger: Ledger, entryId: number, provider: ProviderId): number {
  const row = ledger.db
    .prepare('SELECT COALESCE(SUM(p.amount), 0) AS total FROM posting p JOIN account a ON a.id = p.account_id WHERE p.entry_id = ? AND a.code = ?')
    .get(entryId, depositAccount(provider)) as { total: number };
  return row.total;
}

function depositBalance(ledger: Ledger, provider: ProviderId): number {
  return ledger.rawBalance(depositAccount(provider));
}

/**
 * Both reads below start from the few entries of that kind (journal_entry_by_kind; CROSS JOIN keeps
 * that order) and read each one's postings by entry: walked from the account instead, they would read
 * every posting of the deposit, i.e. every sale.
 */
function depositPostings(ledger: Ledger, provider: ProviderId, kind: string): number {
  const row = ledger.db
    .prepare(
      `SELECT COALESCE(SUM(p.amount), 0) AS total FROM journal_entry e CROSS JOIN posting p INDEXED BY posting_by_entry ON p.entry_id = e.id
        WHERE e.kind = ? AND p.account_id = (SELECT id FROM account WHERE code = ?)`,
    )
    .get(kind, depositAccount(provider)) as { total: number };
  return row.total;
}

function post(ledger: Ledger, provider: ProviderId, kind: string, keyPrefix: string, memo: string, amount: number): void {
  const cycle = countEntries(ledger, provider, kind) + 1;
  ledger.post({ idemKey: `${keyPrefix}:${provider}:${cycle}`, kind, memo, postings: moveIn(provider, amount) });
}

function countEntries(ledger: Ledger, provider: ProviderId, kind: string): number {
  const row = ledger.db
    .prepare(
      `SELECT COUNT(DISTINCT e.id) AS n FROM journal_entry e CROSS JOIN posting p INDEXED BY posting_by_entry ON p.entry_id = e.id
        WHERE e.kind = ? AND p.account_id = (SELECT id FROM account WHERE code = ?)`,
    )
    .get(kind, depositAccount(provider)) as { n: number };
  return row.n;
}

/** Positive: money into the provider deposit from owner capital; negative: back to owner capital. */
function moveIn(provider: ProviderId, amount: number) {
  return [
    { account: depositAccount(provider), amount: rupiah(amount) },
    { account: ACCOUNT.ownerEquity, amount: rupiah(-amount) },
  ];
}
