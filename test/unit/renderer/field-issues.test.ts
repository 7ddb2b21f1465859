import { describe, expect, it } from 'vitest';
import { fieldIssues, refusalWords } from '../../../renderer/src/components/auth/field-issues';

const t = (key: string) => `t:${key}`;

describe('the core\'s invalid_input under its fields', () => {
  it('places each "path: message" part under a known field, keeping the core\'s words', () => {
    const error = { code: 'invalid_input', message: 'outlet.phone: Nomor telepon hanya angka, spasi, +, - dan tanda kurung.; owner.pin: PIN harus 4 sampai 6 angka.; cashiers.3.name: Nama wajib diisi.' };
    expect(fieldIssues(error, ['outlet.phone', 'owner.pin'])).toEqual({
      byField: { 'outlet.phone': 'Nomor telepon hanya angka, spasi, +, - dan tanda kurung.', 'owner.pin': 'PIN harus 4 sampai 6 angka.' },
      rest: ['Nama wajib diisi.'],
    });
  });

  it('keeps any other refusal whole, and one line without paths for a general message', () => {
    expect(fieldIssues({ code: 'conflict', message: 'Nama sudah dipakai: Sari.' }, ['name'])).toEqual({ byField: {}, rest: ['Nama sudah dipakai: Sari.'] });
    expect(refusalWords({ code: 'invalid_input', message: 'minutes: Paling cepat 1 menit.' }, t)).toBe('Paling cepat 1 menit.');
    expect(refusalWords({ code: 'wrong_pin', message: 'PIN salah.' }, t)).toBe('PIN salah.');
    expect(refusalWords({ code: 'offline', message: 'x' }, t)).toBe('t:errors.offline');
  });
});
