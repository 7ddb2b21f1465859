import type { ProviderId } from '../domain/provider-id';
import type { SaleKind } from '../domain/sale-kind';
import type { SaleState } from './state-machine';

export type { SaleKind } from '../domain/sale-kind';

/** A sale as the engine works with it (one row of `sale`). */
export interface SaleRecord {
  id: number;
  requestId: string;
  refId: string;
  kind: SaleKind;
  provider: ProviderId;
  productId: string;
  providerCode: string;
  productName: string;
  customerNo: string;
  customerName: string | null;
  inquiryId: number | null;
  price: number;
  cost: number;
  /** The provider's commission for this sale (MMBC flight_bonus_agen), fixed at commit; 0 for other kinds (migration 012). */
  commission: number;
  state: SaleState;
  needsOperator: boolean;
  providerRef: string | null;
  serial: string | null;
  message: string | null;
  details: Record<string, string | number>;
  itrx: number | null;
  reroutedFrom: number | null;
  refund: 'none' | 'due' | 'paid';
  checkCount: number;
  nextCheckAt: number | null;
  businessDay: string;
  createdAt: number;
  sentAt: number | null;
  updatedAt: number;
  settledAt: number | null;
  /** The endpoint the sale was sent to; every status check must ask the same one (migration 005). */
  providerMode: 'sandbox' | 'live';
  /** Live base URL at send time (null for sandbox, whose simulator port changes per run, and old sales). */
  providerBaseUrl: string | null;
  /** What the provider said it charged before settling (e.g. MMBC `debet` in a pending answer). */
  reportedCost: number | null;
  /** A late success for a sale already failed: the owner must decide (see SaleBook). */
  alert: 'late_success' | null;
  alertEvidence: string | null;
  alertAt: number | null;
  alertResolvedAt: number | null;
  alertResolution: string | null;
  /**
   * Who made the sale: the signed-in user of the call that started it (sale.user_id, migration 014),
   * with their current name. Null for background work and for sales from before users existed.
   */
  seller: SaleSeller | null;
}

export interface SaleSeller {
  id: number;
  name: string;
}

export const SALE_COLUMNS = `id, request_id AS requestId, ref_id AS refId, kind, provider, product_id AS productId,
  provider_code AS providerCode, product_name AS productName, customer_no AS customerNo, customer_name AS customerName,
  inquiry_id AS inquiryId, price, cost, commission, state, needs_operator AS needsOperator, provider_ref AS providerRef, serial,
  message, details_json AS detailsJson, itrx, rerouted_from AS reroutedFrom, refund, check_count AS checkCount,
  next_check_at AS nextCheckAt, business_day AS businessDay, created_at AS createdAt, sent_at AS sentAt,
  updated_at AS updatedAt, settled_at AS settledAt, provider_mode AS providerMode, provider_base_url AS providerBaseUrl,
  reported_cost AS reportedCost, alert, alert_evidence AS alertEvidence, alert_at AS alertAt,
  alert_resolved_at AS alertResolvedAt, alert_resolution AS alertResolution,
  user_id AS sellerId, (SELECT app_user.name FROM app_user WHERE app_user.id = user_id) AS sellerName`;

type Row = Omit<SaleRecord, 'details' | 'needsOperator' | 'seller'> & {
  detailsJson: string;
  needsOperator: number;
  sellerId: number | null;
  sellerName: string | null;
};

export function toSaleRecord(row: Row): SaleRecord {
  const { detailsJson, needsOperator, sellerId, sellerName, ...rest } = row;
  return {
    ...rest,
    needsOperator: needsOperator === 1,
    details: JSON.parse(detailsJson) as Record<string, string | number>,
    seller: sellerId === null || sellerName === null ? null : { id: sellerId, name: sellerName },
  };
}
