import { describe, expect, it } from 'vitest';
import type { Rupiah } from '../../../electron/core/money';
import { mapPrepaidTransaction } from '../../../electron/core/providers/iak/client/map-prepaid';
import { mapPostpaidPayment } from '../../../electron/core/providers/iak/client/map-postpaid';
import { postpaidCashierMessage, prepaidCashierMessage } from '../../../electron/core/providers/iak/messages-id';
import { describeOutcome } from '../../../electron/core/sales/sale-outcome';
import { mapTransactionAnswer } from '../../../electron/core/providers/ayoconnect/client/map-transaction';
import { transactionOutcome } from '../../../electron/core/providers/klikoo/client/map-transaction';

/**
 * Issue 12 item 3: a provider's English ("IAK: FAILED", "INCORRECT DESTINATION NUMBER") never reaches
 * the cashier's text (sale.message); it stays, as sent, in the sale's history (event detail).
 */
const ENGLISH = /IAK:|FAILED|PROCESS|INCORRECT|MAXIMUM|SUCCESS|NOT FOUND/;

describe('IAK answers in the cashier\'s words', () => {
  const topup = (rc: string, message: string, status = '2') =>
    mapPrepaidTransaction({ rc, status, message, ref_id: 'REF1', tr_id: '77' } as never, { reading: 'topup', refId: 'REF1', raw: '{}' });

  it.each([
    ['14', 'INCORRECT DESTINATION NUMBER', 'Nomor tujuan salah'],
    ['207', 'MAXIMUM 1 NUMBER 1 TIME IN 1 DAY', 'Nomor yang sama hanya boleh 1 kali sehari'],
    ['07', 'FAILED', 'Transaksi gagal'],
  ])('a refusal rc %s is told in Indonesian, IAK\'s words kept for the detail', (rc, english, indonesian) => {
    const outcome = topup(rc, english);
    expect(outcome).toMatchObject({ status: 'failed', message: indonesian, providerText: english });
    expect(outcome.message).not.toMatch(ENGLISH);
    expect(describeOutcome(outcome, 'failed')).toContain(english);
  });

  it('a transaction still in process reads in Indonesian', () => {
    const outcome = topup('39', 'PROCESS', '0');
    expect(outcome).toMatchObject({ status: 'pending', message: 'Transaksi sedang diproses', providerText: 'PROCESS' });
  });

  it('a code Loket does not know still gives Indonesian text, with the code', () => {
    expect(prepaidCashierMessage('999', 'SOMETHING NEW')).toBe('IAK menjawab kode 999');
    expect(postpaidCashierMessage('14', 'INCORRECT DESTINATION NUMBER')).toBe('Nomor pelanggan salah');
  });

  it('a bill payment refused reads in Indonesian', () => {
    const outcome = mapPostpaidPayment(
      { response_code: '14', message: 'INCORRECT DESTINATION NUMBER', ref_id: 'REF2', tr_id: 88 } as never,
      { reading: 'pay', refId: 'REF2', raw: '{}' } as never,
    );
    expect(outcome.message).not.toMatch(ENGLISH);
    expect(outcome.providerText).toBe('INCORRECT DESTINATION NUMBER');
  });
});

describe('Ayoconnect and Klikoo answers in the cashier\'s words', () => {
  it('Ayoconnect: a plain English message of a known code reads as the code\'s Indonesian meaning', () => {
    const outcome = mapTransactionAnswer(
      { ok: true, status: 200, raw: '{}', body: { responseCode: 304, success: false, message: 'Wrong customer number' } },
      'REF3',
      'payment',
    );
    expect(outcome).toMatchObject({ message: 'Nomor pelanggan salah', providerText: 'Wrong customer number' });
  });

  it('Ayoconnect: a code Loket does not know reads in Indonesian with the code', () => {
    const outcome = mapTransactionAnswer(
      { ok: true, status: 200, raw: '{}', body: { responseCode: 377, success: false, message: 'SOMETHING ODD' } },
      'REF4',
      'payment',
    );
    expect(outcome.message).toBe('Ayoconnect menjawab kode 377');
    expect(outcome.providerText).toBe('SOMETHING ODD');
  });

  it('Klikoo: a failed transaction keeps Klikoo\'s Indonesian reason (Klikoo writes refusals in Indonesian)', () => {
    const tx = { transactionId: 'T1', partnerReferenceId: 'R1', status: 'FAILED', productCode: 'p', productName: 'P', value: '0812', customerName: '', serial: '', reason: 'Nomor tujuan tidak aktif', transactionTime: '' };
    expect(transactionOutcome(tx, 'Success', '{}', 'unknown')).toMatchObject({ status: 'failed', message: 'Nomor tujuan tidak aktif' });
    expect(transactionOutcome({ ...tx, reason: '' }, '', '{}', 'unknown')).toMatchObject({ status: 'failed', message: 'Transaksi gagal di Klikoo' });
  });

  it('Klikoo: a success and a pending read in Indonesian whatever Klikoo wrote', () => {
    const tx = { transactionId: 'T2', partnerReferenceId: 'R2', status: 'SUCCESS', amount: 10_000 as Rupiah, productCode: 'p', productName: 'P', value: '0812', customerName: '', serial: 'SN1', reason: '', transactionTime: '' };
    expect(transactionOutcome(tx, 'Success', '{}', 'unknown')).toMatchObject({ status: 'success', message: 'Transaksi berhasil', providerText: 'Success' });
    expect(transactionOutcome({ ...tx, status: 'PENDING' }, '', '{}', 'unknown')).toMatchObject({ status: 'pending', message: 'Transaksi sedang diproses Klikoo' });
  });
});
