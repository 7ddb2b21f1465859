import { OPERATOR_PREFIXES, type OperatorKey } from './prefixes';
import { icon, round25, type IakPrepaidCatalogItem } from './types';

/**
 * Regular credit (pulsa) in IAK's codes: `htelkomsel10000`, `hindosat10000`, `xld10000`,
 * `haxis10000`, `hthree10000`, `hsmart10000`, `hbyu10000`. Prices are plausible 2026 H2H buy prices:
 * a small fixed margin on small denominations, a discount on large ones.
 */
interface PulsaLine {
  prefix: string;
  name: string;
  operator: string;
  prefixes: OperatorKey;
  denoms: number[];
  factor: number;
  extra: number;
  iconFile: string;
  inactive?: number[];
}

const LINES: PulsaLine[] = [
  {
    prefix: 'htelkomsel', name: 'Telkomsel', operator: 'telkomsel', prefixes: 'telkomsel', factor: 0.985, extra: 450,
    denoms: [5000, 10000, 15000, 20000, 25000, 50000, 75000, 100000, 150000, 200000, 300000, 500000, 1000000],
    iconFile: '021121032722-telkomsel-logo.png',
  },
  {
    prefix: 'hindosat', name: 'Indosat', operator: 'indosat', prefixes: 'indosat', factor: 0.975, extra: 650,
    denoms: [5000, 10000, 15000, 20000, 25000, 30000, 50000, 100000, 150000, 200000, 250000, 500000, 1000000],
    iconFile: '021121032750-im3-logo.png',
  },
  {
    prefix: 'xld', name: 'XL', operator: 'xl', prefixes: 'xl', factor: 0.98, extra: 550,
    denoms: [5000, 10000, 15000, 25000, 30000, 50000, 100000, 150000, 200000, 300000, 500000, 1000000],
    iconFile: '021121032801-xl-logo.png', inactive: [15000],
  },
  {
    prefix: 'haxis', name: 'Axis', operator: 'axis', prefixes: 'axis', factor: 0.98, extra: 500,
    denoms: [5000, 10000, 15000, 25000, 30000, 50000, 100000, 200000, 300000, 500000, 1000000],
    iconFile: '021121032812-axis-logo.png',
  },
  {
    prefix: 'hthree', name: 'Three', operator: 'three', prefixes: 'three', factor: 0.97, extra: 450,
    denoms: [1000, 2000, 3000, 5000, 10000, 15000, 20000, 25000, 30000, 50000, 100000, 150000, 200000, 300000, 500000],
    iconFile: '021121032824-tri-logo.png',
  },
  {
    prefix: 'hsmart', name: 'Smartfren', operator: 'smart', prefixes: 'smartfren', factor: 0.975, extra: 400,
    denoms: [5000, 10000, 20000, 25000, 30000, 50000, 60000, 100000, 150000, 200000, 300000, 500000],
    iconFile: '021121032836-smartfren-logo.png', inactive: [60000],
  },
  {
    prefix: 'hbyu', name: 'by.U', operator: 'byu', prefixes: 'byu', factor: 0.985, extra: 300,
    denoms: [5000, 10000, 15000, 20000, 25000, 50000, 100000],
    iconFile: '120521093015-byu-logo.png',
  },
];

function activePeriod(nominal: number): string {
  if (nominal <= 5000) return '7';
  if (nominal <= 15000) return '15';
  if (nominal <= 30000) return '30';
  if (nominal <= 75000) return '45';
  if (nominal <= 100000) return '60';
  if (nominal <= 300000) return '90';
  return '180';
}

export const PULSA_PRODUCTS: IakPrepaidCatalogItem[] = LINES.flatMap((line) =>
  line.denoms.map((nominal) => ({
    product_code: `${line.prefix}${nominal}`,
    product_description: line.name,
    product_nominal: String(nominal),
    product_details: '-',
    product_price: round25(nominal * line.factor + line.extra),
    product_type: 'pulsa' as const,
    active_period: activePeriod(nominal),
    status: line.inactive?.includes(nominal) ? ('non active' as const) : ('active' as const),
    icon_url: icon(line.iconFile),
    product_category: 'pulsa',
    operator: line.operator,
    prefixes: OPERATOR_PREFIXES[line.prefixes],
  })),
);
