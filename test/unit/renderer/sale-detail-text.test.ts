import { describe, expect, it } from 'vitest';
import { detailLabel, detailValue, eventStep } from '../../../renderer/src/components/history/sale-detail-text';
import { historyId } from '../../../renderer/src/i18n/history-id';
import { historyEn } from '../../../renderer/src/i18n/history-en';
import { sellingId } from '../../../renderer/src/i18n/selling-id';
import { sellingEn } from '../../../renderer/src/i18n/selling-en';

/** Issue 12 item 2: a sale's detail names every field and step in the cashier's language. */
function translator(messages: Record<string, unknown>) {
  const look = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return {
    t: (key: string) => String(look(key) ?? key),
    te: (key: string) => typeof look(key) === 'string',
  };
}
const id = translator({ history: historyId, selling: sellingId });
const en = translator({ history: historyEn, selling: sellingEn });

describe('detail fields', () => {
  it.each(['token', 'customerName', 'segment', 'power', 'kwh', 'catatan', 'tagihan', 'admin', 'total', 'periode', 'periods', 'selisihHarga', 'pin', 'nominal', 'price'])(
    '%s has an Indonesian and an English label',
    (key) => {
      expect(detailLabel(key, id.t, id.te)).not.toBe(key);
      expect(detailLabel(key, en.t, en.te)).not.toBe(key);
    },
  );

  it('an unknown key still reads as words, never raw camelCase', () => {
    expect(detailLabel('serviceFeeNote', id.t, id.te)).toBe('Service fee note');
    expect(detailLabel('desc.tarif', id.t, id.te)).toBe('Desc tarif');
    expect(detailLabel('biaya_loket', id.t, id.te)).toBe('Biaya loket');
  });

  it('kWh takes the decimal comma in Indonesian, periods are month names one per line', () => {
    expect(detailValue('kwh', '13.8', 'id-ID')).toBe('13,8');
    expect(detailValue('kwh', '13.8', 'en-GB')).toBe('13.8');
    expect(detailValue('periode', '202603,202610', 'id-ID')).toBe('Maret 2026\nOktober 2026');
    expect(detailValue('tagihan', 55000, 'id-ID').replace(/\s/g, ' ')).toBe('Rp 55.000');
  });
});

describe('history steps', () => {
  const ev = (from: string | null, to: string, source: string, detail: string) => ({ at: 0, from, to, source, detail }) as never;

  it('a refund paid reads as what happened, not "Gagal -> Gagal"', () => {
    expect(eventStep(ev('failed', 'failed', 'cashier', 'Uang Rp 12.000 dikembalikan ke pelanggan'), id.t)).toBe('Uang dikembalikan ke pelanggan');
    expect(eventStep(ev('failed', 'failed', 'cashier', 'Uang Rp 12.000 dikembalikan ke pelanggan'), en.t)).toBe('Money given back to the customer');
  });

  it('other same-state steps say what they were', () => {
    expect(eventStep(ev('pending', 'pending', 'poll', 'Transaksi sedang diproses'), id.t)).toBe('Masih diproses');
    expect(eventStep(ev('failed', 'failed', 'callback', 'Sinyal Belum pasti diabaikan: transaksi sudah gagal'), id.t)).toBe('Kabar penyedia diabaikan');
    expect(eventStep(ev('failed', 'failed', 'operator', 'Keputusan pemilik atas peringatan: x'), id.t)).toBe('Keputusan pemilik');
  });

  it('a change of state reads from -> to in words, the first one as recorded', () => {
    expect(eventStep(ev(null, 'committed', 'cashier', 'Dicatat'), id.t)).toBe('Dicatat');
    expect(eventStep(ev('sent', 'failed', 'provider', 'x'), id.t)).toBe('Dikirim → Gagal');
  });

  it('every event source has a label in both languages', () => {
    for (const source of ['cashier', 'provider', 'poll', 'callback', 'recovery', 'operator']) {
      expect(id.t(`history.source.${source}`)).not.toBe(source);
      expect(en.t(`history.source.${source}`)).not.toMatch(/^callback$/);
    }
  });
});
