import type { IakPrepaidCatalogItem } from '../catalog';
import { prepaidMessage } from '../response-codes';
import type { SimDeposit } from './deposit';
import { customerName, prepaidPlan, seedDigits, type PrepaidPlan } from './rules';
import { wibDay, type SimScheduler } from './scheduler';

/** One prepaid sale as IAK keeps it: keyed by our ref_id, answered again on a repeated ref_id. */
export interface SimPrepaidTxn {
  refId: string;
  trId: number;
  productCode: string;
  customerId: string;
  price: number;
  /** 0 PROCESS, 1 SUCCESS, 2 FAILED. */
  status: 0 | 1 | 2;
  rc: string;
  message: string;
  sn?: string;
  /** Deposit balance after the last change of this sale. */
  balance: number;
  createdAt: number;
  settleAt: number;
  plan: PrepaidPlan;
  day: string;
  charged: boolean;
}

export interface PrepaidBookOptions {
  pendingDelayMs: number;
  /** IAK's default restriction: one number, one denomination, once a day (rc 202). */
  sameNumberDailyLimit: boolean;
}

/** PLN R1/1300 VA tariff, 2026 (Rp/kWh), for the kWh printed in the token SN. */
const PLN_RATE = 1444.7;

export class PrepaidBook {
  readonly txns = new Map<string, SimPrepaidTxn>();
  private nextTrId = 3482;

  constructor(
    private readonly catalog: ReadonlyMap<string, IakPrepaidCatalogItem>,
    private readonly deposit: SimDeposit,
    private readonly scheduler: SimScheduler,
    private readonly options: PrepaidBookOptions,
    private readonly onFinal: (txn: SimPrepaidTxn) => void,
  ) {}

  find(refId: string): SimPrepaidTxn | undefined {
    return this.txns.get(refId);
  }

  /** A new ref_id: validate, charge, answer PROCESS. Validation failures are kept as failed sales. */
  submit(input: { refId: string; productCode: string; customerId: string }, now: number): SimPrepaidTxn {
    const product = this.catalog.get(input.productCode);
    const rejection = this.reject(input, product, now);
    const txn: SimPrepaidTxn = {
      ...input,
      trId: this.nextTrId++,
      price: product?.product_price ?? 0,
      status: rejection ? 2 : 0,
      rc: rejection ?? '39',
      message: prepaidMessage(rejection ?? '39'),
      balance: this.deposit.balance,
      createdAt: now,
      settleAt: Number.POSITIVE_INFINITY,
      plan: prepaidPlan(input.customerId, this.options.pendingDelayMs),
      day: wibDay(now),
      charged: false,
    };
    if (!rejection) {
      txn.charged = this.deposit.charge(txn.price);
      txn.balance = this.deposit.balance;
      txn.settleAt = now + txn.plan.afterMs;
      this.scheduler.at(txn.settleAt);
    }
    this.txns.set(txn.refId, txn);
    return txn;
  }

  private reject(input: { customerId: string; productCode: string }, product: IakPrepaidCatalogItem | undefined, now: number): string | undefined {
    if (!product) return '20';
    if (product.status !== 'active') return '106';
    const id = input.customerId;
    if (!/^\d+$/.test(id)) return '14';
    if (product.product_type === 'pln') {
      if (!/^\d{11,12}$/.test(id)) return id.length > 12 ? '203' : '14';
    } else {
      if (id.length > 14) return '203';
      if (!/^08\d{8,12}$/.test(id)) return '14';
      if (product.prefixes && !product.prefixes.some((p) => id.startsWith(p))) return '16';
    }
    if (this.options.sameNumberDailyLimit && this.boughtToday(input, wibDay(now))) return '202';
    if (product.product_price > this.deposit.balance) return '17';
    return undefined;
  }

  private boughtToday(input: { customerId: string; productCode: string }, day: string): boolean {
    for (const t of this.txns.values()) {
      if (t.day === day && t.status !== 2 && t.customerId === input.customerId && t.productCode === input.productCode) return true;
    }
    return false;
  }

  settleDue(now: number): void {
    for (const txn of this.txns.values()) {
      if (txn.status === 0 && txn.settleAt <= now && txn.plan.final !== 'manual') this.finish(txn, txn.plan.final, txn.plan.failRc);
    }
  }

  /** The sandbox report's SUCCESS / FAILED buttons: resolves a sale still in PROCESS. */
  resolve(refId: string, final: 'success' | 'failed'): SimPrepaidTxn | undefined {
    const txn = this.txns.get(refId);
    if (!txn || txn.status !== 0) return undefined;
    this.finish(txn, final, '07');
    return txn;
  }

  /**
   * IAK support pushing a FAILED top-up through by hand later (it happens): the deposit is charged,
   * the sale becomes SUCCESS and the callback goes out. The late success Loket must not drop.
   */
  reprocess(refId: string): SimPrepaidTxn | undefined {
    const txn = this.txns.get(refId);
    if (!txn || txn.status !== 2 || !this.catalog.get(txn.productCode) || !this.deposit.charge(txn.price)) return undefined;
    txn.charged = true;
    this.finish(txn, 'success');
    return txn;
  }

  private finish(txn: SimPrepaidTxn, final: 'success' | 'failed', failRc = '07'): void {
    if (final === 'success') {
      txn.status = 1;
      txn.rc = '00';
      txn.sn = this.serialFor(txn);
    } else {
      if (txn.charged) this.deposit.refund(txn.price);
      txn.charged = false;
      txn.status = 2;
      txn.rc = failRc;
    }
    txn.message = prepaidMessage(txn.rc);
    txn.balance = this.deposit.balance;
    this.onFinal(txn);
  }

  private serialFor(txn: SimPrepaidTxn): string {
    const product = this.catalog.get(txn.productCode);
    if (product?.product_type !== 'pln') return seedDigits(`sn:${txn.refId}`, 18);
    const token = (seedDigits(`token:${txn.refId}`, 20).match(/.{4}/g) ?? []).join('-');
    const name = txn.customerId === '12345678901' ? 'Sintya Oktaviani' : customerName(`pln:${txn.customerId}`);
    const kwh = (Number(product.product_nominal) / PLN_RATE).toFixed(1);
    return `${token}/${name}/R1 /000001300/${kwh}`;
  }
}
