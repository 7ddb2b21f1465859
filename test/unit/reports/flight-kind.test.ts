import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaleExportQuery, transaksiCells, type ExportSaleRow } from '../../../electron/core/exports';
import { KIND_LABEL } from '../../../electron/core/exports/labels';
import { reportCharts, summarizeSales } from '../../../electron/core/reports';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { insertSale } from './sale-rows';

/**
 * Flight tickets (sale kind 'flight') in Laporan and the Transaksi export: their own category and
 * label, and the agent bonus (commission) counted the same way in both (cost = NTA + commission,
 * margin = price - NTA).
 */
let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const DAY = '2026-11-24';
const TICKET = { productId: 'flight', productName: 'Tiket Pesawat JT-690 CGK-DPS', price: 3_450_000, cost: 3_380_000 };
const BONUS = 70_000;

let nextTicket = 0;
/** A successful ticket written directly, its commission set at insert as the engine fixes it at commit. */
function insertFlight(): number {
  nextTicket += 1;
  const at = Date.parse(`${DAY}T03:00:00Z`);
  const info = f.db
    .prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost,
         commission, state, refund, business_day, created_at, updated_at)
       VALUES (?, ?, 'flight', 'mmbc', ?, 'JT-690', ?, 'ABCDEF', ?, ?, ?, 'success', 'none', ?, ?, ?)`,
    )
    .run(`flight-req-${nextTicket}`, `FLIGHTREF${nextTicket}`, TICKET.productId, TICKET.productName, TICKET.price, TICKET.cost, BONUS, DAY, at, at);
  return Number(info.lastInsertRowid);
}

describe('flight kind in Laporan', () => {
  it('has its own category row labelled "Tiket pesawat" next to the other kinds', () => {
    insertFlight();
    insertSale(f.db, { day: DAY, price: 12_000, cost: 10_800 });
    const summary = summarizeSales(f.ledger, { from: DAY, to: DAY });
    expect(summary.byCategory.map((row) => [row.key, row.label, row.gross])).toEqual([
      ['flight', 'Tiket pesawat', 3_450_000],
      ['pulsa', 'Pulsa', 12_000],
    ]);
    // The day totals count the ticket's cost as NTA + commission (migration 012).
    expect(summary.byCategory[0]?.cost).toBe(3_380_000 + BONUS);
  });

  it('shows in the margin-per-category chart', () => {
    insertFlight();
    expect(reportCharts(f.ledger, DAY).marginByCategory.map((row) => row.category)).toEqual(['flight']);
  });
});

describe('flight kind in the Transaksi export', () => {
  it('reads the commission: Jenis "Tiket pesawat", Modal = NTA + commission (as Laporan), Laba = price - NTA', () => {
    const id = insertFlight();
    const query = new SaleExportQuery(f.db, { from: DAY, to: DAY });
    const [row] = query.next(query.first, 10);
    expect(row).toMatchObject({ id, kind: 'flight', commission: BONUS });
    const cells = transaksiCells(row as ExportSaleRow, 'Asia/Jakarta');
    expect(cells[3]).toBe('Tiket pesawat');
    expect(cells.slice(9, 12)).toEqual([3_450_000, 3_380_000 + BONUS, 3_450_000 - 3_380_000]);
    expect(cells[10]).toBe(summarizeSales(f.ledger, { from: DAY, to: DAY }).totals.cost);
  });

  it('a sale without commission keeps margin = price - cost; an open ticket has no cost yet', () => {
    expect(KIND_LABEL.flight).toBe('Tiket pesawat');
    const base: ExportSaleRow = {
      id: 1, refId: 'LK1', kind: 'flight', provider: 'mmbc', productName: 'Tiket Pesawat JT-690 CGK-DPS', customerNo: 'ABCDEF', customerName: null,
      price: 3_450_000, cost: 3_380_000, reportedCost: null, commission: BONUS, state: 'pending', refund: 'none', serial: null, message: null,
      providerRef: 'ABCDEF', businessDay: DAY, createdAt: Date.parse(`${DAY}T03:00:00Z`), cashier: null, rerouted: 0,
    };
    expect(transaksiCells(base, 'Asia/Jakarta').slice(9, 12)).toEqual([3_450_000, null, null]);
    expect(transaksiCells({ ...base, state: 'success', commission: undefined }, 'Asia/Jakarta').slice(9, 12)).toEqual([3_450_000, 3_380_000, 70_000]);
  });
});
