import { describe, expect, it } from 'vitest';
import { editDistance, rankAreas } from '../../../electron/core/flights/area-ranking';
import { blockTime, decodeFlightKey, encodeFlightKey, estimatedTotal } from '../../../electron/core/flights/flight-rows';

const AREAS = [
  { code: 'CGK', city: 'Jakarta' },
  { code: 'SUB', city: 'Surabaya' },
  { code: 'SOC', city: 'Solo' },
  { code: 'SRG', city: 'Semarang' },
  { code: 'HLP', city: 'Jakarta Halim' },
  { code: 'BDO', city: 'Bandung' },
  { code: 'BTJ', city: 'Banda Aceh' },
];
const codes = (query: string, recent: string[] = []) => rankAreas(AREAS, query, recent).map((a) => a.code);

describe('airport ranking', () => {
  it('exact code first, then code prefix, then city prefix, then a word of the city', () => {
    expect(codes('soc')).toEqual(['SOC']);
    expect(codes('S')).toEqual(['SUB', 'SOC', 'SRG']);
    expect(codes('sem')).toEqual(['SRG']);
    expect(codes('aceh')).toEqual(['BTJ']);
    expect(codes('halim')).toEqual(['HLP']);
  });
  it('one-letter slips (missing, extra, wrong, swapped) still find the city', () => {
    expect(codes('Jakrta')).toEqual(['CGK', 'HLP']);
    expect(codes('Srabaya')).toEqual(['SUB']);
    expect(codes('Surabayya')).toEqual(['SUB']);
    expect(codes('Sirabaya')).toEqual(['SUB']);
    expect(codes('Suarbaya')).toEqual(['SUB']);
    expect(codes('Bnadung')).toEqual(['BDO']);
    expect(codes('Jakrt')).toContain('CGK'); // still typing
    expect(editDistance('ab', 'ba')).toBe(1);
  });
  it('a prefix match outranks a typo match', () => {
    expect(codes('band')[0]).toBe('BDO');
    expect(codes('band')).toContain('BTJ');
  });
  it('within a rank, airports of recent routes first; nothing recent = the provider\'s order', () => {
    expect(codes('S', ['SRG'])).toEqual(['SRG', 'SUB', 'SOC']);
    expect(codes('', ['BDO', 'SOC']).slice(0, 3)).toEqual(['BDO', 'SOC', 'CGK']);
    expect(rankAreas(AREAS, '', ['BDO'])[0]).toEqual({ code: 'BDO', city: 'Bandung', recent: true });
  });
  it('nothing close is nothing', () => {
    expect(codes('Xqzzy')).toEqual([]);
    expect(codes('zz')).toEqual([]);
  });
});

describe('flight rows', () => {
  it('block time from local times and each airport\'s zone', () => {
    expect(blockTime('CGK', 'DPS', '06:00', '08:50')).toEqual({ minutes: 110, nextDay: false }); // WIB -> WITA
    expect(blockTime('DJJ', 'CGK', '07:00', '09:30')).toEqual({ minutes: 270, nextDay: false }); // WIT -> WIB: 2 h 30 on the clocks + 2 h of zones
    expect(blockTime('CGK', 'DJJ', '22:00', '05:30')).toEqual({ minutes: 330, nextDay: true });
    expect(blockTime('CGK', 'XXX', '06:00', '07:00')).toBeNull();
  });
  it('a flight key goes and comes back; anything else is refused', () => {
    const key = { from: 'CGK', to: 'SUB', date: '2026-06-15', flight: 'JT-690', adultPrice: 440_000, airline: 'Lion Air' };
    expect(decodeFlightKey(encodeFlightKey(key))).toEqual(key);
    expect(decodeFlightKey('xyz')).toBeNull();
    expect(decodeFlightKey(Buffer.from(JSON.stringify(['CGK', 'SUB', '2026-06-15', 'JT 690; x', 1, 'L'])).toString('base64url'))).toBeNull();
  });
  it('the total for adults is exact; with children or infants an estimate', () => {
    expect(estimatedTotal(440_000, { adult: 2, child: 0, infant: 0 })).toEqual({ total: 880_000, estimate: false });
    expect(estimatedTotal(440_000, { adult: 2, child: 1, infant: 1 })).toEqual({ total: 1_364_000, estimate: true });
  });
});
