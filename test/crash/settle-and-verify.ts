import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import type { ProviderId } from '../../electron/core/api/schemas';
import type { Core } from '../../electron/core/app/core';
import { verifyLedger } from '../../electron/core/ledger';
import { openCrashCore, type SimLine } from './crash-core';
import { providerBalance, providerTransactions } from './provider-truth';
import { OWNER_SESSION } from '../support/sessions';

type SaleRow = { id: number; ref_id: string; provider: ProviderId; customer_no: string; state: string; needs_operator: number };

/** What a provider knows our sale by: IAK, Klikoo and Ayoconnect our ref_id; MMBC (no reference of ours) the number. */
const keyOf = (sale: SaleRow): string => (sale.provider === 'mmbc' ? sale.customer_no : sale.ref_id);

/**
 * The end of every crash run: restart once more with the simulators reachable and let recovery and
 * the reconciler settle what they can; sales left to the operator (MMBC answers lost, Klikoo sales its
 * history does not show) are decided through the operator action the UI offers, from that provider's history. Then the providers' truth and the ledger
 * must agree: every sale settled, no provider transaction twice or without a sale, every success
 * at the provider a success here, the ledger balanced, each deposit equal to the provider's balance.
 * Returns the summary line the test prints.
 */
export async function settleAndVerify(dataDir: string, sims: SimLine[], label: string): Promise<{ sales: number; summary: string }> {
  const core = await openCrashCore(dataDir, sims);
  const db = new Database(join(dataDir, 'loket.db'), { readonly: true });
  try {
    const rows = (): SaleRow[] => db.prepare('SELECT id, ref_id, provider, customer_no, state, needs_operator FROM sale').all() as SaleRow[];
    const neverIssued = new Set<string>();
    await vi.waitFor(
      async () => {
        const open = rows().filter((s) => s.state !== 'success' && s.state !== 'failed' && s.needs_operator === 0);
        if (open.length === 0) return;
        for (const code of await endBookingsNeverIssued(sims, open)) neverIssued.add(code);
        throw new Error(`${open.length} sales still open: ${JSON.stringify(open.slice(0, 6))}`);
      },
      { timeout: 60_000, interval: 200 },
    );
    await decideOperatorSales(core, sims, rows());

    const sales = rows();
    expect(sales.filter((s) => s.state !== 'success' && s.state !== 'failed')).toEqual([]);
    // Our keys are unique by construction (customer-numbers.ts, ref_id UNIQUE): a provider
    // transaction seen twice below is then a real double charge, never two sales sharing a key.
    const sharedKeys = [...countBy(sales, (s) => `${s.provider} ${keyOf(s)}`)].filter(([, n]) => n > 1);
    expect(sharedKeys, 'two crash sales share the key their provider knows them by').toEqual([]);

    let transactions = 0;
    for (const sim of sims) {
      const byKey = new Map(sales.filter((s) => s.provider === sim.provider).map((s) => [keyOf(s), s]));
      const theirs = await providerTransactions(sim);
      transactions += theirs.length;
      const doubles = [...countBy(theirs, (t) => t.key)].filter(([, n]) => n > 1);
      expect(doubles, `${sim.provider}: a transaction exists twice`).toEqual([]);
      for (const t of theirs) {
        const sale = byKey.get(t.key);
        expect(sale, `${sim.provider} transaction ${t.key} has no sale`).toBeDefined();
        if (/success|sukses|^issued$/i.test(t.status)) expect(sale!.state, `${sim.provider} ${t.key}`).toBe('success');
      }
      const ledgerDeposit = (db.prepare('SELECT COALESCE(SUM(p.amount),0) AS v FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = ?').get(`deposit:${sim.provider}`) as { v: number }).v;
      expect(ledgerDeposit, `${sim.provider} deposit`).toBe(await providerBalance(sim));
    }
    const tickets = await verifyTickets(db, sims);
    expect(verifyLedger(db)).toEqual([]);

    const tally = (f: (s: SaleRow) => boolean): number => sales.filter(f).length;
    const summary =
      `crash ${label}: ${sales.length} sales, ${tally((s) => s.state === 'success')} success, ${tally((s) => s.state === 'failed')} failed, ` +
      `${tally((s) => s.needs_operator === 1)} settled by the operator; ${sales.length} sale keys checked unique ` +
      `(MMBC by number, others by ref_id), ${transactions} provider transactions matched, none twice; ` +
      `${tickets.issued} of ${tickets.sales} flight tickets issued, each as its booking at MMBC` +
      (neverIssued.size > 0 ? ` (${neverIssued.size} issue never reached MMBC: open until its booking's time limit, let pass)` : '');
    return { sales: sales.length, summary };
  } finally {
    db.close();
    await core.close();
  }
}

/**
 * Sales the app could not settle by asking (MMBC without an invoice; Klikoo after its history scans
 * found nothing) are decided through the operator action the UI offers, from what THAT provider's
 * own history shows for the sale's key.
 */
async function decideOperatorSales(core: Core, sims: SimLine[], sales: SaleRow[]): Promise<void> {
  const call = async (channel: string, input: unknown): Promise<void> => {
    const result = await core.dispatch(channel, input, OWNER_SESSION);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  const waiting = sales.filter((s) => s.needs_operator === 1 && s.state !== 'success' && s.state !== 'failed');
  for (const sim of sims) {
    const mine = waiting.filter((s) => s.provider === sim.provider);
    if (mine.length === 0) continue;
    const truth = new Map((await providerTransactions(sim)).map((t) => [t.key, t.status]));
    for (const sale of mine) {
      const status = truth.get(keyOf(sale));
      const charged = status !== undefined && !/gagal|fail/i.test(status);
      await call('sales:operatorEvidence', { id: sale.id });
      await call('sales:operatorDecision', { id: sale.id, decision: charged ? 'success' : 'failed', note: `dicek di riwayat ${sim.provider.toUpperCase()}` });
    }
  }
}

/**
 * Each flight issue against its booking at MMBC: success exactly when the booking is issued (the
 * NTA stays charged); failed when it is not (waiting: never issued, cancel: refunded, expired).
 * The deposits were compared above, so a failed issue charged nothing in the end.
 */
/**
 * A kill between marking a ticket issue sent and the request reaching MMBC leaves the booking
 * waiting: the sale rightly stays open (a waiting booking may still be issued by a request on its
 * way), asked about again and again until MMBC ends the booking at its time limit
 * (mmbc issue-mapping, flight-issue.test.ts). Nothing re-sends it after a restart, so here that time
 * limit is let pass at the simulator; the sale must then fail with its refund owed, and
 * verifyTickets checks it against the expired booking.
 */
async function endBookingsNeverIssued(sims: SimLine[], open: SaleRow[]): Promise<string[]> {
  const mmbc = sims.find((s) => s.provider === 'mmbc');
  const mine = open.filter((s) => s.provider === 'mmbc');
  if (!mmbc || mine.length === 0) return [];
  const origin = new URL(mmbc.baseUrl).origin;
  const bookings = (await (await fetch(`${origin}/__sim-state/mmbc/bookings`)).json()) as { kodebooking: string; status: string }[];
  const waiting = new Set(bookings.filter((b) => b.status === 'waiting').map((b) => b.kodebooking));
  const ended = mine.filter((s) => waiting.has(s.customer_no)).map((s) => s.customer_no);
  for (const code of ended) await fetch(`${origin}/__sim-state/mmbc/bookings/${code}/expire`, { method: 'POST' });
  return ended;
}

async function verifyTickets(db: Database.Database, sims: SimLine[]): Promise<{ sales: number; issued: number }> {
  const mmbc = sims.find((s) => s.provider === 'mmbc');
  const tickets = db.prepare("SELECT id, customer_no AS code, state FROM sale WHERE kind = 'flight'").all() as { id: number; code: string; state: string }[];
  if (!mmbc || tickets.length === 0) return { sales: tickets.length, issued: 0 };
  const bookings = (await (await fetch(`${new URL(mmbc.baseUrl).origin}/__sim-state/mmbc/bookings`)).json()) as { kodebooking: string; status: string }[];
  const status = new Map(bookings.map((b) => [b.kodebooking, b.status]));
  for (const ticket of tickets) {
    const booking = status.get(ticket.code);
    expect(booking, `ticket sale ${ticket.id}: booking ${ticket.code} unknown at MMBC`).toBeDefined();
    expect({ sale: ticket.id, code: ticket.code, issued: ticket.state === 'success' }).toEqual({ sale: ticket.id, code: ticket.code, issued: booking === 'issued' });
  }
  return { sales: tickets.length, issued: tickets.filter((t) => t.state === 'success').length };
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
