import { postpaid, type CatalogueEntry } from './entry';

/**
 * Postpaid billers. Codes from Klikoo's inquiry-postpaid samples where they exist (POSTPAIDPLN,
 * PDAMACEHTGR, PDAMMJK, PDAMABOJ, FIRSMEDIA, RBKREDITBAF, RBFNFIF, RBASRBPJSKSH); the others follow
 * the same style. `admin` is what the customer's receipt shows; `commission` comes back to us.
 */
export const postpaidCatalogue: readonly CatalogueEntry[] = [
  postpaid('plnpostpaid', 'PLN', 'POSTPAIDPLN', 'PLN Pascabayar', { admin: 3_000, commission: 800, min: 85_000, max: 1_250_000 }),
  postpaid('bpjs', 'BPJS', 'RBASRBPJSKSH', 'BPJS Kesehatan', { admin: 2_500, commission: 1_000, min: 35_000, max: 150_000 }),
  postpaid('pdam', 'PDAM', 'PDAMACEHTGR', 'PDAM Tirta Tawar Kab. Aceh Tengah', { admin: 2_500, commission: 700, min: 30_000, max: 350_000 }),
  postpaid('pdam', 'PDAM', 'PDAMMJK', 'PDAM Maja Tirta Kota Mojokerto', { admin: 2_500, commission: 700, min: 30_000, max: 350_000 }),
  postpaid('pdam', 'PDAM', 'PDAMABOJ', 'PDAM Tirta Buana Kab. Bojonegoro', { admin: 2_500, commission: 700, min: 30_000, max: 350_000 }),
  postpaid('pdam', 'PDAM', 'PDAMSBY', 'PDAM Surya Sembada Kota Surabaya', { admin: 2_500, commission: 700, min: 40_000, max: 450_000 }),
  postpaid('pdam', 'PDAM', 'PDAMBDG', 'PDAM Tirtawening Kota Bandung', { admin: 2_500, commission: 700, min: 40_000, max: 450_000 }),
  postpaid('pdam', 'PDAM', 'PDAMPAMJAYA', 'PAM Jaya DKI Jakarta', { admin: 2_500, commission: 700, min: 50_000, max: 600_000 }),
  postpaid('telkom', 'Telkom', 'TELKOMPSTN', 'Telkom Telepon Rumah', { admin: 2_500, commission: 800, min: 45_000, max: 250_000 }),
  postpaid('telkom', 'Telkom', 'INDIHOME', 'IndiHome Internet', { admin: 2_500, commission: 800, min: 250_000, max: 850_000 }),
  postpaid('hppostpaid', 'Telkomsel', 'TSELHALO', 'Telkomsel Halo', { admin: 2_500, commission: 600, min: 50_000, max: 750_000 }),
  postpaid('hppostpaid', 'Indosat', 'ISATMATRIX', 'Indosat IM3 Platinum (Matrix)', { admin: 2_500, commission: 600, min: 50_000, max: 650_000 }),
  postpaid('hppostpaid', 'XL', 'XLPRIO', 'XL Prioritas', { admin: 2_500, commission: 600, min: 75_000, max: 650_000 }),
  postpaid('hppostpaid', 'Smartfren', 'SMARTPASCA', 'Smartfren Pascabayar', { admin: 2_500, commission: 600, min: 50_000, max: 400_000 }),
  postpaid('hppostpaid', 'Tri', 'TRIPASCA', 'Tri Pascabayar', { admin: 2_500, commission: 600, min: 50_000, max: 400_000 }),
  postpaid('tvinternet', 'First Media', 'FIRSMEDIA', 'First Media', { admin: 2_500, commission: 900, min: 250_000, max: 900_000 }),
  postpaid('multifinance', 'BAF', 'RBKREDITBAF', 'BAF (Bussan Auto Finance)', { admin: 5_000, commission: 1_500, min: 450_000, max: 2_500_000 }),
  postpaid('multifinance', 'FIF', 'RBFNFIF', 'FIFGROUP', { admin: 5_000, commission: 1_500, min: 450_000, max: 2_500_000 }),
];
