/**
 * One product of the simulator's seeded catalogue. Prices are plain integers of rupiah (2026-level
 * H2H buy prices); the simulator serialises them the way Klikoo does.
 */
export type CatalogueCategory =
  | 'pulsa'
  | 'data'
  | 'plnprepaid'
  | 'ewallet'
  | 'maxim'
  | 'plnpostpaid'
  | 'bpjs'
  | 'pdam'
  | 'telkom'
  | 'hppostpaid'
  | 'multifinance'
  | 'tvinternet';

export interface CatalogueEntry {
  code: string;
  name: string;
  category: CatalogueCategory;
  brand: string;
  kind: 'prepaid' | 'postpaid';
  /** Prepaid: buy price. Postpaid: net fee per bill (admin minus our commission). */
  agentPrice: number;
  /** Face value of a fixed denomination. */
  nominal?: number;
  enabled: boolean;
  description: string;
  /** Prepaid inquiry is offered (docs: PLN, OVO, GoPay, DANA, Maxim only). */
  inquiry?: boolean;
  /** Open denomination (DNOPEN): partner chooses the amount within bounds, Klikoo adds `fee`. */
  openDenom?: { min: number; max: number; fee: number };
  /** Postpaid: admin shown to the customer; bills are between min and max per period. */
  bill?: { admin: number; min: number; max: number };
}

export function prepaid(
  category: CatalogueCategory,
  brand: string,
  code: string,
  name: string,
  agentPrice: number,
  options: { nominal?: number; description?: string; inquiry?: boolean; enabled?: boolean } = {},
): CatalogueEntry {
  return {
    code,
    name,
    category,
    brand,
    kind: 'prepaid',
    agentPrice,
    nominal: options.nominal,
    enabled: options.enabled ?? true,
    description: options.description ?? name,
    inquiry: options.inquiry,
  };
}

/** Pulsa denominations of one operator: [thousands, buy price]. */
export function pulsaSeries(brand: string, prefix: string, short: string, rows: [number, number][]): CatalogueEntry[] {
  return rows.map(([k, price]) =>
    prepaid('pulsa', brand, `${prefix}${k}`, `${short} ${dots(k * 1000)}`, price, {
      nominal: k * 1000,
      description: `Pulsa ${brand} Rp ${dots(k * 1000)}`,
    }),
  );
}

export function postpaid(
  category: CatalogueCategory,
  brand: string,
  code: string,
  name: string,
  bill: { admin: number; commission: number; min: number; max: number },
): CatalogueEntry {
  return {
    code,
    name,
    category,
    brand,
    kind: 'postpaid',
    agentPrice: bill.admin - bill.commission,
    enabled: true,
    description: `${name} (admin Rp ${dots(bill.admin)})`,
    bill: { admin: bill.admin, min: bill.min, max: bill.max },
  };
}

/** "10.000": Klikoo's product names group thousands with dots (and ICU-free, so stable everywhere). */
export function dots(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
