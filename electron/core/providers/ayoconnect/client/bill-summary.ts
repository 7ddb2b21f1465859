import { addRupiah, parseProviderAmount, rupiah, type Rupiah } from '../../../money';
import type { InquiryData, KeyValue, TransactionData } from '../contract/responses';
import type { AyoconnectBillSummary, BillLine, KeyValueText } from '../types';

/**
 * Turns the provider's billDetails (one line per month, billId "0" = admin) into typed bill lines,
 * parsing every amount once. Throws MoneyError on a money field that is not exact rupiah: callers
 * treat that as an unexpected answer (never as a failure).
 */
const PERIOD_KEYS = /^(bulan|periode|periode tagihan|bulan tagihan|bl\/th|bulan\/tahun)$/i;
const ADMIN_BILL_ID = '0';

export function optionalMoney(value: unknown): Rupiah {
  return value === undefined || value === null || value === '' ? rupiah(0) : parseProviderAmount(value);
}

function kvText(list: KeyValue[]): KeyValueText[] {
  return list.map((kv) => ({ key: kv.key, value: kv.value }));
}

function periodOf(info: KeyValue[]): string | undefined {
  const hit = info.find((kv) => PERIOD_KEYS.test(kv.key.trim()));
  const value = hit === undefined ? '' : String(hit.value).trim();
  return value === '' ? undefined : value;
}

function periodsFromProductDetails(details: KeyValue[]): string[] {
  const hit = details.find((kv) => PERIOD_KEYS.test(kv.key.trim()));
  if (!hit) return [];
  return String(hit.value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function billLines(data: InquiryData | TransactionData): { bills: BillLine[]; adminLine?: Rupiah } {
  const bills: BillLine[] = [];
  let adminLine: Rupiah | undefined;
  for (const line of data.billDetails) {
    const amount = parseProviderAmount(line.value);
    if (line.billId.trim() === ADMIN_BILL_ID) {
      adminLine = adminLine === undefined ? amount : addRupiah(adminLine, amount);
      continue;
    }
    const period = periodOf(line.billInfo);
    bills.push({
      billId: line.billId,
      label: line.key,
      amount,
      ...(period !== undefined ? { period } : {}),
      ...(line.isMandatory != null ? { isMandatory: line.isMandatory } : {}),
      info: kvText(line.billInfo),
    });
  }
  return { bills, ...(adminLine !== undefined ? { adminLine } : {}) };
}

export function billSummary(data: InquiryData | TransactionData): AyoconnectBillSummary {
  const { bills, adminLine } = billLines(data);
  const amount = parseProviderAmount(data.amount);
  const admin = data.totalAdmin === undefined || data.totalAdmin === null ? (adminLine ?? rupiah(0)) : optionalMoney(data.totalAdmin);
  const linePeriods = bills.map((b) => b.period).filter((p): p is string => p !== undefined);
  const periods = linePeriods.length > 0 ? linePeriods : periodsFromProductDetails(data.productDetails);
  const customerDetails = data.customerDetails.length > 0 ? data.customerDetails : data.customerDetail;
  return {
    accountNumber: data.accountNumber,
    customerName: data.customerName || nameFromDetails(customerDetails),
    productCode: data.productCode,
    productName: data.productName,
    category: data.category,
    amount,
    admin,
    processingFee: optionalMoney(data.processingFee),
    billTotal: bills.length > 0 ? addRupiah(...bills.map((b) => b.amount)) : rupiah(0),
    bills,
    periods,
    monthCount: Math.max(bills.length, periods.length),
    customerDetails: kvText(customerDetails),
    productDetails: kvText(data.productDetails),
    extraFields: kvText(data.extraFields),
  };
}

function nameFromDetails(details: KeyValue[]): string {
  const hit = details.find((kv) => /^nama( pelanggan| perusahaan)?$/i.test(kv.key.trim()));
  return hit === undefined ? '' : String(hit.value);
}

/** SN / token / reference: `token` unless empty or "N/A", else the productDetails reference. */
export function serialOf(data: TransactionData): string | undefined {
  const token = data.token.trim();
  if (token !== '' && token.toUpperCase() !== 'N/A') return token;
  const hit = data.productDetails.find((kv) => /^(serial nomor|nomor referensi|token|no\.? ?ref)$/i.test(kv.key.trim()));
  const value = hit === undefined ? '' : String(hit.value).trim();
  return value === '' || value.toUpperCase() === 'N/A' ? undefined : value;
}
