import { readSheet } from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import { ACCOUNT, depositAccount } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { DAY, insertSettledSales, openExportWorld, type ExportWorld } from './export-fixture';

/**
 * A long export must keep the other screens answering while it writes Mutasi deposit and Kas, not
 * only while it writes Transaksi: the movements are read in bounded chunks, and between two chunks
 * the event loop runs other work. Proven by order, not by time: a heartbeat that re-queues itself
 * on the event loop (as another channel's call would be answered) must tick between every two
 * progress steps, and every step covers at most one chunk of rows.
 */
let world: ExportWorld;

beforeEach(async () => {
  world = await openExportWorld();
});
afterEach(() => world.close());

const SALES = 1_200;
const CASH_ENTRIES = 2_500;
const DEPOSIT_ENTRIES = 1_500;

/** Drawer top-ups (entry 1,000 has two drawer legs: the 1,000th and 1,001st, across a chunk's edge) and deposit moves. */
function postMovements(world: ExportWorld): void {
  const { ledger, db } = world;
  db.transaction(() => {
    for (let i = 1; i <= CASH_ENTRIES; i += 1) {
      const legs = i === 1_000 ? [{ account: ACCOUNT.cashDrawer, amount: rupiah(600) }, { account: ACCOUNT.cashDrawer, amount: rupiah(400) }] : [{ account: ACCOUNT.cashDrawer, amount: rupiah(i) }];
      const sum = legs.reduce((n, l) => n + l.amount, 0);
      ledger.post({ idemKey: `chunk-cash-${i}`, kind: 'test', memo: `kas ${i}`, postings: [...legs, { account: 'owner_equity', amount: rupiah(-sum) }] });
    }
    for (let i = 1; i <= DEPOSIT_ENTRIES; i += 1) {
      const amount = i % 2 === 0 ? -i : 2 * i;
      ledger.post({
        idemKey: `chunk-deposit-${i}`, kind: 'test', memo: `deposit ${i}`,
        postings: [{ account: depositAccount('iak'), amount: rupiah(amount) }, { account: 'owner_equity', amount: rupiah(-amount) }],
      });
    }
  })();
}

describe('the report sheets of a long .xlsx export', () => {
  it('are written in bounded chunks with the event loop running between them, balances exact across chunk edges', async () => {
    insertSettledSales(world.db, SALES, DAY, 'LKCHUNK');
    postMovements(world);
    let beats = 0;
    let beating = true;
    const beat = () => {
      beats += 1;
      if (beating) setImmediate(beat);
    };
    beat();
    const steps: { done: number; beats: number }[] = [];
    world.events.on((event, payload) => {
      const view = payload as ExportJobView;
      if (event === 'exports:progress' && view.state === 'running') steps.push({ done: view.done, beats });
    });
    const exporter = world.exporter({ chunkSize: 1_000 });
    const ended = await exporter.whenEnded(exporter.start({ format: 'xlsx', range: { from: DAY, to: DAY } }).jobId);
    beating = false;
    expect(ended.state).toBe('done');
    // Every row of every sheet counted: the sales, the drawer legs, the deposit legs (incl. the 4 funding ones of the world).
    expect(ended.total).toBe(SALES + CASH_ENTRIES + 1 + DEPOSIT_ENTRIES + 4);
    expect(ended.done).toBe(ended.total);

    const reportSteps = steps.filter((s) => s.done > SALES);
    // Mutasi deposit: iak's 1,501 legs in 2 chunks, the other three providers 1 each; Kas: 2,501 legs in 3 chunks.
    expect(reportSteps.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < steps.length; i += 1) {
      expect(steps[i]!.done - steps[i - 1]!.done).toBeLessThanOrEqual(1_000);
      expect(steps[i]!.beats).toBeGreaterThan(steps[i - 1]!.beats);
    }

    const kas = await readSheet(ended.path!, 'Kas');
    const movements = kas.slice(2, -1);
    expect(movements).toHaveLength(CASH_ENTRIES);
    expect(kas[1]![5]).toBe(0);
    // The entry with two drawer legs across the chunk edge is one movement of their sum.
    expect(movements[999]!.slice(3, 5)).toEqual(['kas 1000', 1_000]);
    let balance = 0;
    for (const row of movements) {
      balance += row[4] as number;
      expect(row[5]).toBe(balance);
    }
    expect(kas.at(-1)![5]).toBe(balance);

    const deposit = (await readSheet(ended.path!, 'Mutasi deposit')).filter((row) => row[0] === 'IAK');
    const iak = deposit.slice(1, -1);
    expect(iak).toHaveLength(DEPOSIT_ENTRIES + 1);
    let before = deposit[0]![7] as number;
    for (const row of iak) {
      expect(row[6]).toBe(before);
      expect(row[7]).toBe(before + (row[5] as number));
      before = row[7] as number;
    }
    expect(deposit.at(-1)![7]).toBe(before);
  });
});
