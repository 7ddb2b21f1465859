/**
 * The route city codes of `GET /json/getcodearea-json`, in the seed document's order and spelling
 * (NSW "Pangandaran" included as MMBC lists it). Latitude/longitude, UTC offset and a size tier
 * are added so the simulator can generate believable schedules: tier 1 = jet hub, 2 = jet
 * city, 3 = turboprop airfield. `country` (ISO 3166 alpha-2) is ours too: MMBC's list is
 * {code, city} only, but postbooking wants passports on international routes, so the app must
 * know which codes are outside Indonesia. The last rows are the international route cities MMBC
 * agents sell (the search covers "DOMESTIK/INTERNATIONAL").
 */
export interface Airport {
  code: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  utcOffset: 7 | 8 | 9;
  tier: 1 | 2 | 3;
}

type Row = [code: string, city: string, lat: number, lon: number, utcOffset: 7 | 8 | 9, tier: 1 | 2 | 3];
type ForeignRow = [...Row, country: string];

const ROWS: Row[] = [
  ['CGK', 'Jakarta', -6.13, 106.66, 7, 1], ['SUB', 'Surabaya', -7.38, 112.79, 7, 1],
  ['DPS', 'Denpasar', -8.75, 115.17, 8, 1], ['UPG', 'Makassar', -5.06, 119.55, 8, 1],
  ['BPN', 'Balikpapan', -1.27, 116.89, 8, 1], ['JOG', 'Yogyakarta', -7.9, 110.06, 7, 1],
  ['SRG', 'Semarang', -6.97, 110.38, 7, 2], ['BTH', 'Batam', 1.12, 104.12, 7, 1],
  ['PKU', 'Pekanbaru', 0.46, 101.44, 7, 2], ['ARD', 'Alor Island', -8.13, 124.6, 8, 3],
  ['AMQ', 'Ambon', -3.71, 128.09, 9, 2], ['ABU', 'Atambua', -9.07, 124.9, 8, 3],
  ['BTJ', 'Banda Aceh', 5.52, 95.42, 7, 2], ['TKG', 'Bandar Lampung', -5.24, 105.18, 7, 2],
  ['BDO', 'Bandung', -6.9, 107.58, 7, 2], ['BDJ', 'Banjarmasin', -3.44, 114.76, 8, 2],
  ['BWX', 'Banyuwangi', -8.31, 114.34, 7, 3], ['BUW', 'Baubau', -5.49, 122.57, 8, 3],
  ['BKS', 'Bengkulu', -3.86, 102.34, 7, 2], ['BEJ', 'Berau', 2.16, 117.7, 8, 3],
  ['BIK', 'Biak', -1.19, 136.11, 9, 3], ['BMU', 'Bima', -8.54, 118.69, 8, 3],
  ['WUB', 'Buli', 0.92, 128.38, 9, 3], ['ENE', 'Ende', -8.85, 121.66, 8, 3],
  ['FKQ', 'Fak Fak', -2.92, 132.27, 9, 3], ['GTO', 'Gorontalo', 0.64, 122.85, 8, 2],
  ['GNS', 'Gunung Sitoli', 1.17, 97.7, 7, 3], ['HLP', 'Jakarta Halim', -6.27, 106.89, 7, 2],
  ['DJB', 'Jambi', -1.64, 103.64, 7, 2], ['DJJ', 'Jayapura', -2.58, 140.52, 9, 2],
  ['KBU', 'Kotabaru', -3.29, 116.17, 8, 3], ['KNG', 'Kaimana', -3.64, 133.7, 9, 3],
  ['KDI', 'Kendari', -4.08, 122.42, 8, 2], ['KTG', 'Ketapang', -1.82, 109.96, 7, 3],
  ['KOE', 'Kupang', -10.17, 123.67, 8, 2], ['LBJ', 'Labuanbajo', -8.49, 119.89, 8, 3],
  ['LAH', 'Labuha', -0.64, 127.5, 9, 3], ['LKA', 'Larantuka', -8.27, 123.0, 8, 3],
  ['LSW', 'Lhokseumawe', 5.23, 96.95, 7, 3], ['LOP', 'Lombok', -8.76, 116.28, 8, 2],
  ['LUW', 'Luwuk', -1.04, 122.77, 8, 3], ['MLG', 'Malang', -7.93, 112.71, 7, 2],
  ['MJU', 'Mamuju', -2.58, 119.03, 8, 3], ['MDC', 'Manado', 1.55, 124.93, 8, 2],
  ['MKW', 'Manokwari', -0.89, 134.05, 9, 3], ['MOF', 'Maumere', -8.64, 122.24, 8, 3],
  ['KNO', 'Medan', 3.64, 98.88, 7, 1], ['MNA', 'Melonguane', 4.01, 126.67, 8, 3],
  ['MKQ', 'Merauke', -8.52, 140.42, 9, 3], ['MEQ', 'Meulaboh', 4.04, 96.25, 7, 3],
  ['NBX', 'Nabire', -3.37, 135.5, 9, 3], ['NTX', 'Natuna', 3.91, 108.39, 7, 3],
  ['NNX', 'Nunukan', 4.14, 117.67, 8, 3], ['PDG', 'Padang', -0.79, 100.28, 7, 2],
  ['PKY', 'Palangkaraya', -2.23, 113.94, 7, 2], ['PLM', 'Palembang', -2.9, 104.7, 7, 2],
  ['PLW', 'Palu', -0.92, 119.91, 8, 2], ['NSW', 'Pangandaran', -7.72, 108.49, 7, 3],
  ['PGK', 'Pangkal Pinang', -2.16, 106.14, 7, 2], ['PKN', 'Pangkalan Bun', -2.7, 111.67, 7, 3],
  ['PUM', 'Pomala', -4.18, 121.62, 8, 3], ['PNK', 'Pontianak', -0.15, 109.4, 7, 2],
  ['PSJ', 'Poso', -1.42, 120.66, 8, 3], ['RTG', 'Ruteng', -8.6, 120.48, 8, 3],
  ['SRI', 'Samarinda', -0.37, 117.26, 8, 2], ['SMQ', 'Sampit', -2.5, 112.97, 7, 3],
  ['FLZ', 'Sibolga', 1.56, 98.89, 7, 3], ['DTB', 'Silangit', 2.26, 98.99, 7, 3],
  ['SOC', 'Solo', -7.52, 110.76, 7, 2],
];

/** International route cities (Singapore and Malaysia UTC+8, Thailand UTC+7). */
const FOREIGN_ROWS: ForeignRow[] = [
  ['SIN', 'Singapore', 1.36, 103.99, 8, 1, 'SG'], ['KUL', 'Kuala Lumpur', 2.75, 101.71, 8, 1, 'MY'],
  ['BKK', 'Bangkok', 13.69, 100.75, 7, 1, 'TH'], ['PEN', 'Penang', 5.3, 100.28, 8, 2, 'MY'],
];

export const MMBC_AIRPORTS: readonly Airport[] = [
  ...ROWS.map((row): ForeignRow => [...row, 'ID']),
  ...FOREIGN_ROWS,
].map(([code, city, lat, lon, utcOffset, tier, country]) => ({ code, city, country, lat, lon, utcOffset, tier }));

const BY_CODE = new Map(MMBC_AIRPORTS.map((a) => [a.code, a]));
export function airportByCode(code: string): Airport | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** Great-circle distance in km. */
export function distanceKm(a: Airport, b: Airport): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
