import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import { HEADLESS_SESSION, startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server';
import { signInOwner } from '../../support/sessions';
import { openCoreWithSales } from './core-fixture-exports';

/** Headless mode: a finished export is downloaded over GET /api/exports/file/<name>, behind the same guards as the API. */
const DAY = '2026-11-30';
let t: Awaited<ReturnType<typeof openCoreWithSales>>;
let server: HeadlessServer;
let file: ExportJobView;

beforeEach(async () => {
  t = await openCoreWithSales(25, DAY, 'LKDL');
  // The download is asked with the run's token: the owner is signed in on the headless session.
  await signInOwner(t.core, HEADLESS_SESSION);
  server = await startHeadlessServer({ core: t.core, port: 0 });
  const started = await t.call<ExportJobView>('exports:start', { format: 'xlsx', range: { from: DAY, to: DAY } });
  file = await t.ended(started.jobId);
  // Not exports: a stray file in the export folder and the books next to it.
  writeFileSync(join(t.dir, 'exports', 'catatan.txt'), 'bukan ekspor');
});
afterEach(async () => {
  await server.close();
  await t.close();
});

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise "../"). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const withToken = () => ({ 'X-Loket-Token': server.token });

describe('GET /api/exports/file/<name>', () => {
  it('downloads a finished export as an attachment, with the token in a header or the query', async () => {
    const viaHeader = await get(`/api/exports/file/${file.fileName}`, withToken());
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.headers['content-disposition']).toBe(`attachment; filename="loket-penjualan-${DAY}.xlsx"`);
    expect(viaHeader.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(viaHeader.body.equals(readFileSync(file.path!))).toBe(true);
    // A plain link (<a href download>) cannot send headers: the query token works too.
    expect((await get(`/api/exports/file/${file.fileName}?token=${server.token}`)).status).toBe(200);
  });

  it.each([
    ['no token', () => get(`/api/exports/file/${file.fileName}`), 401],
    ['a wrong token', () => get(`/api/exports/file/${file.fileName}`, { 'X-Loket-Token': 'x'.repeat(32) }), 401],
    ['a foreign Origin', () => get(`/api/exports/file/${file.fileName}`, { ...withToken(), Origin: 'http://evil.example' }), 403],
  ])('refuses %s', async (_name, call, status) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body.toString())).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it.each([
    ['../loket.db', '/api/exports/file/../loket.db'],
    ['an encoded ../', '/api/exports/file/..%2Floket.db'],
    ['an encoded ../../', '/api/exports/file/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['an absolute path', `/api/exports/file/${encodeURIComponent(join(t?.dir ?? '/tmp', 'loket.db'))}`],
    ['a file in the folder that is not an export', '/api/exports/file/catatan.txt'],
    ['an export name that does not exist', '/api/exports/file/loket-penjualan-2020-01-01.xlsx'],
    ['a malformed escape', '/api/exports/file/%E0%A4%A'],
  ])('serves nothing but listed exports: %s', async (_name, path) => {
    const res = await get(path, withToken());
    expect([400, 404, 405]).toContain(res.status);
    expect(res.body.includes(Buffer.from('SQLite format'))).toBe(false);
    expect(JSON.parse(res.body.toString()).ok).toBe(false);
  });
});
