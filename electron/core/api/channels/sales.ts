import { z } from 'zod';
import { providerIdSchema, requestIdSchema, rupiahSchema, businessDaySchema } from '../schemas';
import { ALERT_RESOLUTIONS } from '../../domain/alert-resolutions';
import { CUSTOMER_NUMBER_MESSAGE, looksLikeCustomerNumber } from '../../domain/customer-number';
import { saleKinds } from '../../domain/sale-kind';

export const saleStates = ['committed', 'sent', 'success', 'failed', 'pending', 'unknown'] as const;
export const saleStateSchema = z.enum(saleStates);
/** A sale's kind: a product category, or `flight` (a ticket issued from a booking). */
export const saleKindSchema = z.enum(saleKinds);

/** What the owner says a late success really was (see sales/late-success.ts). */
export const alertResolutionSchema = z.enum(ALERT_RESOLUTIONS);

/**
 * Who did it: a user's id and current name (migration 014). Null on the views means nobody signed in
 * made it: background work ("Sistem"), or a row from before users existed; the screens show both the
 * same way (renderer/src/format/user-label.ts).
 */
export const userRefSchema = z.object({ id: z.number().int().positive(), name: z.string() });

/**
 * A "by user" filter of a list or report: a user's id, or null for the rows no signed-in user made
 * (before users existed, or background work). Absent = everyone.
 */
export const userFilterSchema = z.number().int().positive().nullable().optional();

const details = z.record(z.string(), z.union([z.string(), z.number()]));

export const billView = z.object({
  inquiryId: z.number().int(),
  provider: providerIdSchema,
  productId: z.string(),
  productName: z.string(),
  customerNo: z.string(),
  customerName: z.string().nullable(),
  /** One line per month billed: multi-month bills show each month. */
  periods: z.array(z.object({ period: z.string(), amount: rupiahSchema, admin: rupiahSchema, penalty: rupiahSchema })),
  bill: rupiahSchema,
  admin: rupiahSchema,
  /** What the customer pays; exactly what `bills:pay` charges. */
  total: rupiahSchema,
  expiresAt: z.number().int(),
  details,
});

export const saleView = z.object({
  id: z.number().int(),
  refId: z.string(),
  kind: saleKindSchema,
  provider: providerIdSchema,
  productId: z.string(),
  productName: z.string(),
  customerNo: z.string(),
  customerName: z.string().nullable(),
  price: rupiahSchema,
  cost: rupiahSchema,
  state: saleStateSchema,
  /** The answer was lost and the provider has no reference to check (MMBC): the operator decides. */
  needsOperator: z.boolean(),
  providerRef: z.string().nullable(),
  /** SN, voucher or PLN token as the provider sent it. */
  serial: z.string().nullable(),
  /** PLN token grouped 4-4-4-4-4 for the screen and the receipt. */
  token: z.string().nullable(),
  message: z.string().nullable(),
  details,
  /** Cash to hand back after a failure: due until the cashier records it paid. Never while in doubt. */
  refund: z.enum(['none', 'due', 'paid']),
  businessDay: businessDaySchema,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  settledAt: z.number().int().nullable(),
  nextCheckAt: z.number().int().nullable(),
  /** What the provider said it charged (a pending answer, a late success); null when it said nothing. */
  reportedCost: rupiahSchema.nullable(),
  /** A success reported after the sale was failed: money delivered and owed back; the owner decides (sales:resolveAlert). */
  alert: z.enum(['late_success']).nullable(),
  /** The provider's words, serial and reference for that success. */
  alertEvidence: z.string().nullable(),
  alertAt: z.number().int().nullable(),
  alertResolvedAt: z.number().int().nullable(),
  alertResolution: z.string().nullable(),
  /** The signed-in user who made the sale (the cashier at the counter); null: see userRefSchema. */
  seller: userRefSchema.nullable(),
});

/**
 * An open sale whose stored row cannot be shown in full: kept in the Pending panel with what is
 * certain about it (never left out), nothing to act on there, a message pointing to the ledger.
 */
export const damagedSaleView = z.object({
  id: z.number().int(),
  refId: z.string(),
  productName: z.string(),
  customerNo: z.string(),
  price: z.number().int(),
  state: saleStateSchema,
  refund: z.enum(['none', 'due', 'paid']),
  damaged: z.literal(true),
  message: z.string(),
});

const saleEvent = z.object({
  at: z.number().int(),
  from: saleStateSchema.nullable(),
  to: saleStateSchema,
  source: z.enum(['cashier', 'provider', 'poll', 'callback', 'recovery', 'operator']),
  detail: z.string(),
});

/** Guards a cashier must pass explicitly: a repeat sale within 10 minutes, or one while an earlier is unresolved. */
const saleGuards = {
  confirmDuplicate: z.boolean().optional(),
  ownerOverride: z.object({ reason: z.string().min(3).max(200) }).strict().optional(),
};

export const salesChannels = {
  'sales:start': {
    input: z
      .object({
        requestId: requestIdSchema,
        productId: z.string().max(120),
        customerNo: z.string().max(40),
        ...saleGuards,
        /** The cashier saw that the number's operator is not the product's and sells anyway. */
        confirmOperatorMismatch: z.boolean().optional(),
      })
      .strict(),
    output: saleView,
  },
  'bills:inquire': {
    input: z
      .object({ productId: z.string().max(120), customerNo: z.string().max(40), months: z.number().int().min(1).max(12).optional() })
      .strict(),
    output: billView,
  },
  'bills:pay': {
    input: z.object({ requestId: requestIdSchema, inquiryId: z.number().int(), ...saleGuards }).strict(),
    output: saleView,
  },
  'pln:inquire': {
    input: z.object({ meter: z.string().max(20) }).strict(),
    output: z.object({ meter: z.string(), name: z.string(), tariff: z.string(), power: z.string() }),
  },
  /** E-wallet account holder's name, where a provider offering the product can tell it (Klikoo). */
  'ewallet:inquire': {
    input: z.object({ productId: z.string().max(120), customerNo: z.string().max(40) }).strict(),
    output: z.object({ customerName: z.string().nullable(), message: z.string() }),
  },
  /**
   * One sale with its history: by id, or by the request id the screen sent it with (a screen reloaded
   * while its sale was on the way finds it again; a rerouted press answers its latest attempt).
   */
  'sales:get': {
    input: z.union([z.object({ id: z.number().int() }).strict(), z.object({ requestId: requestIdSchema }).strict()]),
    output: saleView.extend({
      events: z.array(saleEvent),
      bill: billView.nullable(),
      /** Every attempt of this press, oldest first (an automatic reroute adds one per provider tried). */
      attempts: z.array(
        z.object({ id: z.number().int(), refId: z.string(), provider: providerIdSchema, state: saleStateSchema, message: z.string().nullable(), createdAt: z.number().int() }),
      ),
    }),
  },
  'sales:list': {
    input: z
      .object({
        query: z.string().max(60).optional(),
        state: saleStateSchema.optional(),
        from: businessDaySchema.optional(),
        to: businessDaySchema.optional(),
        limit: z.number().int().min(1).max(500).optional(),
        /** Only this user's sales (null: those no signed-in user made). */
        userId: userFilterSchema,
      })
      .strict(),
    /** One row per press; `totals`: the WHOLE filter's presses and its successful sales' price (not only the loaded page). */
    output: z.object({
      sales: z.array(saleView),
      totals: z.object({ count: z.number().int(), successCount: z.number().int(), successPrice: rupiahSchema }),
    }),
  },
  /**
   * The Pending panel: in-flight sales, sales waiting for the operator, refunds still due, late
   * successes; `damaged`: those among them whose row cannot be shown in full (never left out).
   */
  'sales:open': {
    input: z.object({}).strict(),
    output: z.object({ sales: z.array(saleView), damaged: z.array(damagedSaleView) }),
  },
  'sales:checkNow': {
    input: z.object({ id: z.number().int() }).strict(),
    output: saleView,
  },
  /** What the operator needs to settle a sale the provider cannot be asked about: the deposit change. */
  'sales:operatorEvidence': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({
      ledgerBalance: rupiahSchema,
      reportedBalance: rupiahSchema.nullable(),
      /** reported - ledger (which already set this sale's cost aside): about 0 when the provider charged it, about +cost when it did not. */
      difference: rupiahSchema.nullable(),
      cost: rupiahSchema,
      message: z.string(),
    }),
  },
  'sales:operatorDecision': {
    input: z
      .object({ id: z.number().int(), decision: z.enum(['success', 'failed']), serial: z.string().max(120).optional(), note: z.string().min(3).max(200) })
      .strict(),
    output: saleView,
  },
  /** The owner records what a late success really was (once); the core posts what that outcome means. */
  'sales:resolveAlert': {
    input: z
      .object({ id: z.number().int(), resolution: alertResolutionSchema, note: z.string().trim().min(3).max(200) })
      .strict(),
    output: saleView,
  },
  'sales:refund': {
    input: z.object({ id: z.number().int() }).strict(),
    output: saleView,
  },
  /**
   * The number checked before the confirmation, by the very rule sales:start applies (same function):
   * its normalised form, or the same refusal sales:start would give. Moves no money.
   */
  'sales:checkNumber': {
    input: z.object({ productId: z.string().max(120), customerNo: z.string().max(40) }).strict(),
    output: z.object({ customerNo: z.string() }),
  },
  /** Per category: phones for pulsa/data, accounts for e-wallets, meters for PLN tokens (absent: every phone number). */
  'sales:recentNumbers': {
    input: z.object({ limit: z.number().int().min(1).max(50).optional(), category: z.enum(['pulsa', 'data', 'ewallet', 'pln_token']).optional() }).strict(),
    output: z.object({
      numbers: z.array(z.object({ customerNo: z.string(), operator: z.string().nullable(), lastAt: z.number().int(), favourite: z.boolean() })),
    }),
  },
  /** The core stores the number's local form (catalogue phone rule); removing also takes one stored as typed earlier. */
  'sales:setFavourite': {
    input: z.object({ customerNo: z.string().max(40).refine(looksLikeCustomerNumber, CUSTOMER_NUMBER_MESSAGE), favourite: z.boolean() }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  /** Ledger deposit next to the provider's own balance, difference highlighted by the screen. */
  'providers:balances': {
    input: z.object({}).strict(),
    output: z.object({
      balances: z.array(
        z.object({
          provider: providerIdSchema,
          ledgerBalance: rupiahSchema,
          held: rupiahSchema,
          reportedBalance: rupiahSchema.nullable(),
          difference: rupiahSchema.nullable(),
          checkedAt: z.number().int(),
          error: z.string().nullable(),
        }),
      ),
    }),
  },
} as const;
