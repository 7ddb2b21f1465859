import type { IakPostpaidCatalogItem } from '../catalog';
import { makeBill, type SimBill } from './bills';
import type { SimDeposit } from './deposit';
import { postpaidScenario, seedDigits, type PaymentPlan } from './rules';
import { wibDateTime, type SimScheduler } from './scheduler';

/**
 * Postpaid as IAK keeps it: an inquiry (our ref_id -> IAK's tr_id) that may later be paid once by
 * tr_id. Ref_ids are unique (a reused one answers 11), inquiries expire (04), a repeated payment of
 * the same inquiry answers 11, and the deducted amount is the selling price.
 */
export type PayState = 'unpaid' | 'pending' | 'success' | 'failed';

export interface SimPostpaidTxn {
  refId: string;
  trId: number;
  code: string;
  hp: string;
  inquiryRc: string;
  bill?: SimBill;
  plan: PaymentPlan;
  createdAt: number;
  expiresAt: number;
  pay: PayState;
  payRc?: string;
  settleAt: number;
  datetime?: string;
  noref?: string;
  balance?: number;
  charged: boolean;
}

export type PayAttempt = { ok: true; txn: SimPostpaidTxn } | { ok: false; rc: string; txn?: SimPostpaidTxn };

export class PostpaidBook {
  readonly byRef = new Map<string, SimPostpaidTxn>();
  private readonly byTrId = new Map<number, SimPostpaidTxn>();
  private nextTrId = 9732412;

  constructor(
    private readonly catalog: ReadonlyMap<string, IakPostpaidCatalogItem>,
    private readonly deposit: SimDeposit,
    private readonly scheduler: SimScheduler,
    private readonly options: { pendingDelayMs: number; inquiryTtlMs: number },
  ) {}

  findByRef(refId: string): SimPostpaidTxn | undefined {
    return this.byRef.get(refId);
  }

  /** Assumes the ref_id is new (the route answers 11 otherwise). Failed inquiries keep their ref_id. */
  inquire(input: { refId: string; code: string; hp: string; month?: number }, now: number): SimPostpaidTxn {
    const product = this.catalog.get(input.code);
    const scenario = postpaidScenario(input.code, input.hp);
    let inquiryRc = '00';
    if (!product) inquiryRc = '20';
    else if (product.status !== 1) inquiryRc = '106';
    else if (!/^\d{6,20}$/.test(input.hp)) inquiryRc = '14';
    else if (scenario.kind === 'inquiry_error') inquiryRc = scenario.rc;
    const txn: SimPostpaidTxn = {
      refId: input.refId,
      trId: this.nextTrId++,
      code: input.code,
      hp: input.hp,
      inquiryRc,
      plan: scenario.kind === 'ok' ? scenario.payment : { kind: 'success' },
      createdAt: now,
      expiresAt: now + this.options.inquiryTtlMs,
      pay: 'unpaid',
      settleAt: Number.POSITIVE_INFINITY,
      charged: false,
    };
    if (inquiryRc === '00' && product && scenario.kind === 'ok') txn.bill = makeBill(product, input.hp, scenario.bills, now, input.month);
    this.byRef.set(txn.refId, txn);
    this.byTrId.set(txn.trId, txn);
    return txn;
  }

  pay(trId: string, now: number): PayAttempt {
    const txn = /^\d+$/.test(trId) ? this.byTrId.get(Number(trId)) : undefined;
    if (!txn || !txn.bill) return { ok: false, rc: '06', ...(txn ? { txn } : {}) };
    if (txn.pay !== 'unpaid') return { ok: false, rc: '11', txn };
    if (now > txn.expiresAt) return { ok: false, rc: '04', txn };
    const plan = txn.plan;
    if (plan.kind === 'error') {
      this.close(txn, 'failed', plan.rc, now);
      return { ok: true, txn };
    }
    if (!this.deposit.charge(txn.bill.sellingPrice)) return { ok: false, rc: '17', txn };
    txn.charged = true;
    if (plan.kind === 'pending') {
      txn.pay = 'pending';
      txn.payRc = plan.rc;
      txn.balance = this.deposit.balance;
      txn.settleAt = now + this.options.pendingDelayMs;
      this.scheduler.at(txn.settleAt);
    } else {
      this.close(txn, 'success', '00', now);
    }
    return { ok: true, txn };
  }

  settleDue(now: number): void {
    for (const txn of this.byRef.values()) {
      if (txn.pay !== 'pending' || txn.settleAt > now) continue;
      const plan = txn.plan;
      const final = plan.kind === 'pending' ? plan.final : 'success';
      this.close(txn, final, final === 'success' ? '00' : (plan.kind === 'pending' && plan.failRc) || '37', now);
    }
  }

  /** The sandbox report's manual flip of a pending payment. */
  resolve(refId: string, final: 'success' | 'failed', now: number): SimPostpaidTxn | undefined {
    const txn = this.byRef.get(refId);
    if (!txn || txn.pay !== 'pending') return undefined;
    this.close(txn, final, final === 'success' ? '00' : '37', now);
    return txn;
  }

  private close(txn: SimPostpaidTxn, final: 'success' | 'failed', rc: string, now: number): void {
    if (final === 'failed' && txn.charged && txn.bill) {
      this.deposit.refund(txn.bill.sellingPrice);
      txn.charged = false;
    }
    txn.pay = final;
    txn.payRc = rc;
    txn.datetime = wibDateTime(now);
    txn.noref = final === 'success' ? seedDigits(`noref:${txn.refId}`, 12) : '';
    txn.balance = this.deposit.balance;
    txn.settleAt = Number.POSITIVE_INFINITY;
  }
}
