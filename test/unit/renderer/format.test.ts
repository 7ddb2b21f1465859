import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../../renderer/src/format/rupiah';
import { errorText } from '../../../renderer/src/format/error-text';
import { formatDateTime, formatRelative, formatShortDay } from '../../../renderer/src/format/time';
import { storedLocale } from '../../../renderer/src/i18n';
import { en } from '../../../renderer/src/i18n/messages-en';
import { id } from '../../../renderer/src/i18n/messages-id';

// Intl puts a no-break space between "Rp" and the digits.
const plain = (text: string | null) => text?.replace(/\s/g, ' ');

describe('rupiah formatting', () => {
  it('formats whole rupiah the Indonesian way', () => {
    expect(plain(formatRupiah(1_250_000))).toBe('Rp 1.250.000');
    expect(plain(formatRupiah(0))).toBe('Rp 0');
  });
});

describe('times in Settings', () => {
  const now = Date.UTC(2025, 10, 24, 7, 30); // 14.30 WIB

  it.each([
    [now - 20_000, 'sekarang', 'now'],
    [now - 5 * 60_000, '5 menit yang lalu', '5 minutes ago'],
    [now - 3 * 3_600_000, '3 jam yang lalu', '3 hours ago'],
    [now - 5 * 86_400_000, '5 hari yang lalu', '5 days ago'],
  ])('says how long ago %i was', (at, id, en) => {
    expect(formatRelative(at, now, 'id-ID')).toBe(id);
    expect(formatRelative(at, now, 'en-GB')).toBe(en);
  });

  it('writes the moment in the outlet time zone with the zone named', () => {
    expect(plain(formatDateTime(now, 'Asia/Jakarta', 'id-ID'))).toBe('24 Nov 2025, 14.30 WIB');
    expect(plain(formatDateTime(now, 'Asia/Makassar', 'id-ID'))).toBe('24 Nov 2025, 15.30 WITA');
  });

  it('names the zone WIB/WITA/WIT in English too, never "GMT+7" (Riwayat at 1366 took three lines for it)', () => {
    expect(plain(formatDateTime(now, 'Asia/Jakarta', 'en-GB'))).toBe('24 Nov 2025, 14:30 WIB');
    expect(plain(formatDateTime(now, 'Asia/Jayapura', 'en-GB'))).toBe('24 Nov 2025, 16:30 WIT');
  });

  it('falls back to the PC zone rather than failing on an unknown zone name', () => {
    expect(formatDateTime(now, 'Not/AZone', 'id-ID')).toMatch(/2025/);
  });
});

describe('error text', () => {
  const t = (key: string) => `t:${key}`;
  it('shows the core message as sent and translates only the client codes', () => {
    expect(errorText({ code: 'invalid_input', message: 'Nominal "abc" tidak valid.' }, t)).toBe('Nominal "abc" tidak valid.');
    expect(errorText({ code: 'offline', message: 'x' }, t)).toBe('t:errors.offline');
  });
});

describe('locale', () => {
  it('defaults to Bahasa Indonesia and honours a saved English choice', () => {
    expect(storedLocale({ getItem: () => null, setItem: () => undefined })).toBe('id');
    expect(storedLocale({ getItem: () => 'en', setItem: () => undefined })).toBe('en');
    expect(storedLocale({ getItem: () => 'fr', setItem: () => undefined })).toBe('id');
  });

  it('has an English text for every Indonesian key', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en)).toEqual(keys(id));
  });
});

describe('formatShortDay', () => {
  it('writes a travel date as a short Indonesian day, the same everywhere (a calendar day has no zone)', () => {
    expect(formatShortDay('2026-12-21', 'id-ID')).toBe('Sen, 21 Des 2026');
    expect(formatShortDay('2026-12-21', 'en-GB')).toBe('Mon, 21 Dec 2026');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatShortDay('besok', 'id-ID')).toBe('besok');
  });
});
