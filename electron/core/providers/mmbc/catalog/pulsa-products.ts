/**
 * The simulator's seeded MMBC price list: pulsa and data for the six operators, with MMBC-style
 * codes (AXM5, TSEL5, SI100, TEL5 come from the seed document) and plausible 2026 agent prices.
 * `harga` is what MMBC debits the deposit; `nominal` is the face value (for data: the operator's
 * retail price of the package).
 */
export type MmbcOperator = 'TELKOMSEL' | 'INDOSAT' | 'XL' | 'AXIS' | 'TRI' | 'SMARTFREN';
export type MmbcProductType = 'PULSA' | 'PAKET DATA';

export interface MmbcProduct {
  code: string;
  type: MmbcProductType;
  operator: MmbcOperator;
  description: string;
  nominal: number;
  price: number;
  status: 'Ready' | 'Close';
}

type Row = [code: string, description: string, nominal: number, price: number, status?: 'Close'];

const REGULER = 'Pulsa Reguler';

const PULSA: Record<MmbcOperator, Row[]> = {
  TELKOMSEL: [
    ['TSEL5', REGULER, 5000, 5820], ['TSEL10', REGULER, 10000, 10750], ['TSEL15', REGULER, 15000, 15300],
    ['TSEL20', REGULER, 20000, 20250], ['TSEL25', REGULER, 25000, 25150], ['TSEL30', REGULER, 30000, 30150],
    ['TSEL40', REGULER, 40000, 40050], ['TSEL50', REGULER, 50000, 49750], ['TSEL75', REGULER, 75000, 74350],
    ['TSEL100', REGULER, 100000, 98100], ['TSEL150', REGULER, 150000, 147200], ['TSEL200', REGULER, 200000, 196200],
    ['TEL5', 'Pulsa Reguler Jalur 2', 5000, 5630], ['TEL10', 'Pulsa Reguler Jalur 2', 10000, 10630],
    ['SI25', 'Pulsa Promo (masa aktif mengikuti kartu)', 25000, 24675],
    ['SI50', 'Pulsa Promo (masa aktif mengikuti kartu)', 50000, 48900],
    ['SI100', 'Pulsa Promo (masa aktif mengikuti kartu)', 100000, 96950],
  ],
  INDOSAT: [
    ['ISAT5', REGULER, 5000, 5900], ['ISAT10', REGULER, 10000, 10850], ['ISAT15', REGULER, 15000, 15400],
    ['ISAT20', REGULER, 20000, 20300], ['ISAT25', REGULER, 25000, 25250], ['ISAT30', REGULER, 30000, 30200],
    ['ISAT50', REGULER, 50000, 49800], ['ISAT100', REGULER, 100000, 97900], ['ISAT150', REGULER, 150000, 146900],
    ['ISAT200', REGULER, 200000, 196300],
  ],
  XL: [
    ['XL5', REGULER, 5000, 6050], ['XL10', REGULER, 10000, 10900], ['XL15', REGULER, 15000, 15250],
    ['XL25', REGULER, 25000, 25200], ['XL30', REGULER, 30000, 30150], ['XL50', REGULER, 50000, 49900],
    ['XL100', REGULER, 100000, 98950], ['XL150', REGULER, 150000, 148250],
    ['XL200', REGULER, 200000, 197500],
  ],
  AXIS: [
    ['AXM5', REGULER, 5000, 5850], ['AXM10', REGULER, 10000, 10900], ['AXM15', REGULER, 15000, 15200],
    ['AXM25', REGULER, 25000, 25350], ['AXM30', REGULER, 30000, 30250], ['AXM50', REGULER, 50000, 49850],
    ['AXM100', REGULER, 100000, 98900],
  ],
  TRI: [
    ['T5', REGULER, 5000, 5700], ['T10', REGULER, 10000, 10650], ['T15', REGULER, 15000, 15150],
    ['T20', REGULER, 20000, 20100], ['T25', REGULER, 25000, 24950], ['T30', REGULER, 30000, 29900],
    ['T50', REGULER, 50000, 49600], ['T100', REGULER, 100000, 98400],
    ['T150', REGULER, 150000, 147350],
  ],
  SMARTFREN: [
    ['SM5', REGULER, 5000, 5450], ['SM10', REGULER, 10000, 10350], ['SM20', REGULER, 20000, 20150],
    ['SM25', REGULER, 25000, 24900], ['SM50', REGULER, 50000, 49300], ['SM60', REGULER, 60000, 59100],
    ['SM100', REGULER, 100000, 97850], ['SM150', REGULER, 150000, 146750, 'Close'],
  ],
};

const DATA: Record<MmbcOperator, Row[]> = {
  TELKOMSEL: [
    ['TDF1', 'Data Flash 1GB, 30 Hari', 25000, 23150], ['TDF3', 'Data Flash 3GB, 30 Hari', 45000, 41900],
    ['TDC9', 'Combo Sakti 9GB + Nelpon 100 Menit, 30 Hari', 75000, 70800],
    ['TDO12', 'OMG! 12GB (YouTube, Netflix), 30 Hari', 100000, 94300],
    ['TDH1', 'Internet Harian 1GB, 1 Hari', 10000, 9350], ['TDM25', 'Internet Malam 25GB (00-06), 30 Hari', 50000, 46500],
    ['TDS50', 'Internet Sakti 50GB, 30 Hari', 150000, 141200, 'Close'],
    ['TDG5', 'Games Max 5GB, 30 Hari', 30000, 27900],
  ],
  INDOSAT: [
    ['IFI3', 'Freedom Internet 3GB, 30 Hari', 25000, 22900], ['IFI7', 'Freedom Internet 7GB, 30 Hari', 50000, 45750],
    ['IFI15', 'Freedom Internet 15GB, 30 Hari', 75000, 68900], ['IFU1', 'Freedom U 1GB + 1GB Apps, 30 Hari', 20000, 18600],
    ['IFC12', 'Freedom Combo 12GB + Nelpon, 30 Hari', 80000, 73500], ['IFH2', 'Freedom Harian 2GB, 1 Hari', 8000, 7450],
    ['IFY1', 'Yellow 1GB, 1 Hari', 3000, 2850],
  ],
  XL: [
    ['XCS', 'Xtra Combo Flex S 3,5GB + Nelpon, 28 Hari', 35000, 32650], ['XCM', 'Xtra Combo Flex M 8GB + Nelpon, 28 Hari', 59000, 55300],
    ['XCL', 'Xtra Combo Flex L 17GB + Nelpon, 28 Hari', 99000, 92750], ['XDH1', 'Xtra Kuota Harian 1GB, 1 Hari', 6000, 5600],
    ['XHS6', 'HotRod Special 6GB, 30 Hari', 55000, 51250], ['XAK10', 'Akrab M 10GB, 30 Hari', 69000, 64800],
  ],
  AXIS: [
    ['AXB2', 'Bronet 24 Jam 2GB, 30 Hari', 20000, 18900], ['AXB6', 'Bronet 24 Jam 6GB, 30 Hari', 45000, 41650],
    ['AXB12', 'Bronet 24 Jam 12GB, 30 Hari', 70000, 65250], ['AXO3', 'OWSEM 3GB + 6GB Game, 30 Hari', 35000, 32400],
    ['AXG1', 'AIGO Kuota 1GB, 7 Hari', 10000, 9150], ['AXK8', 'Kuota Malam 8GB, 30 Hari', 25000, 23100],
    ['AXG5', 'AIGO Kuota 5GB, 30 Hari', 30000, 27650],
  ],
  TRI: [
    ['TAO6', 'AlwaysOn 6GB, masa aktif 30 Hari', 35000, 32750], ['TAO18', 'AlwaysOn 18GB, masa aktif 30 Hari', 80000, 74900],
    ['THP10', 'Happy 10GB, 30 Hari', 50000, 46700], ['THP30', 'Happy 30GB, 30 Hari', 100000, 93650],
    ['TMN5', 'Mini 5GB, 5 Hari', 15000, 13950], ['TUL', 'Unlimited Harian Play, 1 Hari', 7000, 6500],
  ],
  SMARTFREN: [
    ['SFU14', 'Unlimited Nonstop 14GB, 28 Hari', 65000, 60600], ['SFU6', 'Unlimited Nonstop 6GB, 28 Hari', 40000, 37400],
    ['SFK10', 'Kuota 10GB, 30 Hari', 45000, 41950], ['SFK30', 'Kuota 30GB, 30 Hari', 100000, 93300],
    ['SFV3', 'Volume Based 3GB, 7 Hari', 15000, 13900, 'Close'], ['SFH1', 'Harian 1GB, 1 Hari', 5000, 4700],
  ],
};

function expand(type: MmbcProductType, table: Record<MmbcOperator, Row[]>): MmbcProduct[] {
  return (Object.entries(table) as [MmbcOperator, Row[]][]).flatMap(([operator, rows]) =>
    rows.map(([code, description, nominal, price, status]) => ({
      code,
      type,
      operator,
      description,
      nominal,
      price,
      status: status ?? 'Ready',
    })),
  );
}

export const MMBC_PRODUCTS: readonly MmbcProduct[] = [...expand('PULSA', PULSA), ...expand('PAKET DATA', DATA)];

/** Mobile number prefixes per operator (0-based local form), used by the simulator's number check. */
export const OPERATOR_PREFIXES: Record<MmbcOperator, readonly string[]> = {
  TELKOMSEL: ['0811', '0812', '0813', '0821', '0822', '0823', '0851', '0852', '0853'],
  INDOSAT: ['0814', '0815', '0816', '0855', '0856', '0857', '0858'],
  XL: ['0817', '0818', '0819', '0859', '0877', '0878'],
  AXIS: ['0831', '0832', '0833', '0838'],
  TRI: ['0895', '0896', '0897', '0898', '0899'],
  SMARTFREN: ['0881', '0882', '0883', '0884', '0885', '0886', '0887', '0888', '0889'],
};

/** Where the operator tells the customer to check (used in cekstatus descriptions). */
export const OPERATOR_CHECK_CODES: Record<MmbcOperator, { pulsa: string; data: string }> = {
  TELKOMSEL: { pulsa: '*888#', data: '*363#' },
  INDOSAT: { pulsa: '*123#', data: '*123#' },
  XL: { pulsa: '*123#', data: '*808#' },
  AXIS: { pulsa: '*888#', data: '*123#' },
  TRI: { pulsa: '*111#', data: '*111#' },
  SMARTFREN: { pulsa: '*999#', data: '*123#' },
};
