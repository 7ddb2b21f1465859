import { describe, expect, it } from 'vitest';
import { detailLabel, detailValue, eventStep, splitDetails } from '../../../renderer/src/components/history/sale-detail-text';
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
    expect(detailLabel('desc.kode_cabang', id.t, id.te)).toBe('Desc kode cabang');
    expect(detailLabel('desc.tarif', id.t, id.te)).toBe('Tarif');
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

describe('detail fields: labelled in the list, the provider data in "Data dari penyedia"', () => {
  const plain = (s: string) => s.replace(/\s/g, ' ');
  const iakPln = {
    details: {
      periode: '202610,202611',
      pesan: 'Berhasil',
      tagihan: 300_000,
      admin: 5_000,
      total: 305_000,
      code: 'PLNPOSTPAID',
      customerNumber: '530000000999',
      customerName: 'RINA WULANDARI',
      period: '202610,202611',
      datetime: '20261201073535',
      'desc.tarif': 'R1',
      'desc.daya': 900,
      'desc.lembar_tagihan_sisa': '0',
    },
    shown: ['530000000999', 'RINA WULANDARI', 'Berhasil'],
  };

  it('IAK bill: known fields in the list, no key shown twice, raw ones (code, datetime, desc.*) in the provider section', () => {
    const { main, provider } = splitDetails(iakPln.details, iakPln.shown, { t: id.t, te: id.te, intl: 'id-ID', timeZone: 'Asia/Jakarta' });
    expect(main.map((r) => r.key)).toEqual(['periode', 'tagihan', 'admin', 'total', 'desc.tarif', 'desc.daya']);
    expect(main.find((r) => r.key === 'desc.tarif')!.label).toBe('Tarif');
    const keys = provider.map((r) => r.key);
    expect(keys).toEqual(['code', 'datetime', 'desc.lembar_tagihan_sisa']);
    // IAK's datetime (WIB wall clock) read in the outlet's zone.
    expect(plain(provider.find((r) => r.key === 'datetime')!.value)).toBe('1 Des 2026, 07.35 WIB');
  });

  it('Klikoo: transactionTime (ISO), status and product name are provider data; the time in the outlet zone', () => {
    const details = { transactionTime: '2026-12-01T00:35:27Z', status: 'SUCCESS', productName: 'Tsel 10.000', transactionId: 'TRX-1', partnerReferenceId: 'LK0ABC' };
    const { main, provider } = splitDetails(details, ['LK0ABC'], { t: id.t, te: id.te, intl: 'id-ID', timeZone: 'Asia/Makassar' });
    expect(main).toEqual([]);
    expect(provider.map((r) => r.key)).toEqual(['transactionTime', 'status', 'productName', 'transactionId']);
    expect(plain(provider[0]!.value)).toBe('1 Des 2026, 08.35 WITA');
    expect(provider[0]!.label).toBe('Waktu transaksi');
    const en2 = splitDetails(details, [], { t: en.t, te: en.te, intl: 'en-GB', timeZone: 'Asia/Jakarta' });
    expect(plain(en2.provider[0]!.value)).toBe('1 Dec 2026, 07:35 WIB');
  });
});

