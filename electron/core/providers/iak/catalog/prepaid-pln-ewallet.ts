import { icon, type IakPrepaidCatalogItem } from './types';

/**
 * PLN prepaid tokens (`hpln20000`…) and e-wallet top-ups (IAK type `etoll`, category `emoney`):
 * `ovo50`, `go50`, `dana50`, `shopeepay50`, `linkaja50` (nominal in thousands).
 */
const PLN_DENOMS = [20000, 50000, 100000, 200000, 500000, 1000000, 5000000, 10000000, 50000000];

export const PLN_PRODUCTS: IakPrepaidCatalogItem[] = PLN_DENOMS.map((nominal) => ({
  product_code: `hpln${nominal}`,
  product_description: 'PLN',
  product_nominal: String(nominal),
  product_details: '-',
  product_price: nominal + 500,
  product_type: 'pln',
  active_period: '0',
  status: 'active',
  icon_url: 'https://cdn.mobilepulsa.net/img/logo/pulsa/small/listrik.png',
  product_category: 'pln',
  operator: 'pln',
}));

interface WalletLine {
  prefix: string;
  description: string;
  label: string;
  operator: string;
  fee: number;
  thousands: number[];
  iconFile: string;
  details: string;
}

const WALLETS: WalletLine[] = [
  {
    prefix: 'ovo', description: 'OVO', label: 'OVO Cash', operator: 'ovo', fee: 1500, iconFile: 'ovo.png',
    thousands: [20, 25, 30, 40, 50, 75, 100, 150, 200, 250, 300, 400, 500, 1000],
    details: 'Top up saldo OVO Cash ke nomor HP terdaftar',
  },
  {
    prefix: 'go', description: 'GoPay E-Money', label: 'GO-PAY', operator: 'gopay_e-money', fee: 2000, iconFile: 'gopay.png',
    thousands: [20, 25, 30, 40, 50, 75, 100, 150, 200, 250, 300, 500, 1000],
    details: 'Topup saldo Go-Pay langsung ke nomor HP tujuan Anda',
  },
  {
    prefix: 'dana', description: 'DANA', label: 'DANA', operator: 'dana', fee: 1500, iconFile: 'dana.png',
    thousands: [20, 25, 30, 40, 50, 75, 100, 150, 200, 250, 300, 500, 1000],
    details: 'Top up saldo DANA ke nomor HP terdaftar',
  },
  {
    prefix: 'shopeepay', description: 'ShopeePay', label: 'ShopeePay', operator: 'shopee_pay', fee: 1500, iconFile: 'shopeepay.png',
    thousands: [20, 25, 30, 40, 50, 75, 100, 150, 200, 300, 500, 1000],
    details: 'Top up saldo ShopeePay ke nomor HP terdaftar',
  },
  {
    prefix: 'linkaja', description: 'LinkAja', label: 'LinkAja', operator: 'linkaja', fee: 750, iconFile: 'linkaja.png',
    thousands: [20, 50, 100, 200, 250, 500],
    details: 'Top up saldo LinkAja ke nomor HP terdaftar',
  },
];

/** "50.000": the nominal text IAK shows, with Indonesian dot grouping (not locale dependent). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const EWALLET_PRODUCTS: IakPrepaidCatalogItem[] = WALLETS.flatMap((w) =>
  w.thousands.map((k) => ({
    product_code: `${w.prefix}${k}`,
    product_description: w.description,
    product_nominal: `${w.label} Rp ${grouped(k * 1000)}`,
    product_details: w.details,
    product_price: k * 1000 + w.fee,
    product_type: 'etoll' as const,
    active_period: '0',
    status: 'active' as const,
    icon_url: icon(w.iconFile),
    product_category: 'emoney',
    operator: w.operator,
  })),
);
