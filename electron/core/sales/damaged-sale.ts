import type { SaleState } from './state-machine';

/**
 * An open sale (or one still owing a refund) whose stored row cannot be shown in full: details
 * that are not JSON, a field the contract refuses. It must never vanish from the Pending panel, so
 * it is shown with what the table itself guarantees (STRICT columns with CHECKs) and a message
 * sending the cashier to the ledger, where the sale's journal entries carry its reference.
 */
export interface DamagedSale {
  id: number;
  refId: string;
  productName: string;
  customerNo: string;
  price: number;
  state: SaleState;
  refund: 'none' | 'due' | 'paid';
  damaged: true;
  message: string;
}

type Certain = Pick<DamagedSale, 'id' | 'refId' | 'productName' | 'customerNo' | 'price' | 'state' | 'refund'>;

/** From a raw `sale` row (SALE_COLUMNS names) or a record the contract refused. */
export function damagedSale(row: Certain): DamagedSale {
  return {
    id: row.id,
    refId: row.refId,
    productName: row.productName,
    customerNo: row.customerNo,
    price: row.price,
    state: row.state,
    refund: row.refund,
    damaged: true,
    message: `Data transaksi rusak, tidak bisa ditampilkan lengkap: periksa jurnalnya di ledger (ref ${row.refId}).`,
  };
}
