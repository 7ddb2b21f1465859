import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Issue 12, items 7 and 8, against the four sandbox price lists: one product per real product
 * (near-duplicates of several providers merged and routed cheapest first; products that really
 * differ keep names that say how), and the bill list starting with the most used bills.
 */
type Products = ChannelOutput<'catalog:products'>['products'];

let t: Awaited<ReturnType<typeof openTestCore>>;
let all: Products;
let bills: Products;

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  await vi.waitFor(
    async () => {
      const { providers } = await call<{ providers: { running: boolean; lastSyncAt: number | null }[] }>('catalog:syncStatus');
      expect(providers.every((p) => !p.running && p.lastSyncAt !== null)).toBe(true);
    },
    { timeout: 20_000, interval: 50 },
  );
  all = (await call<{ products: Products }>('catalog:products', { includeUnavailable: true })).products;
  bills = (await call<{ products: Products }>('catalog:products', { category: 'bill' })).products;
});
afterAll(() => t.close());

const named = (name: string): Products => all.filter((p) => p.name.toLowerCase() === name.toLowerCase());
const providersOf = (p: Products[number]): string[] => p.offers.map((o) => o.provider).sort();

describe('one product per real product (item 7)', () => {
  it('merges Indosat Freedom Internet 7GB 30 Hari of IAK and MMBC into one product priced from the cheaper offer', () => {
    const freedom = named('Indosat Freedom Internet 7GB 30 Hari');
    expect(freedom).toHaveLength(1);
    expect(providersOf(freedom[0]!)).toEqual(['iak', 'mmbc']);
    expect(freedom[0]!.offers[0]).toMatchObject({ provider: 'iak', cost: 37_750 });
    expect(freedom[0]!.cost).toBe(37_750);
  });

  it('merges the same local biller across providers: PDAM Surya Sembada x3, First Media x2, Biznet Home in one casing', () => {
    const surabaya = named('PDAM Surya Sembada Kota Surabaya');
    expect(surabaya).toHaveLength(1);
    expect(providersOf(surabaya[0]!)).toEqual(['ayoconnect', 'iak', 'klikoo']);
    expect(named('First Media')).toHaveLength(1);
    const biznet = all.filter((p) => p.name.toLowerCase() === 'biznet home');
    expect(biznet.map((p) => p.name)).toEqual(['Biznet Home']);
    expect(providersOf(biznet[0]!)).toEqual(['ayoconnect', 'iak']);
    // "PDAM" and "Perumda(m)", "Kabupaten" and "Kab." are the same utility's name.
    const tangerang = all.filter((p) => /kerta raharja/i.test(p.name));
    expect(tangerang).toHaveLength(1);
    expect(providersOf(tangerang[0]!)).toEqual(['ayoconnect', 'iak']);
  });

  it('shows no two products under the same name (case, spaces and punctuation aside)', () => {
    const key = (p: Products[number]): string => `${p.category} ${p.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
    const seen = new Map<string, string[]>();
    for (const p of all) seen.set(key(p), [...(seen.get(key(p)) ?? []), p.id]);
    expect([...seen.entries()].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('keeps packages that differ apart, and their names say how (validity, quota, region)', () => {
    expect(named('Tri Happy 6GB 30 Hari')).toHaveLength(1);
    const happy28 = named('Tri Happy 6GB 28 Hari');
    expect(happy28).toHaveLength(1);
    expect(providersOf(happy28[0]!)).toEqual(['ayoconnect', 'klikoo']);
    expect(named('Indosat Freedom Internet 3GB 30 Hari')).toHaveLength(1);
    expect(named('Indosat Freedom Internet 3GB 7 Hari')).toHaveLength(1);
    // Kabupaten and Kota are different utilities.
    expect(all.filter((p) => /bhagasasi/i.test(p.name)).map((p) => p.name).sort()).toEqual(['PDAM Tirta Bhagasasi Kabupaten Bekasi']);
    expect(all.filter((p) => /pam jaya/i.test(p.name)).map((p) => p.name).sort()).toEqual(['PAM Jaya (eks PALYJA)', 'PAM Jaya DKI Jakarta']);
  });

  it('writes every name once, in one casing (no SHOUTING provider spelling), brand acronyms kept', () => {
    expect(all.map((p) => p.name).filter((n) => /\b[A-Z]{4,}\b/.test(n.replace(/\b(PDAM|BPJS|PALYJA|AIGO|OWSEM|DANA)\b/g, '')))).toEqual([]);
    expect(all.filter((p) => p.operator === 'dana').every((p) => p.name.startsWith('DANA '))).toBe(true);
    expect(named('Telkomsel Paket Whatsapp 1GB 1 Hari')).toHaveLength(1);
  });

  it('spells each word one way across the whole list: no "Kab." beside "Kabupaten", no "Hotrod" beside "HotRod"', () => {
    const forms = new Map<string, Set<string>>();
    for (const word of all.flatMap((p) => p.name.split(' '))) {
      const key = word.toLowerCase();
      forms.set(key, (forms.get(key) ?? new Set()).add(word));
    }
    const twoSpellings = [...forms.values()].filter((f) => f.size > 1).map((f) => [...f].sort());
    expect({ kab: all.map((p) => p.name).filter((n) => /\bKab\b/.test(n)), twoSpellings }).toEqual({ kab: [], twoSpellings: [] });
  });
});

describe('bill list order (item 8)', () => {
  it('starts with PLN Pascabayar, BPJS Kesehatan, PDAM, Telkom/IndiHome and HP pascabayar, then the rest alphabetically', () => {
    expect(bills[0]?.id).toBe('bill:pln_postpaid');
    expect(bills[1]?.id).toBe('bill:bpjs');
    const groups = bills.map((p) => (p.operator === 'telkom' ? 'telkom' : p.id === 'bill:pln_postpaid' || p.id === 'bill:bpjs' ? 'top' : p.operator));
    const firstOf = (g: string): number => groups.indexOf(g);
    const lastOf = (g: string): number => groups.lastIndexOf(g);
    expect(lastOf('pdam')).toBeLessThan(firstOf('telkom'));
    expect(lastOf('telkom')).toBeLessThan(firstOf('hp_postpaid'));
    const rest = bills.slice(lastOf('hp_postpaid') + 1).map((p) => p.name);
    expect(rest.length).toBeGreaterThan(5);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'id')));
  });
});
