import { postpaidMessage, prepaidMessage } from '../response-codes';
import type { SimPostpaidTxn } from './postpaid-book';
import type { SimPrepaidTxn } from './prepaid-book';

/** IAK's answer bodies, built from the simulator's records, in the documented field order. */

export function prepaidTxnBody(txn: SimPrepaidTxn): { data: Record<string, unknown> } {
  return {
    data: {
      ref_id: txn.refId,
      status: txn.status,
      product_code: txn.productCode,
      customer_id: txn.customerId,
      price: txn.price,
      message: txn.message,
      ...(txn.status === 1 && txn.sn ? { sn: txn.sn } : {}),
      balance: txn.balance,
      tr_id: txn.trId,
      rc: txn.rc,
    },
  };
}

/** The callback body: same facts, every value a string, v2 (or v1) field names, plus the sign. */
export function callbackBody(txn: SimPrepaidTxn, sign: string, version: 1 | 2): { data: Record<string, string> } {
  const names = version === 1 ? { product: 'code', customer: 'hp' } : { product: 'product_code', customer: 'customer_id' };
  return {
    data: {
      ref_id: txn.refId,
      status: String(txn.status),
      [names.product]: txn.productCode,
      [names.customer]: txn.customerId,
      price: String(txn.price),
      message: txn.message,
      ...(txn.sn ? { sn: txn.sn } : {}),
      balance: String(txn.balance),
      tr_id: String(txn.trId),
      rc: txn.rc,
      sign,
    },
  };
}

export function prepaidError(rc: string, extra: Record<string, unknown> = {}): { data: Record<string, unknown> } {
  return { data: { ...extra, message: prepaidMessage(rc), rc } };
}

export function postpaidError(rc: string, extra: Record<string, unknown> = {}): { data: Record<string, unknown>; meta: [] } {
  return { data: { ...extra, response_code: rc, message: postpaidMessage(rc) }, meta: [] };
}

const INQUIRY_OK = 'INQUIRY SUCCESS';

export function inquiryBody(txn: SimPostpaidTxn): { data: Record<string, unknown>; meta: [] } {
  const bill = txn.bill;
  if (!bill || txn.inquiryRc !== '00') {
    return postpaidError(txn.inquiryRc, { tr_id: txn.trId, code: txn.code, hp: txn.hp, tr_name: '', period: '', nominal: 0, admin: 0, ref_id: txn.refId, price: 0, selling_price: 0 });
  }
  return {
    data: {
      tr_id: txn.trId,
      code: txn.code,
      hp: txn.hp,
      tr_name: bill.trName,
      period: bill.period,
      nominal: bill.nominal,
      admin: bill.admin,
      ref_id: txn.refId,
      response_code: '00',
      message: INQUIRY_OK,
      price: bill.price,
      selling_price: bill.sellingPrice,
      desc: bill.desc,
    },
    meta: [],
  };
}

const PAY_MESSAGES: Record<string, string> = {
  '00': 'PAYMENT SUCCESS',
  '37': 'PEMBAYARAN GAGAL',
  '39': 'PENDING / TRANSAKSI SEDANG DIPROSES',
  '42': 'REQUEST PEMBAYARAN BELUM DITERIMA',
};

/** pay-pasca and checkstatus answers: the inquiry's fields plus datetime, balance, noref (+ status). */
export function paymentBody(txn: SimPostpaidTxn, opts: { withStatus: boolean; currentBalance: number }): { data: Record<string, unknown>; meta: [] } {
  const bill = txn.bill;
  const rc = txn.pay === 'unpaid' ? '42' : txn.pay === 'pending' ? (opts.withStatus ? '39' : (txn.payRc ?? '39')) : (txn.payRc ?? '00');
  const status = { unpaid: 0, success: 1, failed: 2, pending: 3 }[txn.pay];
  return {
    data: {
      tr_id: txn.trId,
      code: txn.code,
      ...(txn.datetime ? { datetime: txn.datetime } : {}),
      hp: txn.hp,
      tr_name: bill?.trName ?? '',
      period: bill?.period ?? '',
      nominal: bill?.nominal ?? 0,
      admin: bill?.admin ?? 0,
      ...(opts.withStatus ? { status } : {}),
      response_code: rc,
      message: PAY_MESSAGES[rc] ?? postpaidMessage(rc),
      price: bill?.price ?? 0,
      selling_price: bill?.sellingPrice ?? 0,
      balance: txn.balance ?? opts.currentBalance,
      ...(txn.pay === 'success' || txn.pay === 'failed' ? { noref: txn.noref ?? '' } : {}),
      ref_id: txn.refId,
      desc: bill?.desc ?? {},
    },
    meta: [],
  };
}
