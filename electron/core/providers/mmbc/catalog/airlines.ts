/**
 * Airlines: the domestic carriers the seed says the API supports ("Lion Air, Wings Air, Batik
 * Air, Malindo Air, Thai Lion, Sriwijaya, NAM Air, Citilink, Garuda, AirAsia, Tiger Air, KalStar,
 * Xpress Air, JetStar, TransNusa, Trigana, Aviastar"), plus the first entries of the seed's
 * getcodeflights-json sample (an IATA-wide list). `schedules` marks who flies the simulator's
 * generated domestic routes: jets, turboprops, or not at all.
 */
export interface Airline {
  code: string;
  name: string;
  image: string;
  schedules: 'jet' | 'turboprop' | null;
  /** Fare level relative to a plain low-cost fare. */
  fareFactor: number;
  /** Share of the publish fare MMBC pays back as flight_bonus_agen. */
  bonusRate: number;
  baggage: string;
  facilities: string;
  /** Flight numbers are drawn from [lo, hi]. */
  numbers: [number, number];
  /** Citilink, AirAsia, JetStar need dateofbirth at booking; they issue "Confirm" instead of ticket numbers. */
  needsDateOfBirth: boolean;
}

const CDN = 'https://da8hvrloj7e7d.cloudfront.net/imageResource/2015/12/17';
const GENERIC_LOGO = `${CDN}/1450350710653-f522e35b03adb20da95195584a72713d.png`;

type Row = [
  code: string,
  name: string,
  schedules: Airline['schedules'],
  fareFactor: number,
  bonusRate: number,
  baggage: string,
  facilities: string,
  numbers: [number, number],
  needsDob?: boolean,
  image?: string,
];

const ROWS: Row[] = [
  ['JT', 'Lion Air', 'jet', 0.95, 0.013, '20 Kg', '-', [200, 999], false, `${CDN}/1450349861201-09ec8f298222a73d66e8e96aa3b918f0.png`],
  ['ID', 'Batik Air', 'jet', 1.2, 0.014, '20 Kg', 'Meals', [6100, 7999]],
  ['GA', 'Garuda Indonesia', 'jet', 1.55, 0.02, '20 Kg', 'Meals', [100, 699]],
  ['QG', 'Citilink', 'jet', 1.05, 0.012, '20 Kg', '-', [100, 999], true],
  ['QZ', 'AirAsia', 'jet', 0.9, 0.01, '15 Kg', '-', [7500, 7999], true, `${CDN}/1450349174390-23151020ad74cd0811255b320fcea754.png`],
  ['SJ', 'Sriwijaya Air', 'jet', 1.05, 0.015, '20 Kg', '-', [100, 599]],
  ['IN', 'NAM Air', 'turboprop', 1.1, 0.015, '20 Kg', '-', [1100, 1899]],
  ['IW', 'Wings Air', 'turboprop', 1.15, 0.013, '10 Kg', '-', [1200, 1999]],
  ['8B', 'TransNusa', 'turboprop', 1.2, 0.012, '15 Kg', '-', [100, 399]],
  ['IL', 'Trigana Air', 'turboprop', 1.3, 0.012, '15 Kg', '-', [200, 399]],
  ['MV', 'Aviastar', 'turboprop', 1.35, 0.012, '10 Kg', '-', [100, 299]],
  ['KD', 'Kalstar', 'turboprop', 1.25, 0.012, '15 Kg', '-', [600, 899]],
  ['XN', 'Xpress Air', 'turboprop', 1.3, 0.012, '15 Kg', '-', [100, 399]],
  ['OD', 'Malindo Air', null, 1, 0.01, '20 Kg', 'Meals', [100, 399]],
  ['SL', 'Thai Lion Air', null, 1, 0.01, '20 Kg', '-', [100, 399]],
  ['JQ', 'JetStar', null, 1, 0.01, '20 Kg', '-', [100, 399], true],
  ['TR', 'Tiger Air', null, 1, 0.01, '20 Kg', '-', [100, 399]],
  ['9B', 'AccessRail', null, 1, 0, '-', '-', [0, 0]],
  ['KI', 'Adam Sky Connection Air', null, 1, 0, '-', '-', [0, 0]],
  ['JP', 'Adria Airways', null, 1, 0, '-', '-', [0, 0]],
  ['A3', 'Aegean Airlines', null, 1, 0, '-', '-', [0, 0]],
  ['RE', 'Aer Arann', null, 1, 0, '-', '-', [0, 0]],
  ['EI', 'Aer Lingus', null, 1, 0, '-', '-', [0, 0]],
  ['EE', 'Aero Airlines', null, 1, 0, '-', '-', [0, 0]],
  ['7L', 'Aero Caribbean', null, 1, 0, '-', '-', [0, 0]],
  ['WV', 'Aero Vip (Portugal)', null, 1, 0, '-', '-', [0, 0]],
];

export const MMBC_AIRLINES: readonly Airline[] = ROWS.map(
  ([code, name, schedules, fareFactor, bonusRate, baggage, facilities, numbers, needsDob, image]) => ({
    code,
    name,
    image: image ?? GENERIC_LOGO,
    schedules,
    fareFactor,
    bonusRate,
    baggage,
    facilities,
    numbers,
    needsDateOfBirth: needsDob ?? false,
  }),
);

const BY_CODE = new Map(MMBC_AIRLINES.map((a) => [a.code, a]));
export function airlineByCode(code: string): Airline | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
