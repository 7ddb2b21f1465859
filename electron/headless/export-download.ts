import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Core } from '../core/app/core';

/** GET /api/exports/file/<fileName>: a finished export, as a download (the browser has no file system). */
export const EXPORT_FILE_ROUTE = '/api/exports/file/';

const TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

/**
 * Serves only a name that `exports:list` lists right now (finished exports in the export folder),
 * and serves it from the path the list gives: a name is looked up, never joined onto a folder, so
 * "../loket.db", encoded slashes or a partial file can never reach anything else. The caller has
 * already applied the /api guards (host, origin, session token).
 */
export async function serveExportFile(core: Core, session: string, res: ServerResponse, encodedName: string): Promise<void> {
  let fileName: string;
  try {
    fileName = decodeURIComponent(encodedName);
  } catch {
    return refuse(res, 400, 'invalid_input', 'Nama file ekspor tidak valid.');
  }
  const listed = await core.dispatch('exports:list', {}, session);
  if (!listed.ok) return refuse(res, 409, listed.error.code, listed.error.message);
  const { files } = listed.value as { files: { fileName: string; path: string; bytes: number }[] };
  const file = files.find((f) => f.fileName === fileName);
  if (!file) return refuse(res, 404, 'not_found', 'File ekspor tidak ditemukan di folder ekspor.');
  const type = file.fileName.endsWith('.csv') ? TYPES.csv : TYPES.xlsx;
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(file.bytes),
    // The listed names are plain ASCII (loket-penjualan-<day>...): safe inside the quotes as they are.
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  await pipeline(createReadStream(file.path), res);
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ ok: false, error: { code, message } }));
}
