/**
 * The simulator's seeded product list: real product names, plausible 2026 partner prices (integer
 * rupiah). Field names follow the product-list item as seen in the fuse-integ-ayopop client
 * (code, name, description, biller, category, type, amount, adminFee, active, logo). Codes seen in
 * Ayoconnect docs/fixtures are reused (LSTPPPOG, TBPJPKPU, TBPJPKBU, PGPLGL20, PPLSTK10, TLPP); the
 * rest follow the same style and are ours. `kind` is simulator-internal (how bills are generated)
 * and is not served. Postpaid `amount` is 0: the bill is only known at inquiry.
 */
export type ProductKind =
  | 'telco-postpaid'
  | 'pln-postpaid'
  | 'pdam'
  | 'bpjs-kes'
  | 'bpjs-tk'
  | 'internet-tv'
  | 'prepaid'
  | 'pln-token'
  | 'open-denom'
  | 'game';

export interface CatalogueItem {
  code: string;
  name: string;
  description: string;
  biller: string;
  category: string;
  type: 'prepaid' | 'postpaid';
  amount: number;
  adminFee: number;
  active: boolean;
  logo: string;
  kind: ProductKind;
}

const logo = (code: string): string => `https://assets.ayoconnect.id/logo/${code.toLowerCase()}.png`;

function item(
  kind: ProductKind,
  code: string,
  name: string,
  biller: string,
  category: string,
  amount: number,
  adminFee: number,
  extra: Partial<Pick<CatalogueItem, 'active' | 'description'>> = {},
): CatalogueItem {
  const type = ['prepaid', 'pln-token', 'open-denom', 'game'].includes(kind) ? 'prepaid' : 'postpaid';
  return { code, name, description: extra.description ?? name, biller, category, type, amount, adminFee, active: extra.active ?? true, logo: logo(code), kind };
}

/** [operator code, biller, [denomination, partner price][]] */
const pulsa: Array<[string, string, Array<[number, number]>]> = [
  ['TK', 'Telkomsel', [[5000, 5600], [10000, 10550], [20000, 20300], [25000, 25300], [50000, 50050], [100000, 99100]]],
  ['IS', 'Indosat Ooredoo', [[5000, 5850], [10000, 10800], [20000, 20600], [50000, 49900], [100000, 98500]]],
  ['XL', 'XL', [[5000, 5900], [10000, 10850], [25000, 24950], [50000, 49850], [100000, 99000]]],
  ['AX', 'Axis', [[10000, 10850], [25000, 24950], [50000, 49800]]],
  ['TR', 'Tri', [[5000, 5500], [10000, 10400], [20000, 20250], [50000, 49400]]],
  ['SF', 'Smartfren', [[5000, 5350], [10000, 10150], [20000, 19950], [50000, 49300]]],
  ['BU', 'by.U', [[10000, 10300], [25000, 25050]]],
];

const rupiahLabel = (n: number): string => n.toLocaleString('id-ID');

const pulsaItems = pulsa.flatMap(([op, biller, denoms]) =>
  denoms.map(([denom, price]) =>
    item('prepaid', `PPLS${op}${denom / 1000}`, `${biller} ${rupiahLabel(denom)}`, biller, 'Pulsa', price, 0, {
      // Smartfren 5.000 is listed but switched off: inquiry answers 311 (product unavailable).
      active: !(op === 'SF' && denom === 5000),
    }),
  ),
);

const dataItems: CatalogueItem[] = [
  item('prepaid', 'PDATTK5', 'Telkomsel Data 5GB 30 Hari', 'Telkomsel', 'Paket Data', 52500, 0),
  item('prepaid', 'PDATTK12', 'Telkomsel Data 12GB 30 Hari', 'Telkomsel', 'Paket Data', 98000, 0),
  item('prepaid', 'PDATIS9', 'Indosat Freedom Internet 9GB 30 Hari', 'Indosat Ooredoo', 'Paket Data', 48500, 0),
  item('prepaid', 'PDATXL12', 'XL Xtra Combo Flex M 12GB 30 Hari', 'XL', 'Paket Data', 81000, 0),
  item('prepaid', 'PDATTR6', 'Tri Happy 6GB 28 Hari', 'Tri', 'Paket Data', 36500, 0),
  item('prepaid', 'PDATAX4', 'Axis Bronet 4GB 30 Hari', 'Axis', 'Paket Data', 29000, 0),
  item('prepaid', 'PDATSF6', 'Smartfren Unlimited Nonstop 6GB 28 Hari', 'Smartfren', 'Paket Data', 44000, 0),
];

const plnTokens = [20000, 50000, 100000, 200000, 500000, 1000000].map((denom) =>
  item('pln-token', `LSTPRP${denom / 1000}`, `Token PLN ${rupiahLabel(denom)}`, 'PLN', 'Listrik', denom, 1500),
);

const ewallets: CatalogueItem[] = [
  ...[20000, 50000, 100000].flatMap((d) => [
    item('prepaid', `EWLGOPAY${d / 1000}`, `GoPay ${rupiahLabel(d)}`, 'GoPay', 'Dompet Digital', d, 1000),
    item('prepaid', `EWLOVO${d / 1000}`, `OVO ${rupiahLabel(d)}`, 'OVO', 'Dompet Digital', d, 1300),
    item('prepaid', `EWLDANA${d / 1000}`, `DANA ${rupiahLabel(d)}`, 'DANA', 'Dompet Digital', d, 1000),
    item('prepaid', `EWLSPAY${d / 1000}`, `ShopeePay ${rupiahLabel(d)}`, 'ShopeePay', 'Dompet Digital', d, 1000),
  ]),
  item('prepaid', 'EWLLINKAJA50', 'LinkAja 50.000', 'LinkAja', 'Dompet Digital', 50000, 1000),
  item('open-denom', 'EWLDANAOPEN', 'DANA Bebas Nominal', 'DANA', 'Dompet Digital', 0, 1000, {
    description: 'Top up DANA nominal bebas Rp10.000 - Rp1.000.000 (isi amount saat inkuiri)',
  }),
  item('open-denom', 'EWLGOPAYOPEN', 'GoPay Customer Bebas Nominal', 'GoPay', 'Dompet Digital', 0, 1000, {
    description: 'Top up GoPay nominal bebas Rp10.000 - Rp1.000.000 (isi amount saat inkuiri)',
  }),
];

const vouchers: CatalogueItem[] = [
  item('prepaid', 'PGPLGL20', 'Google Play 20.000', 'Google Play', 'Google Play', 20000, 0),
  item('prepaid', 'PGPLGL50', 'Google Play 50.000', 'Google Play', 'Google Play', 50000, 0),
  item('prepaid', 'PGPLGL100', 'Google Play 100.000', 'Google Play', 'Google Play', 100000, 0),
  item('game', 'GMMLBB86', 'Mobile Legends 86 Diamonds', 'Moonton', 'Voucher Game', 20900, 0),
  item('game', 'GMMLBB172', 'Mobile Legends 172 Diamonds', 'Moonton', 'Voucher Game', 41500, 0),
  item('game', 'GMFF140', 'Free Fire 140 Diamonds', 'Garena', 'Voucher Game', 19300, 0),
  item('game', 'GMFF355', 'Free Fire 355 Diamonds', 'Garena', 'Voucher Game', 48000, 0),
];

const telcoPostpaid: CatalogueItem[] = [
  item('telco-postpaid', 'PSCBYRTLKHALO', 'Telkomsel Halo', 'Telkomsel', 'Pascabayar', 0, 0),
  item('telco-postpaid', 'PSCBYRISATMATRIX', 'Indosat Ooredoo Pascabayar (Matrix)', 'Indosat Ooredoo', 'Pascabayar', 0, 2500),
  item('telco-postpaid', 'PSCBYRXLPRIO', 'XL Prioritas Pascabayar', 'XL', 'Pascabayar', 0, 2500),
  item('telco-postpaid', 'PSCBYRSMFRN', 'Smartfren Pascabayar', 'Smartfren', 'Pascabayar', 0, 2500),
  item('telco-postpaid', 'PSCBYRTRI', 'Tri Pascabayar', 'Tri', 'Pascabayar', 0, 2500),
];

const bills: CatalogueItem[] = [
  item('pln-postpaid', 'LSTPPPOG', 'PLN Postpaid', 'PLN', 'Listrik', 0, 2500, {
    description: 'Tagihan listrik PLN pascabayar, maksimal 3 bulan tunggakan per pembayaran',
  }),
  item('bpjs-kes', 'BPJSKS', 'BPJS Kesehatan', 'BPJS Kesehatan', 'BPJS', 0, 2500, {
    description: 'Iuran BPJS Kesehatan mandiri, bayar 1-12 bulan (parameter month)',
  }),
  item('bpjs-tk', 'TBPJPKPU', 'Pembayaran Iuran PU/Jakon', 'BPJS Ketenagakerjaan', 'BPJS', 0, 2500),
  item('bpjs-tk', 'TBPJPKBU', 'Pembayaran Iuran BPU/PMI', 'BPJS Ketenagakerjaan', 'BPJS', 0, 0),
  item('internet-tv', 'TLPP', 'Telkom Telepon Rumah', 'Telkom', 'Telepon Rumah', 0, 2500),
  item('internet-tv', 'INTVINDIHOME', 'IndiHome', 'Telkom Indonesia', 'Internet dan TV Kabel', 0, 2500),
  item('internet-tv', 'INTVFIRSTMEDIA', 'First Media', 'First Media', 'Internet dan TV Kabel', 0, 2500),
  item('internet-tv', 'INTVBIZNET', 'Biznet Home', 'Biznet', 'Internet dan TV Kabel', 0, 2500),
  item('internet-tv', 'INTVMYREP', 'MyRepublic', 'MyRepublic', 'Internet dan TV Kabel', 0, 2500),
  item('internet-tv', 'INTVTRANSVISION', 'Transvision', 'Transvision', 'Internet dan TV Kabel', 0, 2500),
];

/** [code suffix, utility name, admin per month] */
const pdamRegions: Array<[string, string, number]> = [
  ['JKT', 'PAM JAYA (DKI Jakarta)', 2500],
  ['BGRKOTA', 'Perumda Tirta Pakuan Kota Bogor', 2500],
  ['BGRKAB', 'Perumda Tirta Kahuripan Kab. Bogor', 2500],
  ['BDGKOTA', 'Perumda Tirtawening Kota Bandung', 2500],
  ['SBY', 'PDAM Surya Sembada Kota Surabaya', 2000],
  ['MDN', 'Perumda Tirtanadi Sumatera Utara', 2500],
  ['SMG', 'PDAM Tirta Moedal Kota Semarang', 2500],
  ['MLGKOTA', 'Perumda Tugu Tirta Kota Malang', 2000],
  ['JOGJA', 'PDAM Tirtamarta Kota Yogyakarta', 2000],
  ['PLG', 'Perumda Tirta Musi Palembang', 2500],
  ['TGRKAB', 'Perumdam Tirta Kerta Raharja Kab. Tangerang', 2500],
  ['DEPOK', 'Perumda Tirta Asasta Kota Depok', 2500],
  ['BKSKAB', 'Perumda Tirta Bhagasasi Kab. Bekasi', 2500],
  ['MKS', 'Perumda Air Minum Kota Makassar', 3000],
  ['DPS', 'Perumda Tirta Sewakadarma Kota Denpasar', 3000],
];

const pdamItems = pdamRegions.map(([suffix, name, admin]) =>
  item('pdam', `PDAM${suffix}`, name, name, 'PDAM', 0, admin, {
    // One region is switched off: inquiry answers 311.
    active: suffix !== 'BGRKAB',
  }),
);

export const ayoconnectCatalogue: readonly CatalogueItem[] = [
  ...telcoPostpaid,
  ...bills,
  ...pdamItems,
  ...plnTokens,
  ...pulsaItems,
  ...dataItems,
  ...ewallets,
  ...vouchers,
];

export function findProduct(code: string): CatalogueItem | undefined {
  const wanted = code.trim().toUpperCase();
  return ayoconnectCatalogue.find((p) => p.code === wanted);
}
