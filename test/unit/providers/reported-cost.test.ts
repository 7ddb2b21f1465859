import { describe, expect, it } from 'vitest';
import { mapTransactionAnswer } from '../../../electron/core/providers/ayoconnect/client/map-transaction';
import { envelopeSchema } from '../../../electron/core/providers/ayoconnect/contract/responses';
import type { Parsed } from '../../../electron/core/providers/http/parse-answer';
import { parseJsonAnswer } from '../../../electron/core/providers/http/parse-answer';
import { mapPostpaidPayment } from '../../../electron/core/providers/iak/client/map-postpaid';
import { mapPrepaidTransaction } from '../../../electron/core/providers/iak/client/map-prepaid';
import { mapDetailAnswer } from '../../../electron/core/providers/klikoo/client/map-buy';
import { mapTopupAnswer, mapTopupStatus } from '../../../electron/core/providers/mmbc/client/topup-mapping';

/**
 * Issue 7 item 7 (client side): when a provider reports what it actually charged, the outcome
 * carries it as `cost`, on success AND on pending, parsed once with the money parser; a nonsense
 * amount is ignored (the outcome stays what the provider said, without a cost), never thrown.
 */
const json = (body: unknown) => JSON.stringify(body);
const answer = (body: unknown) => ({ kind: 'answer' as const, status: 200, contentType: 'application/json', body: json(body) });

describe('IAK prepaid check-status: `price`', () => {
  const read = (data: Record<string, unknown>) =>
    mapPrepaidTransaction({ ref_id: 'LK1', product_code: 'htelkomsel10000', customer_id: '081234567890', tr_id: '7', ...data } as never, {
      reading: 'status',
      refId: 'LK1',
      raw: json(data),
    });

  it('success and pending carry the price IAK charged', () => {
    expect(read({ rc: '00', status: '1', sn: 'SN1', price: 10_900 })).toMatchObject({ status: 'success', cost: 10_900 });
    expect(read({ rc: '39', status: '0', price: '10,900' })).toMatchObject({ status: 'pending', cost: 10_900 });
  });

  it('a nonsense price is ignored: the answer still counts, without a cost', () => {
    const success = read({ rc: '00', status: '1', sn: 'SN1', price: '10.900,50x' });
    expect(success.status).toBe('success');
    expect(success).not.toHaveProperty('cost');
    const pending = read({ rc: '39', status: '0', price: -5 });
    expect(pending.status).toBe('pending');
    expect(pending).not.toHaveProperty('cost');
  });
});

describe('IAK postpaid checkstatus: `selling_price` (what IAK deducts)', () => {
  const read = (data: Record<string, unknown>) =>
    mapPostpaidPayment({ ref_id: 'LK2', tr_id: '55', price: 102_500, ...data } as never, { reading: 'status', refId: 'LK2', raw: json(data) });

  it('success and pending carry the deducted amount', () => {
    expect(read({ response_code: '00', status: '1', selling_price: 101_000 })).toMatchObject({ status: 'success', cost: 101_000 });
    expect(read({ response_code: '39', status: '3', selling_price: '101000' })).toMatchObject({ status: 'pending', cost: 101_000 });
  });

  it('a nonsense amount is ignored', () => {
    const out = read({ response_code: '00', status: '1', selling_price: 'seratus ribu' });
    expect(out.status).toBe('success');
    expect(out).not.toHaveProperty('cost');
  });
});

describe('Ayoconnect status: `amount` + `processingFee`', () => {
  const read = (responseCode: number, data: Record<string, unknown>) =>
    mapTransactionAnswer(parseJsonAnswer(answer({ responseCode, success: responseCode < 100, data }), envelopeSchema), 'LK3', 'status');
  const tx = (amount: unknown) => ({ refNumber: 'LK3', transactionId: 9, accountNumber: '081234567890', productCode: 'PPLSTK10', amount, processingFee: 50, token: 'SN' });

  it('success and pending carry the amount charged', () => {
    expect(read(0, tx(10_550))).toMatchObject({ status: 'success', cost: 10_600 });
    expect(read(299, tx('10550'))).toMatchObject({ status: 'pending', cost: 10_600 });
  });

  it('a nonsense amount on a pending answer is ignored', () => {
    const out = read(299, tx('sepuluh ribu'));
    expect(out.status).toBe('pending');
    expect(out).not.toHaveProperty('cost');
  });
});

describe('Klikoo transaction detail: `amount`', () => {
  const read = (data: Record<string, unknown>) =>
    mapDetailAnswer(
      { kind: 'sent', result: answer({ response_code: '200022000', response_message: 'Sukses', data: { transaction_id: '1', partner_reference_id: 'LK4', ...data } }) },
      'LK4',
    );

  it('success and pending carry the amount charged', () => {
    expect(read({ status: 'SUCCESS', amount: '10450', sn: 'SN' })).toMatchObject({ status: 'success', cost: 10_450 });
    expect(read({ status: 'PENDING', amount: 10_450 })).toMatchObject({ status: 'pending', cost: 10_450 });
  });

  it('a nonsense amount on a pending answer is ignored', () => {
    const out = read({ status: 'PENDING', amount: '10450.50' });
    expect(out.status).toBe('pending');
    expect(out).not.toHaveProperty('cost');
  });
});

describe('MMBC: `debet` in a pending isipulsa answer and in cekstatus', () => {
  const parsed = (body: unknown): Parsed<unknown> => ({ ok: true, status: 200, body, raw: json(body) });
  const topup = { productCode: 'TSEL10', destination: '081234567890', itrx: 1 };
  const isipulsa = (extra: Record<string, unknown>) =>
    mapTopupAnswer(parsed({ result: 'ok', invoice: 'TRX1', kodeoperator: 'TSEL10', nomorpelanggan: '081234567890', saldo: '99,999', ...extra }), topup);
  const cekstatus = (extra: Record<string, unknown>) =>
    mapTopupStatus(parsed({ result: 'ok', invoice: ' TRX1', kodeoperator: 'TSEL10', nomortujuan: '081234567890', ...extra }), {
      invoice: 'TRX1',
      destination: '081234567890',
    });

  it('a pending isipulsa answer carries debet', () => {
    expect(isipulsa({ status: 'pending', debet: '10,800' })).toMatchObject({ status: 'pending', cost: 10_800 });
  });

  it('cekstatus carries debet on success and pending when MMBC sends it', () => {
    expect(cekstatus({ status: 'sukses', debet: '10,800', serial: 'SN' })).toMatchObject({ status: 'success', cost: 10_800 });
    expect(cekstatus({ status: 'pending', debet: '10800' })).toMatchObject({ status: 'pending', cost: 10_800 });
  });

  it('a nonsense debet is ignored, never a reason to doubt the answer', () => {
    const out = isipulsa({ status: 'sukses', debet: 'sepuluh ribu', serial: 'SN' });
    expect(out.status).toBe('success');
    expect(out).not.toHaveProperty('cost');
    const checked = cekstatus({ status: 'pending', debet: '-1' });
    expect(checked.status).toBe('pending');
    expect(checked).not.toHaveProperty('cost');
  });
});
