import { describe, expect, it } from 'vitest';
import { toBill } from '../../../../electron/core/providers/iak/client/map-postpaid';

/** IAK's PLN postpaid answer for 8 months: `period` names only the first and the last month. */
function plnEightMonths(): Parameters<typeof toBill>[0] {
  const months = ['202604', '202605', '202606', '202607', '202608', '202609', '202610', '202611'];
  const detail = months.map((periode, i) => ({
    meter_awal: '00010000',
    meter_akhir: '00010100',
    periode,
    nilai_tagihan: String(100_000 + i * 1000),
    admin: '2500',
    denda: i < months.length - 1 ? '5000' : '0',
    total: 0,
  }));
  const nominal = detail.reduce((s, d) => s + Number(d.nilai_tagihan) + Number(d.denda), 0);
  return {
    tr_id: '9732412',
    ref_id: 'LK0TEST',
    code: 'PLNPOSTPAID',
    hp: '530000000999',
    tr_name: 'RINA WULANDARI',
    period: '202604,202611',
    nominal,
    admin: 20_000,
    price: nominal + 20_000,
    selling_price: nominal + 18_000,
    response_code: '00',
    message: 'INQUIRY SUCCESS',
    desc: { tarif: 'R1', daya: 900, lembar_tagihan: '8', lembar_tagihan_sisa: '0', tagihan: { detail } },
  } as Parameters<typeof toBill>[0];
}

describe('IAK multi-month bill: one line per month', () => {
  it('takes every month from desc.tagihan.detail, with its amount, admin and penalty', () => {
    const bill = toBill(plnEightMonths(), 'LK0TEST');
    expect(bill.lines.map((l) => l.period)).toEqual(['202604', '202605', '202606', '202607', '202608', '202609', '202610', '202611']);
    expect(bill.lines[0]).toEqual({ period: '202604', amount: 100_000, admin: 2500, penalty: 5000 });
    expect(bill.lines[7]).toEqual({ period: '202611', amount: 107_000, admin: 2500, penalty: 0 });
    expect(bill.periodText).toBe('202604,202605,202606,202607,202608,202609,202610,202611');
    expect(bill.monthCount).toBe(8);
  });

  it('PDAM lines come from desc.bill.detail (bill_amount + misc_amount, penalty)', () => {
    const data = {
      ...plnEightMonths(),
      code: 'PDAMKOTA',
      period: '202609,202611',
      nominal: 3 * 50_750 + 15_000,
      desc: {
        bill_quantity: 3,
        bill: {
          detail: [
            { period: '202609', first_meter: 1, last_meter: 2, penalty: 7500, bill_amount: 50_000, misc_amount: 750 },
            { period: '202610', first_meter: 2, last_meter: 3, penalty: 7500, bill_amount: 50_000, misc_amount: 750 },
            { period: '202611', first_meter: 3, last_meter: 4, penalty: 0, bill_amount: 50_000, misc_amount: 750 },
          ],
        },
      },
    };
    const bill = toBill(data, 'LK0TEST');
    expect(bill.lines).toEqual([
      { period: '202609', amount: 50_750, admin: 0, penalty: 7500 },
      { period: '202610', amount: 50_750, admin: 0, penalty: 7500 },
      { period: '202611', amount: 50_750, admin: 0, penalty: 0 },
    ]);
    expect(bill.monthCount).toBe(3);
  });

  it('"first,last" without detail lines is a range with the count IAK gives, never two months', () => {
    const data = { ...plnEightMonths(), desc: { tarif: 'R1', daya: 900, lembar_tagihan: '8' } };
    const bill = toBill(data, 'LK0TEST');
    expect(bill.lines).toEqual([]);
    expect(bill.periodText).toBe('202604–202611');
    expect(bill.monthCount).toBe(8);
  });

  it('two neighbouring months without detail stay two months; one month stays one', () => {
    expect(toBill({ ...plnEightMonths(), period: '202610,202611', desc: {} }, 'x').periodText).toBe('202610,202611');
    expect(toBill({ ...plnEightMonths(), period: '202610,202611', desc: {} }, 'x').monthCount).toBe(2);
    const single = toBill({ ...plnEightMonths(), period: '202611', desc: {} }, 'x');
    expect(single.periodText).toBe('202611');
    expect(single.monthCount).toBe(1);
  });

  it('a detail line whose amount does not read falls back to the provider period (no invented months)', () => {
    const data = plnEightMonths();
    (data.desc as { tagihan: { detail: { nilai_tagihan: string }[] } }).tagihan.detail[2]!.nilai_tagihan = 'abc';
    const bill = toBill(data, 'LK0TEST');
    expect(bill.lines).toEqual([]);
    expect(bill.periodText).toBe('202604–202611');
    expect(bill.monthCount).toBe(8);
  });
});
