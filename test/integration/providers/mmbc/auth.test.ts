import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMmbcClient,
  credentialsMatch,
  decodeForm,
  encodeForm,
  MMBC_ENDPOINTS,
  MMBC_SANDBOX_CREDENTIALS,
  withAuth,
} from '../../../../electron/core/providers/mmbc';
import { daysAhead, postForm, startHarness, type Harness } from './helpers';

/**
 * MMBC's "signature" is plain username + password form fields (providers.md 5.1). The vectors
 * are the seed's own example values; client encoding and simulator verification share them.
 */
const VECTORS: { fields: Record<string, string>; encoded: string }[] = [
  {
    fields: withAuth({ username: 'dummy', password: 'dummy123' }, { itrx: '1', kodeoperator: 'TEL5', nomortujuan: '081213456789' }),
    encoded: 'username=dummy&password=dummy123&itrx=1&kodeoperator=TEL5&nomortujuan=081213456789',
  },
  {
    fields: { passengername: 'Mr. Dodi Alfayed:Mrs. Lady Diana', dateofbirth: '02-09-1987:02-01-1985', email: 'itmmbc@gmail.com' },
    encoded: 'passengername=Mr.+Dodi+Alfayed%3AMrs.+Lady+Diana&dateofbirth=02-09-1987%3A02-01-1985&email=itmmbc%40gmail.com',
  },
  { fields: withAuth({ username: 'dummy', password: 'p@ss w&rd=1' }), encoded: 'username=dummy&password=p%40ss+w%26rd%3D1' },
];

describe('MMBC auth fields', () => {
  it.each(VECTORS)('encodes and decodes $encoded', ({ fields, encoded }) => {
    expect(encodeForm(fields)).toBe(encoded);
    expect(decodeForm(encoded)).toEqual(fields);
  });

  it('verifier accepts the exact credentials and refuses any change', () => {
    const account = { username: 'dummy', password: 'dummy123' };
    expect(credentialsMatch(decodeForm(VECTORS[0]?.encoded ?? ''), account)).toBe(true);
    for (const tampered of ['dummy1234', 'Dummy123', 'dummy12', '', 'dummy123 ']) {
      expect(credentialsMatch({ username: 'dummy', password: tampered }, account)).toBe(false);
    }
    expect(credentialsMatch({ username: 'dummyx', password: 'dummy123' }, account)).toBe(false);
    expect(credentialsMatch({}, account)).toBe(false);
  });
});

describe('MMBC simulator refuses wrong credentials on every authenticated endpoint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.sim.close());

  const authed = MMBC_ENDPOINTS.filter((e) => e.method === 'POST' && e.path.startsWith('/json/') && !e.path.includes('ppob') && e.fault !== 'resetpassword');

  it.each(authed.map((e) => e.path))('%s answers the documented refusal to a tampered password', async (path) => {
    const real = path.replace('<Airline>', 'Lion');
    const answer = await postForm(h.sim.baseUrl, real, { username: 'dummy', password: 'dummy124', kodebooking: 'ABCDEF' });
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as { result: string; reason: string };
    expect(body.result).toBe('no');
    expect(body.reason).toBe(real.includes('getflightLion') ? 'system failed login' : 'invalid login');
  });

  it('a JSON body is not read (like PHP $_POST), so it is an invalid login', async () => {
    const res = await fetch(`${h.sim.baseUrl}/json/ceksaldo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(MMBC_SANDBOX_CREDENTIALS),
    });
    expect(await res.json()).toEqual({ result: 'no', reason: 'invalid login' });
  });

  it('fields in the query string are accepted too', async () => {
    const res = await fetch(`${h.sim.baseUrl}/json/ceksaldo?username=dummy&password=dummy123`, { method: 'POST' });
    expect(await res.json()).toEqual({ result: 'ok', saldo: '5,000,000' });
  });

  it('client with a wrong password: reads say invalid_login, money calls fail before any charge', async () => {
    const bad = createMmbcClient({ baseUrl: h.sim.baseUrl, credentials: { username: 'dummy', password: 'salah123' }, timeoutMs: 5000 });
    expect(await bad.getBalance()).toMatchObject({ ok: false, retryable: false, code: 'invalid_login' });
    expect(await bad.getPriceList()).toMatchObject({ ok: false, code: 'invalid_login' });
    expect(await bad.searchFlights({ from: 'CGK', to: 'SUB', date: daysAhead(3) })).toMatchObject({ ok: false, code: 'invalid_login' });
    const topup = await bad.topup({ productCode: 'TSEL5', destination: '081234500001', itrx: 1 });
    expect(topup).toMatchObject({ status: 'failed', code: 'invalid_login', message: 'invalid login' });
    expect(await bad.issue('ABCDEF')).toMatchObject({ status: 'failed', code: 'invalid_login' });
    // A status check with bad credentials says nothing about the sale.
    expect((await bad.checkTopup({ invoice: 'TRX1', destination: '081234500001' })).status).toBe('unknown');
    expect((await bad.checkIssue('ABCDEF')).status).toBe('unknown');
    expect(h.sim.balance()).toBe(5_000_000);
  });

  it('resetpassword: identity by email+phone+agent code, min 6 characters, then the old password stops working', async () => {
    const { account } = h.sim;
    const wrong = await h.client.resetPassword({ email: 'x@y.z', phone: account.phone, agentCode: account.kodeagen, newPassword: 'rahasia1' });
    expect(wrong).toEqual({ ok: false, retryable: false, code: 'refused', message: 'data invalid' });
    const short = await postForm(h.sim.baseUrl, '/json/resetpassword', {
      username: 'dummy', email: account.email, phone: account.phone, agencode: account.kodeagen, newpassword: 'abc',
    });
    expect(JSON.parse(short.text)).toEqual({ result: 'no', reason: 'password minimal 6 characters' });
    expect(await h.client.resetPassword({ email: account.email, phone: account.phone, agentCode: account.kodeagen, newPassword: 'abc' }))
      .toMatchObject({ ok: false, code: 'invalid_input' });
    const done = await h.client.resetPassword({ email: account.email, phone: account.phone, agentCode: account.kodeagen, newPassword: 'rahasia1' });
    expect(done).toEqual({ ok: true, value: { username: 'dummy' } });
    expect(await h.client.getBalance()).toMatchObject({ ok: false, code: 'invalid_login' });
    const renewed = h.clientWith(5000);
    expect(h.sim.credentials).toEqual({ username: 'dummy', password: 'rahasia1' });
    expect(await renewed.getBalance()).toEqual({ ok: true, value: { balance: 5_000_000 } });
  });
});
