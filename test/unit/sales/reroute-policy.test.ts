import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { mayReroute } from '../../../electron/core/sales/reroute-policy';

const refused = (code: string) => ({ status: 'failed' as const, code, message: 'ditolak' });

/** A refusal about the destination (wrong number, number not of the product's operator) is the same at every provider. */
describe('reroute policy', () => {
  it.each<[ProviderId, string]>([
    ['iak', '14'], // INCORRECT DESTINATION NUMBER
    ['iak', '16'], // NUMBER NOT MATCH WITH OPERATOR
    ['iak', '203'], // NUMBER IS TOO LONG
    ['mmbc', 'invalid_destination'], // "Nomor tujuan … tidak valid / bukan nomor …"
    ['ayoconnect', '103'], // Nomor yang Anda Masukkan Salah
    ['klikoo', '404027011'], // No pelanggan salah
    ['klikoo', '404027002'], // No Customer tidak ditemukan
  ])('never reroutes %s %s', (provider, code) => {
    expect(mayReroute(provider, refused(code))).toBe(false);
  });

  it.each<[ProviderId, string]>([
    ['iak', '17'], // our deposit there
    ['iak', '106'], // product out of service
    ['mmbc', 'unknown_product'],
    ['mmbc', 'not_sent'],
    ['ayoconnect', '100'],
    ['klikoo', '404027003'],
    ['klikoo', '503029991'],
  ])('reroutes other refusals before charging (%s %s)', (provider, code) => {
    expect(mayReroute(provider, refused(code))).toBe(true);
  });
});
