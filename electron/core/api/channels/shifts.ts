import { z } from 'zod';
import { amountInputSchema, businessDaySchema, requestIdSchema, rupiahSchema } from '../schemas';
import { saleKindSchema, saleStateSchema } from './sales';

/**
 * Shifts (buka/tutup kasir) and the day close. A cashier opens with the counted float, sells, and
 * closes with counted cash; the core computes the expected cash from the ledger's drawer and records
 * any difference as a ledger entry with its reason. Selling needs an open shift.
 */

/** Banknotes and coins an Indonesian drawer holds (rupiah face values). */
export const denominations = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100] as const;

/** Pieces counted per face value, e.g. { "100000": 3, "500": 4 }; absent = 0. */
export const denominationCountSchema = z
  .partialRecord(
    z.enum(denominations.map(String) as [string, ...string[]], { error: 'Pecahan uang tidak dikenal.' }),
    z.number({ error: 'Jumlah lembar harus angka bulat.' }).int('Jumlah lembar harus angka bulat.').min(0, 'Jumlah lembar tidak boleh negatif.').max(100_000, 'Jumlah lembar terlalu besar (maksimal 100.000).'),
    // partialRecord: a face value not counted is simply absent (a plain enum-keyed record demands every key).
    { error: (issue) => (issue.code === 'invalid_key' ? 'Pecahan uang tidak dikenal.' : undefined) },
  );

const cashierName = z.string().trim().min(1, 'Nama kasir wajib diisi.').max(60, 'Nama kasir maksimal 60 huruf.');

/**
 * The counted cash: typed as one amount, or counted per denomination (then the sum is the count).
 * One object with exactly one of the two (not a union), so a wrong piece is named in the refusal.
 */
const countedCashInput = z
  .object({ amount: amountInputSchema.optional(), denominations: denominationCountSchema.optional() })
  .strict()
  .refine((c) => (c.amount === undefined) !== (c.denominations === undefined), 'Isi jumlah uang, atau jumlah lembar per pecahan (salah satu saja).');

/**
 * Why a counted float differs from the ledger's drawer: the owner brought or took float money
 * (owner_float: drawer vs owner equity), or nobody knows (unexplained: a cash difference, selisih).
 */
export const openingCauseSchema = z.enum(['owner_float', 'unexplained'], { error: 'Pilih penyebab selisih: uang modal pemilik, atau tidak diketahui.' });

const openingDifferenceInput = z
  .object({
    cause: openingCauseSchema,
    reason: z.string().trim().min(3, 'Alasan selisih minimal 3 huruf.').max(200, 'Alasan maksimal 200 huruf.'),
  })
  .strict();

export const shiftView = z.object({
  id: z.number().int(),
  cashier: z.string(),
  /** The business day the shift belongs to: the day it was opened, in the outlet's zone. */
  businessDay: businessDaySchema,
  openedAt: z.number().int(),
  openingFloat: rupiahSchema,
  /** What the drawer held in the ledger when the shift opened; a counted float that differs is recorded. */
  openingDifference: rupiahSchema,
  /** Why the float differed (null when it matched, or for shifts opened before this was asked). */
  openingCause: openingCauseSchema.nullable(),
  openingReason: z.string().nullable(),
  closedAt: z.number().int().nullable(),
  expectedCash: rupiahSchema.nullable(),
  countedCash: rupiahSchema.nullable(),
  /** counted - expected: positive = more cash than the ledger says. */
  difference: rupiahSchema.nullable(),
  differenceReason: z.string().nullable(),
  denominations: denominationCountSchema.nullable(),
  /** The signed-in user who opened the shift (its `cashier` is their name then); null for shifts from before users. */
  userId: z.number().int().nullable(),
  /** The signed-in user who closed it; null while open, and for shifts from before users. */
  closedByUserId: z.number().int().nullable(),
});

const pendingSale = z.object({
  id: z.number().int(),
  refId: z.string(),
  productName: z.string(),
  customerNo: z.string(),
  price: rupiahSchema,
  state: saleStateSchema,
  createdAt: z.number().int(),
});

const shiftTotals = z.object({
  /** Sales that succeeded, at selling price. */
  successCount: z.number().int(),
  gross: rupiahSchema,
  margin: rupiahSchema,
  pendingCount: z.number().int(),
  failedCount: z.number().int(),
  refundsPaid: rupiahSchema,
  /** The shift's selisih kas: an unexplained opening difference plus the closing one (+ = more cash). */
  cashDifference: rupiahSchema,
  byCategory: z.array(z.object({ category: saleKindSchema, count: z.number().int(), gross: rupiahSchema })),
});

const cashMovement = z.object({
  entryId: z.number().int(),
  at: z.number().int(),
  kind: z.string(),
  memo: z.string(),
  /** + into the drawer, - out of it. */
  amount: rupiahSchema,
});

export const shiftReportView = z.object({
  shift: shiftView,
  totals: shiftTotals,
  /** Every ledger movement of the drawer while the shift was open (sales, refunds, owner cash). */
  cashMovements: z.array(cashMovement),
  /** Sales not settled at close: they stay open and are carried over to the next shift. */
  carriedOver: z.array(pendingSale),
});

const currentShift = z.object({
  shift: shiftView,
  /** The drawer as the ledger has it now. */
  expectedCash: rupiahSchema,
  totals: shiftTotals,
});

export const dayRecapView = z.object({
  day: businessDaySchema,
  closed: z.boolean(),
  closedAt: z.number().int().nullable(),
  shifts: z.array(shiftView),
  openShifts: z.number().int(),
  successCount: z.number().int(),
  gross: rupiahSchema,
  margin: rupiahSchema,
  pendingCount: z.number().int(),
  failedCount: z.number().int(),
  cashDifference: rupiahSchema,
  /** The automatic export made at close, when the owner turned it on. */
  autoExport: z.object({ path: z.string().nullable(), error: z.string().nullable() }).nullable(),
});

export const shiftChannels = {
  /** The open shift, or null when the counter is closed (selling is refused until a shift opens). */
  'shifts:current': {
    input: z.object({}).strict(),
    output: z.object({ current: currentShift.nullable() }),
  },
  /**
   * A counted float that differs from the ledger's drawer needs `difference` (its cause and reason);
   * refused with the difference named otherwise.
   */
  /**
   * The shift is the signed-in user's: its cashier name is theirs (`cashier` may be left out; one
   * given that differs is not used, see shifts/shift-cashier.ts). Only a call with nobody signed in
   * (before users existed) needs `cashier`.
   */
  'shifts:open': {
    input: z
      .object({ requestId: requestIdSchema, cashier: cashierName.optional(), float: countedCashInput, difference: openingDifferenceInput.optional() })
      .strict(),
    output: shiftView,
  },
  /** What opening with this float would find (nothing is written): the ledger's drawer, the count, the difference. */
  'shifts:previewOpen': {
    input: z.object({ float: countedCashInput }).strict(),
    output: z.object({ expectedCash: rupiahSchema, countedCash: rupiahSchema, difference: rupiahSchema }),
  },
  /** What closing with this count would record (nothing is written): expected, difference, pending. */
  'shifts:previewClose': {
    input: z.object({ counted: countedCashInput }).strict(),
    output: z.object({ expectedCash: rupiahSchema, countedCash: rupiahSchema, difference: rupiahSchema, carriedOver: z.array(pendingSale) }),
  },
  /**
   * A reason is required when the count differs from the ledger. `expectedCash` is the figure
   * previewClose showed: when the ledger's drawer moved since, the close is refused (conflict) so the
   * difference recorded is the one the cashier confirmed.
   */
  'shifts:close': {
    input: z
      .object({
        requestId: requestIdSchema,
        counted: countedCashInput,
        reason: z.string().trim().max(200, 'Alasan maksimal 200 huruf.').optional(),
        expectedCash: rupiahSchema,
      })
      .strict(),
    output: shiftReportView,
  },
  'shifts:report': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: shiftReportView,
  },
  'shifts:list': {
    input: z.object({ from: businessDaySchema.optional(), to: businessDaySchema.optional() }).strict(),
    output: z.object({ shifts: z.array(shiftView) }),
  },
  /** The closing report on the receipt printer (same printer and result shape as a receipt). */
  'shifts:printReport': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ printed: z.boolean(), message: z.string() }),
  },
  'shifts:reportPdf': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  'day:status': {
    input: z.object({ day: businessDaySchema.optional() }).strict(),
    output: dayRecapView,
  },
  /**
   * Past business days (before today, the last 62) with shifts but no close in force, oldest first:
   * a shift that ran past midnight leaves its day to close from the screen.
   */
  'day:unclosed': {
    input: z.object({}).strict(),
    output: z.object({ days: z.array(businessDaySchema) }),
  },
  /**
   * Refused while a shift of that day is open, for a day still to come, and for a day with no shift
   * and no sale; closing again after a reopened day is allowed.
   */
  'day:close': {
    input: z.object({ requestId: requestIdSchema, day: businessDaySchema }).strict(),
    output: dayRecapView,
  },
} as const;
