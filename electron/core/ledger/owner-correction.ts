import { AppError } from '../errors/app-error';
import { formatRupiah, rupiah } from '../money';
import { ACCOUNT } from './accounts';
import { exactRawBalance } from './balances';
import type { PostResult } from './journal';
import type { Ledger } from './ledger';

/** Only what the owner typed can be taken back this way; sales have their own refund path. */
const CORRECTABLE = new Set(['opening_cash', 'deposit_topup', 'owner_withdrawal']);

export interface CorrectionInput {
  requestId: string;
  entryId: number;
  reason: string;
}

/**
 * Takes back a mistyped owner operation (a top-up with a few zeros too many) with one reversing
 * entry: the journal stays append-only, the original keeps its place in history. Once per entry, and
 * only while the money is still there: a drawer or a deposit never goes below zero.
 */
export function reverseOwnerEntry(ledger: Ledger, input: CorrectionInput): PostResult {
  const idemKey = `owner:${input.requestId}`;
  return ledger.transaction(() => {
    if (ledger.journal.isRecorded(idemKey)) return ledger.post(correction(ledger, input, idemKey));
    const entry = correction(ledger, input, idemKey);
    const already = ledger.db.prepare('SELECT id FROM journal_entry WHERE reverses_id = ?').get(input.entryId) as { id: number } | undefined;
    if (already) throw new AppError('conflict', `Catatan #${input.entryId} sudah dikoreksi (catatan #${already.id}).`);
    for (const posting of entry.postings) {
      if (posting.amount >= 0 || !isCashOrDeposit(posting.account)) continue;
      const available = exactRawBalance(ledger.db, posting.account);
      if (available < BigInt(-posting.amount)) {
        throw new AppError(
          'insufficient_funds',
          `${ledger.accounts.get(posting.account).name} tinggal ${formatRupiah(Number(available))}; tidak bisa mengambil kembali ${formatRupiah(-posting.amount)}.`,
        );
      }
    }
    return ledger.post(entry);
  });
}

function correction(ledger: Ledger, input: CorrectionInput, idemKey: string) {
  const original = ledger.db.prepare('SELECT id, kind, memo FROM journal_entry WHERE id = ?').get(input.entryId) as
    | { id: number; kind: string; memo: string }
    | undefined;
  if (!original) throw new AppError('not_found', `Catatan #${input.entryId} tidak ada.`);
  if (!CORRECTABLE.has(original.kind)) {
    throw new AppError('invalid_input', `Catatan #${input.entryId} bukan catatan kas/deposit pemilik; tidak bisa dikoreksi di sini.`);
  }
  const postings = ledger.db
    .prepare('SELECT a.code AS account, p.amount FROM posting p JOIN account a ON a.id = p.account_id WHERE p.entry_id = ? ORDER BY p.id')
    .all(original.id) as { account: string; amount: number }[];
  return {
    idemKey,
    kind: 'owner_correction',
    memo: `Koreksi catatan #${original.id} (${original.memo}): ${input.reason.trim()}`,
    reversesId: original.id,
    postings: postings.map((p) => ({ account: p.account, amount: rupiah(-p.amount) })),
  };
}

function isCashOrDeposit(code: string): boolean {
  return code === ACCOUNT.cashDrawer || code.startsWith('deposit:');
}
