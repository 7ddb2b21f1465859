import type { BillView, SaleView } from '../../../renderer/src/format/sale';

/** A sale as the core's SaleView writes it; override what a test is about. */
export function saleView(overrides: Partial<SaleView> = {}): SaleView {
  return {
    id: 1,
    refId: 'LKT01JABCDEF',
    kind: 'pulsa',
    provider: 'iak',
    productId: 'pulsa:telkomsel:10000',
    productName: 'Pulsa Telkomsel 10.000',
    customerNo: '081234560001',
    customerName: null,
    price: 11_500,
    cost: 10_250,
    state: 'success',
    needsOperator: false,
    providerRef: 'TR1',
    serial: '123456789012345678',
    token: null,
    message: null,
    details: {},
    refund: 'none',
    businessDay: '2025-11-24',
    createdAt: 1_764_000_000_000,
    updatedAt: 1_764_000_000_000,
    settledAt: null,
    nextCheckAt: null,
    reportedCost: null,
    alert: null,
    seller: null,
    alertEvidence: null,
    alertAt: null,
    alertResolvedAt: null,
    alertResolution: null,
    ...overrides,
  };
}

export function billView(overrides: Partial<BillView> = {}): BillView {
  return {
    inquiryId: 7,
    provider: 'iak',
    productId: 'bill:hp_postpaid:tri',
    productName: 'Pascabayar Tri',
    customerNo: '08991230000',
    customerName: 'INTAN NUR AZIZA',
    periods: [{ period: '2025-11', amount: 52_500, admin: 2_500, penalty: 0 }],
    bill: 52_500,
    admin: 2_500,
    total: 55_000,
    expiresAt: 1_764_001_800_000,
    details: {},
    ...overrides,
  };
}
