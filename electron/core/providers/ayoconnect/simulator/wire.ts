import type { SimResponse } from '../../sim-kit';
import { messageFor, type BilingualMessage } from '../contract/response-codes';
import type { SimInquiry, SimTransaction, WireKeyValue } from './sim-types';

/** The Ayoconnect envelope: { responseCode, success, message: {ID, EN}, data }. */
export function reply(code: number, data: unknown, options: { httpStatus?: number; message?: BilingualMessage } = {}): SimResponse {
  const success = (code >= 0 && code <= 99) || (code >= 200 && code <= 300);
  return {
    status: options.httpStatus ?? 200,
    json: { responseCode: code, success, message: options.message ?? messageFor(code), data },
  };
}

export function inquiryData(inquiry: SimInquiry): Record<string, unknown> {
  const { bill, product } = inquiry;
  return {
    inquiryId: inquiry.inquiryId,
    accountNumber: inquiry.accountNumber,
    customerName: bill.customerName,
    productName: product.name,
    productCode: product.code,
    category: product.category,
    amount: bill.amount,
    totalAdmin: bill.totalAdmin,
    processingFee: 0,
    denom: bill.denom,
    validity: bill.validity,
    customerDetails: bill.customerDetails,
    billDetails: bill.billDetails,
    productDetails: bill.productDetails,
    extraFields: bill.extraFields,
  };
}

/**
 * Payment/Status/Callback data. While pending or after a failure the lists are empty and token is
 * "N/A" (as in the fixtures); on success the full bill comes back with the reference/SN appended to
 * productDetails ("Nomor Referensi" for bills, "Serial Nomor" for prepaid).
 */
export function transactionData(tx: SimTransaction): Record<string, unknown> {
  const final = tx.status === 'success';
  const refKey = tx.product.type === 'postpaid' ? 'Nomor Referensi' : 'Serial Nomor';
  const productDetails: WireKeyValue[] = final ? [...tx.bill.productDetails, { key: refKey, value: tx.token }] : [];
  return {
    refNumber: tx.refNumber,
    transactionId: tx.transactionId,
    accountNumber: tx.accountNumber,
    amount: tx.bill.amount,
    totalAdmin: tx.bill.totalAdmin,
    processingFee: 0,
    denom: tx.bill.denom,
    productCode: tx.product.code,
    productName: tx.product.name,
    category: tx.product.category,
    token: final ? tx.token : 'N/A',
    customerName: tx.bill.customerName,
    validity: tx.bill.validity,
    customerDetails: final ? tx.bill.customerDetails : [],
    billDetails: final ? tx.bill.billDetails : [],
    productDetails,
    extraFields: final ? tx.bill.extraFields : [],
  };
}

/** The 188 answer's data, as in the fixture: empty strings, zeros and null lists. */
export function notFoundData(): Record<string, unknown> {
  return {
    refNumber: '',
    transactionId: 0,
    accountNumber: '',
    amount: 0,
    totalAdmin: 0,
    processingFee: 0,
    denom: '',
    productCode: '',
    productName: '',
    category: '',
    token: '',
    customerDetails: null,
    billDetails: null,
    productDetails: null,
    extraFields: null,
  };
}
