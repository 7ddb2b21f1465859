import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKlikooClient, klikooSandboxCredentials } from '../../../../electron/core/providers/klikoo';

/**
 * Klikoo documents no status lookup by OUR reference: transaction detail is by Klikoo's
 * transaction_id, and the history's `q` is "a query string for searching or filtering
 * transactions" without saying which fields it matches (docs/providers/klikoo.md, "Re-checking by
 * our reference"). So after a lost buy answer the client scans the history by date window and page,
 * never trusting `q`, and only a row whose partner_reference_id is exactly ours counts. Absence from
 * that listing proves nothing: it is never "not found" (which could fail a delivered sale).
 */
interface Row {
  transaction_id: string;
  partner_reference_id: string;
  status: string;
  amount: string;
}

let history: Row[] = [];
const seen: URL[] = [];
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      seen.push(url);
      const send = (body: unknown) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname.endsWith('/access-token')) {
        return send({ response_code: '200012000', response_message: 'Sukses', data: { access_token: 'stub', token_type: 'Bearer', expires_in: 900 } });
      }
      const detail = /\/transactions\/([^/]+)$/.exec(url.pathname);
      if (detail) {
        const row = history.find((r) => r.transaction_id === decodeURIComponent(detail[1]!));
        if (!row) {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          return res.end(JSON.stringify({ response_code: '404027005', response_message: 'Transaksi tidak ditemukan' }));
        }
        return send({ response_code: '200022000', response_message: 'Sukses', data: row });
      }
      // History: this Klikoo ignores `q` altogether (the docs do not say what it matches).
      const page = Number(url.searchParams.get('page'));
      const limit = Number(url.searchParams.get('limit'));
      const rows = history.slice((page - 1) * limit, page * limit);
      const totalPages = Math.max(1, Math.ceil(history.length / limit));
      return send({ response_code: '200022000', response_message: 'Sukses', data: rows, meta: { current_page: page, total_pages: totalPages, total_rows: history.length, per_page: limit } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/klikoo-b2b`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => createKlikooClient({ baseUrl, credentials: klikooSandboxCredentials, timeoutMs: 2000 });
const OURS = '6d654219-d9b7-4e1a-8b51-99a5cafb11cb';
const others = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ transaction_id: String(1000 + i), partner_reference_id: `someone-else-${i}`, status: 'SUCCESS', amount: '10450' }));

describe('Klikoo lookup of a sale whose buy answer was lost', () => {
  it('finds our row by exact partner_reference_id beyond the first page, without relying on q', async () => {
    history = [...others(70), { transaction_id: '14430374', partner_reference_id: OURS, status: 'SUCCESS', amount: '10450' }, ...others(5)];
    seen.length = 0;
    const outcome = await client().checkStatus({ partnerReferenceId: OURS, sentAt: Date.UTC(2026, 10, 24, 3, 0, 0) });
    expect(outcome).toMatchObject({ status: 'success', providerRef: '14430374', cost: 10_450 });
    const listings = seen.filter((u) => u.pathname.endsWith('/open-api/transactions'));
    expect(listings.length).toBeGreaterThan(1);
    expect(listings.every((u) => !u.searchParams.has('q')), 'q is not documented to match our reference').toBe(true);
    expect(listings.every((u) => u.searchParams.has('from') && u.searchParams.has('to')), 'a window around the send time').toBe(true);
  });

  it('a row whose reference only contains ours is not ours', async () => {
    history = [{ transaction_id: '77', partner_reference_id: `${OURS}-2`, status: 'FAILED', amount: '10450' }];
    const outcome = await client().checkStatus({ partnerReferenceId: OURS });
    expect(outcome.status).toBe('unknown');
  });

  it("a transaction_id whose detail names another sale, or that Klikoo does not have, is marked not ours and never becomes our providerRef", async () => {
    history = others(2);
    const foreign = await client().checkTransaction('1001', OURS);
    expect(foreign).toMatchObject({ status: 'unknown', notOurs: true, message: 'Detail transaksi Klikoo untuk referensi lain (someone-else-1).' });
    expect(foreign.providerRef).toBeUndefined();
    expect(await client().checkTransaction('999999', OURS)).toMatchObject({ status: 'unknown', notOurs: true });
    history = [{ transaction_id: '14430374', partner_reference_id: OURS, status: 'PENDING', amount: '10450' }];
    const ours = await client().checkTransaction('14430374', OURS);
    expect(ours).toMatchObject({ status: 'pending', providerRef: '14430374' });
    expect(ours).not.toHaveProperty('notOurs');
  });

  it('absent from the history is no answer, never "not found"', async () => {
    history = others(3);
    const outcome = await client().checkStatus({ partnerReferenceId: OURS, sentAt: Date.UTC(2026, 10, 24, 3, 0, 0) });
    expect(outcome.status).toBe('unknown');
    expect(outcome.status === 'unknown' && outcome.reason).not.toBe('not_found');
  });
});
