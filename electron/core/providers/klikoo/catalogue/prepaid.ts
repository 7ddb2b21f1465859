import { dots, prepaid, pulsaSeries, type CatalogueEntry } from './entry';

/**
 * Prepaid products of the simulator. Codes follow the ones seen in Klikoo's docs (S10 "Tsel 10.000",
 * PLN20, OVO10, GOPAY10, DN1 "DANA 10.000", DNOPEN, MAX5000); the rest extend those patterns.
 * Prices: plausible 2026 H2H buy prices (face value plus a small margin; data packages below retail).
 */
const pulsa: CatalogueEntry[] = [
  ...pulsaSeries('Telkomsel', 'S', 'Tsel', [
    [5, 5_480], [10, 10_450], [15, 15_300], [20, 20_250], [25, 25_150], [50, 49_850], [100, 98_600], [200, 196_900],
  ]),
  ...pulsaSeries('Indosat', 'I', 'Indosat', [
    [5, 5_850], [10, 10_800], [15, 15_700], [20, 20_500], [25, 25_300], [50, 49_900], [100, 98_750], [150, 147_800],
  ]),
  ...pulsaSeries('XL', 'X', 'XL', [
    [5, 5_900], [10, 10_850], [15, 15_750], [25, 25_200], [50, 49_950], [100, 98_900], [150, 148_000], [200, 197_500],
  ]),
  ...pulsaSeries('Axis', 'AX', 'Axis', [
    [5, 5_900], [10, 10_850], [15, 15_750], [25, 25_200], [50, 49_950], [100, 98_900],
  ]),
  ...pulsaSeries('Tri', 'T', 'Tri', [
    [5, 5_400], [10, 10_300], [15, 15_150], [20, 20_100], [25, 25_050], [30, 30_000], [50, 49_700], [100, 98_300],
  ]),
  ...pulsaSeries('Smartfren', 'SM', 'Smartfren', [
    [5, 5_150], [10, 10_150], [20, 20_050], [25, 25_000], [50, 49_600], [60, 59_400], [100, 98_100],
  ]),
  // Withdrawn by the operator: listed but disabled, so buying it is refused ("Produk tidak sesuai").
  prepaid('pulsa', 'Smartfren', 'SM150', 'Smartfren 150.000', 147_500, { nominal: 150_000, enabled: false }),
];

const data: CatalogueEntry[] = [
  prepaid('data', 'Telkomsel', 'TSELD1H', 'Telkomsel Data 1GB 1 Hari', 5_400),
  prepaid('data', 'Telkomsel', 'TSELD3', 'Telkomsel Data 3GB 30 Hari', 24_800),
  prepaid('data', 'Telkomsel', 'TSELD8', 'Telkomsel Data 8GB 30 Hari', 57_500),
  prepaid('data', 'Telkomsel', 'TSELOMG9', 'Telkomsel OMG! 9GB 30 Hari', 72_000),
  prepaid('data', 'Telkomsel', 'TSELCS14', 'Telkomsel Combo Sakti 14GB 30 Hari', 96_500),
  prepaid('data', 'Indosat', 'ISATY1', 'Indosat Yellow 1GB 1 Hari', 3_400),
  prepaid('data', 'Indosat', 'ISATF3', 'Indosat Freedom Internet 3GB 7 Hari', 16_000),
  prepaid('data', 'Indosat', 'ISATF6', 'Indosat Freedom Internet 6GB 28 Hari', 30_500),
  prepaid('data', 'Indosat', 'ISATF18', 'Indosat Freedom Internet 18GB 28 Hari', 60_000),
  prepaid('data', 'Indosat', 'ISATFU', 'Indosat Freedom Unlimited 28 Hari', 82_000),
  prepaid('data', 'XL', 'XLHR1', 'XL Xtra Hotrod 1GB 7 Hari', 13_500),
  prepaid('data', 'XL', 'XLXCFS', 'XL Xtra Combo Flex S 4GB 28 Hari', 32_000),
  prepaid('data', 'XL', 'XLXCFM', 'XL Xtra Combo Flex M 8GB 28 Hari', 55_000),
  prepaid('data', 'XL', 'XLXCFL', 'XL Xtra Combo Flex L 16GB 28 Hari', 83_000),
  prepaid('data', 'Axis', 'AXBRO2', 'AXIS Bronet 2GB 7 Hari', 14_000),
  prepaid('data', 'Axis', 'AXBRO6', 'AXIS Bronet 6GB 30 Hari', 38_500),
  prepaid('data', 'Axis', 'AXB24', 'AXIS Bronet 24 Jam 1GB 30 Hari', 20_000),
  prepaid('data', 'Axis', 'AXOWS12', 'AXIS Owsem 12GB 30 Hari', 52_000),
  prepaid('data', 'Tri', 'TRIAO5', 'Tri AlwaysOn 5GB 30 Hari', 27_000),
  prepaid('data', 'Tri', 'TRIH6', 'Tri Happy 6GB 28 Hari', 35_000),
  prepaid('data', 'Tri', 'TRIH15', 'Tri Happy 15GB 28 Hari', 65_000),
  prepaid('data', 'Tri', 'TRIH42', 'Tri Happy 42GB 28 Hari', 100_000),
  prepaid('data', 'Smartfren', 'SMUN6', 'Smartfren Unlimited Nonstop 6GB 28 Hari', 26_500),
  prepaid('data', 'Smartfren', 'SMUH12', 'Smartfren Unlimited Harian 12GB 28 Hari', 45_000),
  prepaid('data', 'Smartfren', 'SMK30', 'Smartfren Kuota 30GB 30 Hari', 64_000),
];

const pln = (k: number, price: number): CatalogueEntry =>
  prepaid('plnprepaid', 'PLN', `PLN${k}`, `PLN ${dots(k * 1000)}`, price, {
    nominal: k * 1000,
    inquiry: true,
    description: 'Token listrik PLN prabayar',
  });

const plnTokens: CatalogueEntry[] = [
  pln(20, 20_500), pln(50, 50_500), pln(100, 100_500), pln(200, 200_500), pln(500, 500_500), pln(1000, 1_000_500), pln(5000, 5_000_500),
];

const wallet = (brand: string, code: string, label: string, k: number, price: number, inquiry: boolean): CatalogueEntry =>
  prepaid('ewallet', brand, code, `${label} ${dots(k * 1000)}`, price, {
    nominal: k * 1000,
    inquiry,
    description: `Top up saldo ${label}`,
  });

const ewallets: CatalogueEntry[] = [
  wallet('OVO', 'OVO10', 'OVO', 10, 10_950, true),
  wallet('OVO', 'OVO20', 'OVO', 20, 20_950, true),
  wallet('OVO', 'OVO50', 'OVO', 50, 50_950, true),
  wallet('OVO', 'OVO100', 'OVO', 100, 100_950, true),
  wallet('OVO', 'OVO200', 'OVO', 200, 200_950, true),
  wallet('GoPay', 'GOPAY10', 'GoPay', 10, 10_900, true),
  wallet('GoPay', 'GOPAY20', 'GoPay', 20, 20_900, true),
  wallet('GoPay', 'GOPAY50', 'GoPay', 50, 50_900, true),
  wallet('GoPay', 'GOPAY100', 'GoPay', 100, 100_900, true),
  wallet('GoPay', 'GOPAY200', 'GoPay', 200, 200_900, true),
  wallet('DANA', 'DN1', 'DANA', 10, 10_086, true),
  wallet('DANA', 'DN2', 'DANA', 20, 20_086, true),
  wallet('DANA', 'DN5', 'DANA', 50, 50_086, true),
  wallet('DANA', 'DN10', 'DANA', 100, 100_086, true),
  wallet('DANA', 'DN20', 'DANA', 200, 200_086, true),
  {
    ...prepaid('ewallet', 'DANA', 'DNOPEN', 'DANA Open Denom', 1_000, { inquiry: true, description: 'Top up DANA nominal bebas (biaya Rp 1.000)' }),
    openDenom: { min: 10_000, max: 1_000_000, fee: 1_000 },
  },
  wallet('ShopeePay', 'SHOPEE10', 'ShopeePay', 10, 11_000, false),
  wallet('ShopeePay', 'SHOPEE20', 'ShopeePay', 20, 21_000, false),
  wallet('ShopeePay', 'SHOPEE50', 'ShopeePay', 50, 51_000, false),
  wallet('ShopeePay', 'SHOPEE100', 'ShopeePay', 100, 101_000, false),
  wallet('LinkAja', 'LINKAJA20', 'LinkAja', 20, 21_050, false),
  wallet('LinkAja', 'LINKAJA50', 'LinkAja', 50, 51_050, false),
  wallet('LinkAja', 'LINKAJA100', 'LinkAja', 100, 101_050, false),
];

const maxim: CatalogueEntry[] = [5_000, 10_000, 20_000, 50_000].map((n) =>
  prepaid('maxim', 'Maxim', `MAX${n}`, `Maxim Driver ${dots(n)}`, n + 750, {
    nominal: n,
    inquiry: true,
    description: 'Top up saldo mitra pengemudi Maxim',
  }),
);

export const prepaidCatalogue: readonly CatalogueEntry[] = [...pulsa, ...data, ...plnTokens, ...ewallets, ...maxim];
