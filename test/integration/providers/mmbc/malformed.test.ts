import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMmbcClient, type MmbcClient } from '../../../../electron/core/providers/mmbc';
import { startRawServer, type RawServer } from './helpers';

/**
 * Whatever comes back, the client never throws; a money-moving call (or its status check) that
 * gets a body it cannot trust is unknown, never failed or success; reads are errors or values.
 */
let raw: RawServer;
let client: MmbcClient;
beforeAll(async () => {
  raw = await startRawServer();
  client = createMmbcClient({ baseUrl: raw.server.baseUrl, credentials: { username: 'dummy', password: 'dummy123' }, timeoutMs: 2000 });
});
afterAll(async () => raw.server.close());

const topup = { productCode: 'TSEL5', destination: '081234567890', itrx: 1 };
const money: [string, () => Promise<{ status: string }>][] = [
  ['topup', () => client.topup(topup)],
  ['checkTopup', () => client.checkTopup({ invoice: 'TRX1', destination: '081234567890' })],
  ['issue', () => client.issue('ABCDEF')],
  ['checkIssue', () => client.checkIssue('ABCDEF')],
];
const reads: [string, () => Promise<unknown>][] = [
  ['getPriceList', () => client.getPriceList()],
  ['getBalance', () => client.getBalance()],
  ['getAreas', () => client.getAreas()],
  ['getAirlines', () => client.getAirlines()],
  ['searchFlights', () => client.searchFlights({ from: 'CGK', to: 'SUB', date: '2030-01-02' })],
  ['searchFlightsByAirline', () => client.searchFlightsByAirline('Lion', { from: 'CGK', to: 'SUB', date: '2030-01-02' })],
  ['getPrice', () => client.getPrice({ from: 'CGK', to: 'SUB', date: '2030-01-02', flight: 'JT-1', adult: 1, child: 0, infant: 0 })],
  ['book', () => client.book({ from: 'CGK', to: 'SUB', date: '2030-01-02', flight: 'JT-1', email: 'a@b.co', phone: '081234567890', passengers: [{ type: 'adult', title: 'Mr', name: 'A' }] })],
  ['getBookingStatus', () => client.getBookingStatus('ABCDEF')],
  ['getEticket', () => client.getEticket('ABCDEF')],
  ['resetPassword', () => client.resetPassword({ email: 'a@b.co', phone: '0812', agentCode: 'JKT-1', newPassword: 'abcdef' })],
];

const CORPUS: string[] = [
  '',
  'null',
  '[]',
  '{}',
  '"ok"',
  '{"result":"ok"}',
  '{"result":"maybe","status":"sukses"}',
  '{"result":"ok","invoice":"TRX1","status":"sukses","debet":"5.630,00","saldo":"x"}',
  '{"result":"ok","invoice":"TRX1","status":"SUKSES?","kodeoperator":"TSEL5","nomorpelanggan":"081234567890"}',
  '{"result":"ok","invoice":"TRX9","status":"sukses","kodeoperator":"XL5","nomorpelanggan":"081234567890"}',
  '{"result":"ok","invoice":"TRX1","status":"sukses","kodeoperator":"TSEL5","nomorpelanggan":"081799999999"}',
  '{"result":"ok","kodebooking":"ZZZZZZ","status":"issued"}',
  '{"result":"ok","reason":" Kode Booking ZZZZZZ sudah berhasil terissued!"}',
  '{"result":"ok","reason":"sesuatu yang lain"}',
  '{"result":"no"}',
  '{"result":"no","reason":"Maaf, sistem sedang sibuk"}',
  '{"result":"no","reason":"Transaksi double, sudah pernah"}',
  '{"result":"no","reason":"status kode booking ABCDEF adalah Issued"}',
  '[{"tipe":1}]',
  '{"result":"ok","saldo":"99.999"}',
  '{"data": {"status": "SUC',
  '<html><body>502</body></html>',
  '\u0000\u0001garbage',
];

describe('a corpus of odd answers', () => {
  it.each(CORPUS)('money calls stay unknown and reads never throw: %s', async (body) => {
    raw.next = { status: 200, text: body, contentType: 'application/json' };
    for (const [name, call] of money) {
      const out = await call();
      expect({ name, status: out.status }).toEqual({ name, status: 'unknown' });
    }
    for (const [, call] of reads) await expect(call()).resolves.toBeDefined();
  });

  it('JSON labelled text/html (common with PHP) is still read as JSON', async () => {
    raw.next = { status: 200, text: '{"result":"ok","saldo":"99,999"}', contentType: 'text/html; charset=UTF-8' };
    expect(await client.getBalance()).toEqual({ ok: true, value: { balance: 99_999 } });
  });

  it('HTTP 404 with HTML (a wrong path) is unknown, never failed', async () => {
    raw.next = { status: 404, text: '<html><body>Not Found</body></html>', contentType: 'text/html' };
    expect(await client.topup(topup)).toMatchObject({ status: 'unknown', reason: 'http_error' });
  });

  it('HTTP 200 with an HTML page (captive portal) is html_page', async () => {
    raw.next = { status: 200, text: '<!DOCTYPE html><html><body>Login hotspot</body></html>', contentType: 'text/html' };
    expect(await client.issue('ABCDEF')).toMatchObject({ status: 'unknown', reason: 'html_page' });
  });

  it('a documented refusal under a non-200 status is still not trusted', async () => {
    raw.next = { status: 403, json: { result: 'no', reason: 'Maaf, Saldo anda tidak cukup' } };
    expect(await client.topup(topup)).toMatchObject({ status: 'unknown', reason: 'http_error' });
  });
});

describe('arbitrary bodies (fast-check)', () => {
  it('any JSON value: money calls unknown, reads resolve', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        raw.next = { status: 200, text: JSON.stringify(value) ?? 'null', contentType: 'application/json' };
        for (const [, call] of money) expect((await call()).status).toBe('unknown');
        for (const [, call] of reads) await expect(call()).resolves.toBeDefined();
      }),
      { numRuns: 40 },
    );
  });

  it('any text: never throws, money never failed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        raw.next = { status: 200, text, contentType: 'application/json' };
        for (const [, call] of money) expect((await call()).status).toBe('unknown');
      }),
      { numRuns: 40 },
    );
  });
});
