import { describe, expect, it } from 'vitest';
import { mapPrepaidTransaction } from '../../../electron/core/providers/iak/client/map-prepaid';
import { mapPostpaidPayment } from '../../../electron/core/providers/iak/client/map-postpaid';
import { postpaidCashierMessage, prepaidCashierMessage } from '../../../electron/core/providers/iak/messages-id';
import { describeOutcome } from '../../../electron/core/sales/sale-outcome';

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
