import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ayoconnectSandboxCredentials, createAyoconnectClient } from '../../../electron/core/providers/ayoconnect';
import { createIakClient, IAK_SANDBOX_CREDENTIALS } from '../../../electron/core/providers/iak';
import { createKlikooClient, klikooSandboxCredentials } from '../../../electron/core/providers/klikoo';
import { createMmbcClient, MMBC_SANDBOX_CREDENTIALS } from '../../../electron/core/providers/mmbc';

/**
 * A status answer that does not name OUR reference settles nothing (issue 7 item 8): whatever it
 * says (success, failure, pending), if its reference (IAK ref_id, Ayoconnect refNumber, Klikoo
 * partner_reference_id, MMBC invoice) is absent or another one, the outcome is `unknown`
 * (`unexpected_answer`). A loopback stub answers the crafted bodies.
 */
let answer: (path: string) => unknown = () => ({});
let server: Server;
let baseUrl = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer(req.url ?? '')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const OURS = 'LKOURREF0001';
const notOurs = { status: 'unknown', reason: 'unexpected_answer' };

describe('IAK prepaid check-status', () => {
  const check = () => createIakClient({ baseUrl, credentials: IAK_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).checkStatus(OURS);
  const body = (data: Record<string, unknown>) => ({ data: { product_code: 'htelkomsel10000', customer_id: '081234567890', price: 10_800, tr_id: 77, ...data } });

  it.each([
    ['success', { rc: '00', status: '1', sn: 'SN1' }],
    ['failed', { rc: '07', status: '2' }],
    ['pending', { rc: '39', status: '0' }],
  ])('%s without ref_id settles nothing', async (_state, data) => {
    answer = () => body(data);
    expect(await check()).toMatchObject(notOurs);
  });

  it.each([
    ['success', { rc: '00', status: '1', sn: 'SN1' }],
    ['failed', { rc: '07', status: '2' }],
    ['pending', { rc: '39', status: '0' }],
  ])('%s for another ref_id settles nothing', async (_state, data) => {
    answer = () => body({ ...data, ref_id: 'LKSOMEONEELSE' });
    expect(await check()).toMatchObject(notOurs);
  });

  it('success naming our ref_id is a success', async () => {
    answer = () => body({ rc: '00', status: '1', sn: 'SN1', ref_id: OURS });
    expect(await check()).toMatchObject({ status: 'success', serial: 'SN1' });
  });
});

describe('IAK postpaid checkstatus', () => {
  const check = () => createIakClient({ baseUrl, credentials: IAK_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).postpaidCheckStatus(OURS);
  const body = (data: Record<string, unknown>) => ({ data: { tr_id: 55, code: 'PLNPOSTPAID', hp: '530000000000', nominal: 100_000, admin: 2_500, price: 102_500, selling_price: 101_000, ...data }, meta: [] });

  it.each([
    ['success', { response_code: '00', status: '1', noref: 'REF1' }],
    ['failed', { response_code: '37', status: '2' }],
    ['pending', { response_code: '39', status: '3' }],
  ])('%s without ref_id settles nothing', async (_state, data) => {
    answer = () => body(data);
    expect(await check()).toMatchObject(notOurs);
  });

  it.each([
    ['success', { response_code: '00', status: '1', noref: 'REF1' }],
    ['failed', { response_code: '37', status: '2' }],
    ['pending', { response_code: '39', status: '3' }],
  ])('%s for another ref_id settles nothing', async (_state, data) => {
    answer = () => body({ ...data, ref_id: 'LKSOMEONEELSE' });
    expect(await check()).toMatchObject(notOurs);
  });

  it('a failure naming our ref_id is a failure', async () => {
    answer = () => body({ response_code: '37', status: '2', ref_id: OURS });
    expect(await check()).toMatchObject({ status: 'failed', code: '37' });
  });
});

describe('Ayoconnect status', () => {
  const check = () => createAyoconnectClient({ baseUrl, credentials: ayoconnectSandboxCredentials, timeoutMs: 2000 }).checkStatus(OURS);
  const tx = (refNumber: string | undefined) => ({
    ...(refNumber === undefined ? {} : { refNumber }),
    transactionId: 991,
    accountNumber: '081234567890',
    amount: 10_550,
    productCode: 'PPLSTK10',
    token: 'SN1',
  });
  const envelope = (responseCode: number, data: unknown) => ({ responseCode, success: responseCode < 100, message: { ID: 'x', EN: 'x' }, data });

  it.each([100, 103, 114, 199])('a %i without our transaction data is not proof of failure', async (code) => {
    answer = () => envelope(code, {});
    expect(await check()).toMatchObject(notOurs);
    answer = () => envelope(code, undefined);
    expect(await check()).toMatchObject(notOurs);
  });

  it.each([
    ['success', 0],
    ['failed', 100],
    ['pending', 299],
  ])('%s with an empty refNumber settles nothing', async (_state, code) => {
    answer = () => envelope(code, tx(''));
    expect(await check()).toMatchObject(notOurs);
  });

  it.each([
    ['success', 0],
    ['failed', 100],
    ['pending', 299],
  ])('%s for another refNumber settles nothing', async (_state, code) => {
    answer = () => envelope(code, tx('LKSOMEONEELSE'));
    expect(await check()).toMatchObject(notOurs);
  });

  it('a documented failure code for our refNumber fails the sale', async () => {
    answer = () => envelope(100, tx(OURS));
    expect(await check()).toMatchObject({ status: 'failed', code: '100' });
  });

  it('a success for our refNumber is a success', async () => {
    answer = () => envelope(0, tx(OURS));
    expect(await check()).toMatchObject({ status: 'success', serial: 'SN1' });
  });
});

describe('Klikoo transaction detail', () => {
  const client = () => createKlikooClient({ baseUrl: `${baseUrl}/klikoo-b2b`, credentials: klikooSandboxCredentials, timeoutMs: 2000 });
  const detail = (extra: Record<string, unknown>) => (path: string) =>
    path.endsWith('/access-token')
      ? { response_code: '200012000', response_message: 'Sukses', data: { access_token: 'stub-token', token_type: 'Bearer', expires_in: 900 } }
      : { response_code: '200022000', response_message: 'Sukses', data: { transaction_id: '14430374', amount: '10450', sn: 'SN1', value: '081234567890', ...extra } };

  it.each([
    ['success', 'SUCCESS'],
    ['failed', 'FAILED'],
    ['pending', 'PENDING'],
  ])('%s without partner_reference_id settles nothing', async (_state, status) => {
    answer = detail({ status });
    expect(await client().checkStatus({ partnerReferenceId: OURS, transactionId: '14430374' })).toMatchObject(notOurs);
  });

  it.each([
    ['success', 'SUCCESS'],
    ['failed', 'FAILED'],
    ['pending', 'PENDING'],
  ])('%s for another partner_reference_id settles nothing', async (_state, status) => {
    answer = detail({ status, partner_reference_id: 'LKSOMEONEELSE' });
    expect(await client().checkStatus({ partnerReferenceId: OURS, transactionId: '14430374' })).toMatchObject(notOurs);
  });

  it('a success naming our partner_reference_id is a success', async () => {
    answer = detail({ status: 'SUCCESS', partner_reference_id: OURS });
    expect(await client().checkStatus({ partnerReferenceId: OURS, transactionId: '14430374' })).toMatchObject({ status: 'success', serial: 'SN1' });
  });
});

describe('MMBC cekstatus', () => {
  const check = () =>
    createMmbcClient({ baseUrl, credentials: MMBC_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).checkTopup({ invoice: 'TRX11111', destination: '081234567890' });
  const body = (extra: Record<string, unknown>) => ({ result: 'ok', kodeoperator: 'TSEL10', nomortujuan: '081234567890', serial: 'SN1', ...extra });

  it.each(['sukses', 'gagal', 'pending'])('%s without an invoice settles nothing', async (status) => {
    answer = () => body({ status, invoice: '' });
    expect(await check()).toMatchObject(notOurs);
    answer = () => body({ status });
    expect(await check()).toMatchObject(notOurs);
  });

  it.each(['sukses', 'gagal', 'pending'])('%s for another invoice settles nothing', async (status) => {
    answer = () => body({ status, invoice: 'TRX22222' });
    expect(await check()).toMatchObject(notOurs);
  });

  it('sukses for our invoice (sent with its documented leading space) is a success', async () => {
    answer = () => body({ status: 'sukses', invoice: ' TRX11111' });
    expect(await check()).toMatchObject({ status: 'success', serial: 'SN1' });
  });
});
