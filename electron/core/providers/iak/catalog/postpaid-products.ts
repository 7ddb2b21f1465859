import type { IakPostpaidCatalogItem, IakPostpaidType } from './types';

/**
 * Postpaid products in IAK's codes (price-list `data.pasca[]`): fee = admin per bill, komisi = our
 * commission per bill. HPTHREE (fee 0, komisi 1000), PLNPOSTPAID (2500/600), BPJS (2500/200) and
 * TELKOMPSTN (2500/1200) reproduce the figures in IAK's own samples.
 */
type Row = [code: string, name: string, fee: number, komisi: number, province?: string];

function rows(type: IakPostpaidType, category: string, list: Row[], inactive: string[] = []): IakPostpaidCatalogItem[] {
  return list.map(([code, name, fee, komisi, province]) => ({
    code,
    name,
    status: inactive.includes(code) ? 4 : 1,
    fee,
    komisi,
    type,
    category,
    ...(province ? { province } : {}),
  }));
}

export const POSTPAID_PRODUCTS: IakPostpaidCatalogItem[] = [
  ...rows('hp', 'hp', [
    ['HPTSEL', 'Telkomsel Halo', 0, 1000],
    ['HPMTRIX', 'Indosat Ooredoo Matrix', 0, 1000],
    ['HPXL', 'XL Prioritas', 0, 1000],
    ['HPTHREE', 'Tri Pascabayar', 0, 1000],
    ['HPSMART', 'Smartfren Pascabayar', 0, 1000],
  ]),
  ...rows('pln', 'pln', [
    ['PLNPOSTPAID', 'PLN Pascabayar', 2500, 600],
    ['PLNNONTAG', 'PLN Non Taglis', 2500, 500],
  ]),
  ...rows('bpjs', 'bpjs', [
    ['BPJS', 'BPJS Kesehatan', 2500, 200],
    ['BPJSTKPU', 'BPJS Ketenagakerjaan Penerima Upah', 2500, 300],
    ['BPJSTK', 'BPJS Ketenagakerjaan Bukan Penerima Upah', 2500, 300],
  ]),
  ...rows('internet', 'internet', [
    ['TELKOMPSTN', 'Telkom PSTN', 2500, 1200],
    ['TELKOMSPEEDY', 'IndiHome / Telkom Speedy', 2500, 1200],
    ['CBN', 'CBN Internet', 2500, 800],
    ['MYREPUBLIC', 'MyRepublic', 2500, 800],
  ]),
  ...rows('tv', 'tv', [
    ['TVTLKMV', 'TelkomVision', 2500, 800],
    ['BIZNET', 'BIZNET HOME', 5000, 1500],
    ['ICONNET', 'ICONNET TV', 3500, 900],
    ['TVBIG', 'BIG TV', 2500, 700],
  ], ['TVBIG']),
  ...rows('pdam', 'pdam', [
    ['AETRA', 'AETRA', 2500, 700, 'DKI Jakarta'],
    ['PDAMKOTA.DKIPALYJA', 'PAM JAYA (eks PALYJA)', 2500, 700, 'DKI Jakarta'],
    ['PDAMKOTA.SURABAYA', 'PDAM Surya Sembada Kota Surabaya', 2000, 700, 'Jawa Timur'],
    ['PDAMKOTA.MEDAN', 'PDAM Tirtanadi Medan', 2500, 600, 'Sumatera Utara'],
    ['PDAMKOTA.YOGYAKARTA', 'PDAM Tirtamarta Kota Yogyakarta', 2500, 600, 'DI Yogyakarta'],
    ['PDAMKAB.BANTUL', 'PDAM Tirtamarta Kabupaten Bantul', 2500, 600, 'DI Yogyakarta'],
    ['PDAMKAB.BEKASI', 'PDAM Tirta Bhagasasi Kabupaten Bekasi', 2500, 600, 'Jawa Barat'],
    ['PDAMKAB.BANDUNGB', 'PDAM Tirta Raharja Kabupaten Bandung', 2500, 600, 'Jawa Barat'],
    ['PDAMKAB.TANGERANG', 'PDAM Tirta Kerta Raharja Kabupaten Tangerang', 2500, 600, 'Banten'],
    ['PDAMKAB.SERANG', 'PDAM Tirta Al-Bantani Kabupaten Serang', 2500, 600, 'Banten'],
    ['PDAMKAB.KUDUS', 'PDAM Kabupaten Kudus', 2500, 500, 'Jawa Tengah'],
    ['PDAMKOTA.MAGELANG', 'PDAM Kota Magelang', 2500, 500, 'Jawa Tengah'],
    ['PDAMKOTA.PEKANBARU', 'PDAM Tirta Siak Kota Pekanbaru', 2500, 500, 'Riau'],
    ['PDAMKOTA.JAMBI', 'PDAM Tirta Mayang Kota Jambi', 2500, 500, 'Jambi'],
    ['PDAMKOTA.PALU', 'PDAM Kota Palu', 2500, 500, 'Sulawesi Tengah'],
    ['PDAMKOTA.KENDARI', 'PDAM Kota Kendari', 2500, 500, 'Sulawesi Tenggara'],
    ['PDAMKAB.GIANYAR', 'PDAM Tirta Sanjiwani Kabupaten Gianyar', 2500, 500, 'Bali'],
  ]),
  ...rows('gas', 'gas', [['PGAS', 'PGN Gas Negara', 2500, 700]]),
  ...rows('finance', 'finance', [
    ['FNMEGA', 'Mega Finance', 5000, 1500],
    ['FNFIF', 'FIF Group', 5000, 1500],
    ['FNADIRA', 'Adira Finance', 5000, 1500],
  ]),
];
