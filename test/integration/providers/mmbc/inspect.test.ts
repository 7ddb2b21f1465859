import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MMBC_ENDPOINTS, PPOB_NOT_IMPLEMENTED } from '../../../../electron/core/providers/mmbc';
import { daysAhead, postForm, startHarness, type Harness } from './helpers';

/** Inspection and control over HTTP (for tests in other processes), PPOB refusal, unknown paths. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ initialBalance: 2_000_000, callbackUrl: 'http://127.0.0.1:9/ignored' });
});
afterAll(async () => h.sim.close());

const getJson = async (path: string) => (await fetch(`${h.sim.baseUrl}${path}`)).json() as Promise<unknown>;

describe('/__sim-state/mmbc', () => {
  it('transactions list pulsa top-ups and flight issues with reference, status, amount', async () => {
    const pulsa = await h.client.topup({ productCode: 'XL10', destination: '081712345678', itrx: 1 });
    const search = await h.client.searchFlights({ from: 'SUB', to: 'UPG', date: daysAhead(12) });
    const flight = search.ok ? search.value.flights.find((f) => !/^(QG|QZ|JQ)-/.test(f.flightCode)) : undefined;
    if (!flight) throw new Error('no flight');
    const booked = await h.client.book({
      from: 'SUB', to: 'UPG', date: flight.date ?? '', flight: flight.flightCode, email: 'a@b.co', phone: '081211112222',
      passengers: [{ type: 'adult', title: 'Ms', name: 'Dewi Lestari' }],
    });
    if (!booked.ok) throw new Error(booked.message);
    await h.client.issue(booked.value.bookingCode);
    const list = (await getJson('/__sim-state/mmbc/transactions')) as { kind: string; reference: string; status: string; amount: number }[];
    expect(list).toEqual([
      expect.objectContaining({ kind: 'pulsa', reference: pulsa.providerRef, status: 'sukses', amount: 10900 }),
      expect.objectContaining({ kind: 'flight', reference: booked.value.bookingCode, status: 'issued', amount: booked.value.ntaPrice }),
    ]);
    const bookings = (await getJson('/__sim-state/mmbc/bookings')) as { kodebooking: string; status: string }[];
    expect(bookings).toEqual([expect.objectContaining({ kodebooking: booked.value.bookingCode, status: 'issued' })]);
    const balance = (await getJson('/__sim-state/mmbc/balance')) as { balance: number; movements: unknown[] };
    expect(balance.balance).toBe(2_000_000 - 10900 - booked.value.ntaPrice);
    expect(balance.movements).toHaveLength(2);
  });

  it('POST balance sets the deposit; garbage is refused', async () => {
    const set = await fetch(`${h.sim.baseUrl}/__sim-state/mmbc/balance`, { method: 'POST', body: JSON.stringify({ balance: 1234 }) });
    expect(await set.json()).toEqual({ balance: 1234 });
    expect(await h.client.getBalance()).toEqual({ ok: true, value: { balance: 1234 } });
    const bad = await fetch(`${h.sim.baseUrl}/__sim-state/mmbc/balance`, { method: 'POST', body: '{"balance":-5}' });
    expect(bad.status).toBe(400);
    h.sim.setBalance(2_000_000);
  });

  it('faults can be armed over HTTP by endpoint name', async () => {
    const armed = await fetch(`${h.sim.baseUrl}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'ceksaldo', mode: 'http_500', times: 1 }),
    });
    expect(armed.status).toBe(200);
    expect(await h.client.getBalance()).toMatchObject({ ok: false, retryable: true, code: 'http_error' });
    expect(await h.client.getBalance()).toMatchObject({ ok: true });
  });
});

describe('what the simulator does not serve', () => {
  it.each(['/json/ppob/daftarharga', '/json/ppob/cektagihan', '/json/ppob/cekstatus'])('%s: 501, contract unconfirmed', async (path) => {
    const res = await postForm(h.sim.baseUrl, path, { username: 'dummy', password: 'dummy123' });
    expect(res.status).toBe(501);
    expect(JSON.parse(res.text)).toEqual({ result: 'no', reason: PPOB_NOT_IMPLEMENTED });
  });

  it('an unknown path is an HTML 404, as MMBC\'s web server answers', async () => {
    const res = await postForm(h.sim.baseUrl, '/json/pulsa/beli', {});
    expect(res.status).toBe(404);
    expect(res.text).toContain('404 Not Found');
  });

  it('every endpoint the table gives a client method is a method of the client', () => {
    const methods = MMBC_ENDPOINTS.flatMap((e) => (e.client ? e.client.split(' / ') : []));
    for (const m of methods) expect(typeof (h.client as unknown as Record<string, unknown>)[m]).toBe('function');
    expect(MMBC_ENDPOINTS.filter((e) => e.movesMoney).map((e) => e.fault)).toEqual(['isipulsa', 'cekstatus', 'getissued', 'getstatusbooking']);
  });
});
