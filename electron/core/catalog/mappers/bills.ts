import type { ProviderId } from '../../domain/provider-id';
import { mobileOperatorOf } from '../operators';
import { hpPostpaidBill, localBill, nationalBill } from '../product-id';

/** How a provider's own category reads, before the name decides the exact bill. */
export type BillKind = 'pln_postpaid' | 'pln_nontaglis' | 'bpjs' | 'telkom' | 'hp' | 'pdam' | 'internet_tv' | 'gas' | 'multifinance';

export interface BillProduct {
  productId: string;
  productName: string;
  operator: string;
}

/**
 * The product a bill line belongs to. National bills (PLN, BPJS, Telkom, IndiHome, HP postpaid per
 * operator) become one product across providers; local billers stay per provider. Null when the
 * line cannot be placed (a postpaid line of an operator we do not know).
 */
export function billProduct(provider: ProviderId, code: string, kind: BillKind, name: string, brand = ''): BillProduct | null {
  const text = `${name} ${brand}`.toLowerCase();
  switch (kind) {
    case 'pln_postpaid':
      return /non[\s-]?tag/.test(text) ? nationalBill('pln_nontaglis') : nationalBill('pln_postpaid');
    case 'pln_nontaglis':
      return nationalBill('pln_nontaglis');
    case 'bpjs':
      return bpjs(text);
    case 'telkom':
    case 'internet_tv':
      if (/indihome|speedy/.test(text)) return nationalBill('telkom:indihome');
      if (/telepon|pstn/.test(text)) return nationalBill('telkom');
      return localBill('internet_tv', provider, code, name);
    case 'hp': {
      const operator = mobileOperatorOf(text);
      return operator ? hpPostpaidBill(operator) : null;
    }
    case 'pdam':
    case 'gas':
    case 'multifinance':
      return localBill(kind, provider, code, name);
  }
}

function bpjs(text: string): BillProduct {
  if (!/ketenagakerjaan|jakon|\bbpu\b|\bpu\b|\btk\b/.test(text)) return nationalBill('bpjs');
  return /bukan penerima upah|\bbpu\b/.test(text) ? nationalBill('bpjs:tk_bpu') : nationalBill('bpjs:tk_pu');
}
