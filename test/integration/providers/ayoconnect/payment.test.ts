import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { parseAyoconnectCallback, startAyoconnectSimulator, type AyoconnectSimulator } from '../../../../electron/core/providers/ayoconnect';
import {
  account,
  clientFor,
  expectInquiry,
  inquireAndPay,
  newRef,
  startCallbackReceiver,
  until,
  waitForFinal,
  type CallbackReceiver,
} from './helpers';

describe('ayoconnect bill/payment and bill/status against the simulator', () => {
  let sim: AyoconnectSimulator;
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    receiver = await startCallbackReceiver(1); // refuses the first attempt: the simulator must retry
    sim = await startAyoconnectSimulator({ pendingDelayMs: 60, initialBalance: 10_000_000, callbackUrl: receiver.url, callbackRetryDelayMs: 20 });
  });
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  it('default rule: 299 pending, then 0 success by status, with the receipt and every month', async () => {
    const client = clientFor(sim);
    const before = sim.balance();
    const { inquiry, refNumber, outcome } = await inquireAndPay(client, 'LSTPPPOG', account('5321', '0003'));
    expect(outcome).toMatchObject({ status: 'pending', responseCode: 299, message: 'Transaksi sedang dalam proses' });
    expect(sim.balance()).toBe(before - inquiry.amount);
    const final = await waitForFinal(client, refNumber);
    if (final.status !== 'success') throw new Error(`expected success, got ${final.status}`);
    expect(final.cost).toBe(inquiry.amount);
    expect(final.serial).toMatch(/^0MUP[0-9A-F]{28}$/);
    expect(final.providerRef).toMatch(/^\d+$/);
    expect(final.receipt?.refNumber).toBe(refNumber);
    expect(final.receipt?.monthCount).toBe(3);
    expect(final.receipt?.periods).toEqual(inquiry.periods);
    expect(final.receipt?.bills.map((b) => b.amount)).toEqual(inquiry.bills.map((b) => b.amount));
    expect(final.details).toMatchObject({ monthCount: 3, periods: inquiry.periods.join(', ') });
  });

  it('sends the Status body to the callback URL and retries until HTTP 200', async () => {
    const client = clientFor(sim);
    const { refNumber } = await inquireAndPay(client, 'PSCBYRTLKHALO', account('0812', '0001'));
    await until(() => receiver.bodies.some((b) => b.includes(refNumber)));
    const body = receiver.bodies.find((b) => b.includes(refNumber)) ?? '';
    const parsed = parseAyoconnectCallback(body);
    expect(parsed).toMatchObject({ ok: true, refNumber, outcome: { status: 'success', responseCode: 0 } });
    // the receiver refused its first attempt with HTTP 500, so one delivery needed a retry
    expect(receiver.attempts).toBeGreaterThanOrEqual(receiver.bodies.length + 1);
    await until(() => sim.callbacks().some((c) => c.refNumber === refNumber));
    expect(sim.callbacks().find((c) => c.refNumber === refNumber)).toMatchObject({ delivered: true, responseCode: 0 });
  });

  it('a payment-level callbackUrls[0] wins over the dashboard URL', async () => {
    const own = await startCallbackReceiver();
    try {
      const { refNumber } = await inquireAndPay(clientFor(sim), 'PPLSXL10', account('0817', '0001'), { callbackUrl: own.url });
      await until(() => own.bodies.length > 0);
      expect(own.bodies[0]).toContain(refNumber);
    } finally {
      await own.close();
    }
  });

  it('....9999: pending, then 100 failed, deposit refunded, failure callback', async () => {
    const client = clientFor(sim);
    const before = sim.balance();
    const { refNumber, outcome } = await inquireAndPay(client, 'PDAMSBY', account('0310', '9999'));
    expect(outcome.status).toBe('pending');
    const final = await waitForFinal(client, refNumber);
    expect(final).toMatchObject({ status: 'failed', code: '100', message: 'Transaksi Gagal, Gangguan Operator' });
    expect(sim.balance()).toBe(before);
    await until(() => receiver.bodies.some((b) => b.includes(refNumber)));
    expect(parseAyoconnectCallback(receiver.bodies.find((b) => b.includes(refNumber)) ?? '')).toMatchObject({ outcome: { status: 'failed' } });
  });

  it('....7777: 0 success at once, token for PLN prepaid', async () => {
    const { inquiry, outcome } = await inquireAndPay(clientFor(sim), 'LSTPRP100', account('1422', '7777'));
    expect(outcome).toMatchObject({ status: 'success', responseCode: 0, cost: inquiry.amount });
    if (outcome.status === 'success') expect(outcome.serial).toMatch(/^\d{20}$/);
  });

  it('....6666: 103 failed at once and nothing charged', async () => {
    const before = sim.balance();
    const { refNumber, outcome } = await inquireAndPay(clientFor(sim), 'EWLGOPAY50', account('0856', '6666'));
    expect(outcome).toMatchObject({ status: 'failed', code: '103', message: 'Transaksi Gagal, Nomor yang Anda Masukkan Salah/Expired' });
    expect(sim.balance()).toBe(before);
    expect(await clientFor(sim).checkStatus(refNumber)).toMatchObject({ status: 'failed', code: '103' });
  });

  it('....5555: stays pending until resolved through the control API', async () => {
    const client = clientFor(sim);
    const { refNumber } = await inquireAndPay(client, 'INTVINDIHOME', account('1221', '5555'));
    expect(await client.checkStatus(refNumber)).toMatchObject({ status: 'pending', responseCode: 299 });
    const res = await fetch(`${sim.baseUrl}${sim.inspectPrefix}/resolve`, {
      method: 'POST',
      body: JSON.stringify({ refNumber, outcome: 'success' }),
    });
    expect(res.status).toBe(200);
    expect(await client.checkStatus(refNumber)).toMatchObject({ status: 'success' });
  });

  it('refNumber is the idempotency key: a reuse answers 102 (unknown), charges nothing, the original stands', async () => {
    const client = clientFor(sim);
    const number = account('0812', '0001');
    const { refNumber } = await inquireAndPay(client, 'PPLSTK25', number);
    const again = expectInquiry(await client.inquire({ accountNumber: account('0812', '0001'), productCode: 'PPLSIS10' }));
    const before = sim.balance();
    const reused = await client.pay({ refNumber, inquiryId: again.inquiryId, accountNumber: again.accountNumber, productCode: 'PPLSIS10', amount: again.amount });
    expect(reused).toMatchObject({ status: 'unknown', responseCode: 102 });
    expect(sim.balance()).toBe(before);
    expect(sim.transactions().filter((t) => t.refNumber === refNumber)).toHaveLength(1);
  });

  it('an inquiry pays once; a second refNumber on it is refused (185, failed, nothing charged)', async () => {
    const client = clientFor(sim);
    const { inquiry } = await inquireAndPay(client, 'PSCBYRTRI', account('0896', '0001'));
    const before = sim.balance();
    const second = await client.pay({ refNumber: newRef(), inquiryId: inquiry.inquiryId, accountNumber: inquiry.accountNumber, productCode: 'PSCBYRTRI', amount: inquiry.amount });
    expect(second).toMatchObject({ status: 'failed', code: '185' });
    expect(sim.balance()).toBe(before);
  });

  it('amount or product not matching the inquiry: 114 / 313, failed, nothing charged', async () => {
    const client = clientFor(sim);
    const number = account('0815', '0001');
    const inquiry = expectInquiry(await client.inquire({ accountNumber: number, productCode: 'PSCBYRISATMATRIX' }));
    const before = sim.balance();
    const wrongAmount = await client.pay({ refNumber: newRef(), inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'PSCBYRISATMATRIX', amount: rupiah(inquiry.amount - 1) });
    expect(wrongAmount).toMatchObject({ status: 'failed', code: '114' });
    const wrongProduct = await client.pay({ refNumber: newRef(), inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'PSCBYRXLPRIO', amount: inquiry.amount });
    expect(wrongProduct).toMatchObject({ status: 'failed', code: '313' });
    expect(sim.balance()).toBe(before);
  });

  it('BPJS Kesehatan: the month paid must be the month inquired', async () => {
    const client = clientFor(sim);
    const number = account('88888', '0001');
    const inquiry = expectInquiry(await client.inquire({ accountNumber: number, productCode: 'BPJSKS', month: 2 }));
    const mismatch = await client.pay({ refNumber: newRef(), inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'BPJSKS', amount: inquiry.amount, month: 1 });
    expect(mismatch).toMatchObject({ status: 'failed', code: '313' });
    const ok = await client.pay({ refNumber: newRef(), inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'BPJSKS', amount: inquiry.amount, month: 2 });
    expect(ok.status).toBe('pending');
  });

  it('a paid bill answers 309 on the next inquiry; a repeated prepaid sale within 30 minutes answers 330', async () => {
    const client = clientFor(sim);
    const billNumber = account('5321', '0001');
    const paid = await inquireAndPay(client, 'LSTPPPOG', billNumber);
    await waitForFinal(client, paid.refNumber);
    expect(await client.inquire({ accountNumber: billNumber, productCode: 'LSTPPPOG' })).toMatchObject({ ok: false, code: '309' });
    const phone = account('0812', '0001');
    await inquireAndPay(client, 'PPLSTK50', phone);
    expect(await client.inquire({ accountNumber: phone, productCode: 'PPLSTK50' })).toMatchObject({ ok: false, code: '330', retryable: true });
  });

  it('not enough deposit: 199 failed, nothing charged, nothing recorded', async () => {
    const poor = await startAyoconnectSimulator({ initialBalance: 1_000 });
    try {
      const { refNumber, outcome } = await inquireAndPay(clientFor(poor), 'PPLSTK10', account('0812', '0001'));
      expect(outcome).toMatchObject({ status: 'failed', code: '199', message: 'Transaksi Gagal, Saldo Tidak Mencukupi' });
      expect(poor.balance()).toBe(1_000);
      expect(await clientFor(poor).checkStatus(refNumber)).toMatchObject({ status: 'unknown', responseCode: 188 });
    } finally {
      await poor.close();
    }
  });

  it('an expired inquiry is refused with 312 (failed, nothing charged)', async () => {
    let clock = Date.parse('2026-03-02T09:00:00+07:00');
    const timed = await startAyoconnectSimulator({ now: () => clock, inquiryTtlMs: 60_000 });
    try {
      const client = clientFor(timed);
      const number = account('0812', '0001');
      const inquiry = expectInquiry(await client.inquire({ accountNumber: number, productCode: 'PSCBYRSMFRN' }));
      clock += 60_001;
      const outcome = await client.pay({ refNumber: newRef(), inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'PSCBYRSMFRN', amount: inquiry.amount });
      expect(outcome).toMatchObject({ status: 'failed', code: '312' });
      expect(timed.balance()).toBe(5_000_000);
    } finally {
      await timed.close();
    }
  });

  it('status of an unknown refNumber is 188 "transaksi tidak tersedia": unknown, not failed', async () => {
    expect(await clientFor(sim).checkStatus('NEVER-SENT-1')).toMatchObject({ status: 'unknown', responseCode: 188, message: 'transaksi tidak tersedia' });
  });

  it('the inspection routes list transactions and the balance for other processes', async () => {
    const list = (await (await fetch(`${sim.baseUrl}${sim.inspectPrefix}/transactions`)).json()) as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]).toHaveProperty('refNumber');
    expect(list[0]).toHaveProperty('status');
    expect(list[0]).toHaveProperty('amount');
    expect(await (await fetch(`${sim.baseUrl}${sim.inspectPrefix}/balance`)).json()).toEqual({ balance: sim.balance() });
  });
});
