import { OPERATOR_PREFIXES, type OperatorKey } from './prefixes';
import { icon, type IakPrepaidCatalogItem } from './types';

/**
 * Data packages in IAK's style (`tseldata…`, `isatdata…`, `xldata…`, `axisdata…`, `threedata…`,
 * `smartdata…`); names follow the operators' 2025/2026 retail packages. Columns: code suffix,
 * nominal text, details, price, active days.
 */
type Row = [suffix: string, nominal: string, details: string, price: number, days: number];

interface DataLine {
  prefix: string;
  description: string;
  operator: string;
  prefixes: OperatorKey;
  iconFile: string;
  rows: Row[];
  inactive?: string[];
}

const LINES: DataLine[] = [
  {
    prefix: 'tseldata', description: 'Telkomsel Paket Internet', operator: 'telkomsel_paket_internet', prefixes: 'telkomsel',
    iconFile: '021121032726-telkomsel-logo.png',
    rows: [
      ['250MB', 'Data Flash 250MB / 7 Hari', 'Kuota 250MB semua jaringan, masa aktif 7 hari', 10000, 7],
      ['w1d', 'PAKET WHATSAPP 1GB / 1 HARI', 'Kuota WhatsApp 1GB, masa aktif 1 hari', 6600, 1],
      ['1gb7', 'Telkomsel Data 1GB / 7 Hari', 'Kuota internet 1GB semua jaringan, masa aktif 7 hari', 12650, 7],
      ['3gb30', 'Telkomsel Data 3GB / 30 Hari', 'Kuota internet 3GB semua jaringan, masa aktif 30 hari', 31500, 30],
      ['5gb30', 'Telkomsel Data 5GB / 30 Hari', 'Kuota internet 5GB semua jaringan, masa aktif 30 hari', 46850, 30],
      ['8gb30', 'Telkomsel Data 8GB / 30 Hari', 'Kuota internet 8GB semua jaringan, masa aktif 30 hari', 66500, 30],
      ['12gb30', 'Telkomsel Data 12GB / 30 Hari', 'Kuota internet 12GB semua jaringan, masa aktif 30 hari', 87300, 30],
      ['25gb30', 'Telkomsel Data 25GB / 30 Hari', 'Kuota internet 25GB semua jaringan, masa aktif 30 hari', 127500, 30],
      ['omg10', 'Telkomsel OMG! 10GB / 30 Hari', 'Internet OMG! 10GB termasuk kuota YouTube, Netflix, TikTok', 78400, 30],
    ],
  },
  {
    prefix: 'isatdata', description: 'Indosat Paket Internet', operator: 'indosat_paket_internet', prefixes: 'indosat',
    iconFile: '021121032750-im3-logo.png',
    rows: [
      ['fd1', 'Freedom Internet 1GB / 1 Hari', 'Indosat Freedom Internet 1GB, masa aktif 1 hari', 5850, 1],
      ['f3', 'Freedom Internet 3GB / 30 Hari', 'Indosat Freedom Internet 3GB, masa aktif 30 hari', 22900, 30],
      ['f7', 'Freedom Internet 7GB / 30 Hari', 'Indosat Freedom Internet 7GB, masa aktif 30 hari', 37750, 30],
      ['f15', 'Freedom Internet 15GB / 30 Hari', 'Indosat Freedom Internet 15GB, masa aktif 30 hari', 61500, 30],
      ['f30', 'Freedom Internet 30GB / 30 Hari', 'Indosat Freedom Internet 30GB, masa aktif 30 hari', 92250, 30],
      ['fu', 'Freedom U 25GB + Unlimited Apps / 30 Hari', 'Kuota utama 25GB + unlimited aplikasi, 30 hari', 101000, 30],
      ['fc9', 'Freedom Combo 9GB / 30 Hari', 'Kuota 9GB + nelpon 5 menit ke semua operator, 30 hari', 51900, 30],
    ],
    inactive: ['fu'],
  },
  {
    prefix: 'xldata', description: 'XL Paket Internet', operator: 'xl_paket_internet', prefixes: 'xl',
    iconFile: '021121032801-xl-logo.png',
    rows: [
      ['xcfs', 'Xtra Combo Flex S 6GB / 28 Hari', 'XL Xtra Combo Flex S: 6GB + nelpon & SMS, 28 hari', 32500, 28],
      ['xcfm', 'Xtra Combo Flex M 13GB / 28 Hari', 'XL Xtra Combo Flex M: 13GB + nelpon & SMS, 28 hari', 52750, 28],
      ['xcfl', 'Xtra Combo Flex L 26GB / 28 Hari', 'XL Xtra Combo Flex L: 26GB + nelpon & SMS, 28 hari', 82500, 28],
      ['xcfxl', 'Xtra Combo Flex XL 40GB / 28 Hari', 'XL Xtra Combo Flex XL: 40GB + nelpon & SMS, 28 hari', 112250, 28],
      ['hr3', 'HotRod 3GB / 30 Hari', 'XL HotRod 3GB 24 jam, 30 hari', 29600, 30],
      ['hr6', 'HotRod 6GB / 30 Hari', 'XL HotRod 6GB 24 jam, 30 hari', 48900, 30],
      ['xh1', 'Xtra Harian 1GB / 1 Hari', 'Kuota harian 1GB, masa aktif 1 hari', 5700, 1],
    ],
  },
  {
    prefix: 'axisdata', description: 'Axis Paket Internet', operator: 'axis_paket_internet', prefixes: 'axis',
    iconFile: '021121032812-axis-logo.png',
    rows: [
      ['b2', 'Bronet 2GB / 30 Hari', 'AXIS Bronet 24 jam 2GB, masa aktif 30 hari', 19750, 30],
      ['b3', 'Bronet 3GB / 30 Hari', 'AXIS Bronet 24 jam 3GB, masa aktif 30 hari', 25300, 30],
      ['b4', 'Bronet 4GB / 30 Hari', 'AXIS Bronet 24 jam 4GB, masa aktif 30 hari', 31150, 30],
      ['b8', 'Bronet 8GB / 30 Hari', 'AXIS Bronet 24 jam 8GB, masa aktif 30 hari', 51600, 30],
      ['o12', 'OWSEM 12GB / 30 Hari', 'AXIS OWSEM 12GB (4GB utama + 8GB game/sosmed), 30 hari', 46250, 30],
      ['o24', 'OWSEM 24GB / 30 Hari', 'AXIS OWSEM 24GB (8GB utama + 16GB game/sosmed), 30 hari', 76900, 30],
    ],
  },
  {
    prefix: 'threedata', description: 'Tri Paket Internet', operator: 'tri_paket_internet', prefixes: 'three',
    iconFile: '021121032824-tri-logo.png',
    rows: [
      ['ao3', 'AlwaysOn 3GB / 30 Hari', 'Tri AlwaysOn 3GB, kuota tidak hangus selama masa aktif', 20150, 30],
      ['ao6', 'AlwaysOn 6GB / 30 Hari', 'Tri AlwaysOn 6GB, kuota tidak hangus selama masa aktif', 32400, 30],
      ['h6', 'Happy 6GB / 30 Hari', 'Tri Happy 6GB + bonus malam, masa aktif 30 hari', 28750, 30],
      ['h12', 'Happy 12GB / 30 Hari', 'Tri Happy 12GB + bonus malam, masa aktif 30 hari', 46500, 30],
      ['h30', 'Happy 30GB / 30 Hari', 'Tri Happy 30GB + bonus malam, masa aktif 30 hari', 84900, 30],
      ['hd1', 'Happy Harian 1,5GB / 1 Hari', 'Tri kuota harian 1,5GB, masa aktif 1 hari', 4900, 1],
    ],
  },
  {
    prefix: 'smartdata', description: 'Smartfren Paket Internet', operator: 'smartfren_paket_internet', prefixes: 'smartfren',
    iconFile: '021121032836-smartfren-logo.png',
    rows: [
      ['un6', 'Unlimited Nonstop 6GB / 28 Hari', 'Smartfren Unlimited Nonstop, kuota harian 6GB total, 28 hari', 30250, 28],
      ['un14', 'Unlimited Nonstop 14GB / 28 Hari', 'Smartfren Unlimited Nonstop, kuota 14GB, 28 hari', 58500, 28],
      ['un30', 'Unlimited Nonstop 30GB / 28 Hari', 'Smartfren Unlimited Nonstop, kuota 30GB, 28 hari', 97750, 28],
      ['k10', 'Kuota 10GB / 30 Hari', 'Smartfren kuota 10GB 24 jam, 30 hari', 37900, 30],
      ['k30', 'Kuota 30GB / 30 Hari', 'Smartfren kuota 30GB 24 jam, 30 hari', 73250, 30],
    ],
  },
];

export const DATA_PRODUCTS: IakPrepaidCatalogItem[] = LINES.flatMap((line) =>
  line.rows.map(([suffix, nominal, details, price, days]) => ({
    product_code: `${line.prefix}${suffix}`,
    product_description: line.description,
    product_nominal: nominal,
    product_details: details,
    product_price: price,
    product_type: 'data' as const,
    active_period: String(days),
    status: line.inactive?.includes(suffix) ? ('non active' as const) : ('active' as const),
    icon_url: icon(line.iconFile),
    product_category: 'data',
    operator: line.operator,
    prefixes: OPERATOR_PREFIXES[line.prefixes],
  })),
);
