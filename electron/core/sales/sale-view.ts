import type { ChannelOutput } from '../api/contract';
import type { StoredBill } from './bill-store';
import type { SaleRecord } from './sale-record';

type SaleView = ChannelOutput<'sales:start'>;
type BillView = ChannelOutput<'bills:inquire'>;

export function toSaleView(sale: SaleRecord): SaleView {
  return {
    id: sale.id,
    refId: sale.refId,
    kind: sale.kind,
    provider: sale.provider,
    productId: sale.productId,
    productName: sale.productName,
    customerNo: sale.customerNo,
    customerName: sale.customerName,
    price: sale.price,
    cost: sale.cost,
    state: sale.state,
    needsOperator: sale.needsOperator,
    providerRef: sale.providerRef,
    serial: sale.serial,
    token: sale.kind === 'pln_token' ? groupToken(sale.serial) : null,
    message: sale.message,
    details: sale.details,
    refund: sale.refund,
    businessDay: sale.businessDay,
    createdAt: sale.createdAt,
    updatedAt: sale.updatedAt,
    settledAt: sale.settledAt,
    nextCheckAt: sale.nextCheckAt,
    reportedCost: sale.reportedCost,
    alert: sale.alert,
    alertEvidence: sale.alertEvidence,
    alertAt: sale.alertAt,
    alertResolvedAt: sale.alertResolvedAt,
    alertResolution: sale.alertResolution,
    seller: sale.seller,
  };
}

export function toBillView(bill: StoredBill): BillView {
  return {
    inquiryId: bill.id,
    provider: bill.provider,
    productId: bill.productId,
    productName: bill.productName,
    customerNo: bill.customerNo,
    customerName: bill.customerName,
    periods: bill.periods,
    bill: bill.bill,
    admin: bill.admin,
    total: bill.total,
    expiresAt: bill.expiresAt,
    details: { ...bill.details, biaya_loket: bill.price - bill.total, bayar: bill.price },
  };
}

/** PLN tokens are 20 digits, read out and typed in groups of four: 1234-5678-9012-3456-7890. */
export function groupToken(serial: string | null): string | null {
  if (!serial) return null;
  const digits = serial.replace(/\D/g, '');
  if (digits.length < 20) return serial;
  return (digits.slice(0, 20).match(/\d{4}/g) ?? []).join('-');
}
