import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimServer, type SimResponse, type SimServer } from '../../../../electron/core/providers/sim-kit';
import {
  createMmbcClient,
  startMmbcSimulator,
  type MmbcClient,
  type MmbcSimulator,
  type MmbcSimulatorOptions,
} from '../../../../electron/core/providers/mmbc';
import { wibIsoDate } from '../../../../electron/core/providers/mmbc/time';

/** A simulator on a manual clock (tests move time instead of sleeping) and a client for it. */
export interface Harness {
  sim: MmbcSimulator;
  client: MmbcClient;
  /** Moves the simulator's clock forward. */
  advance(ms: number): void;
  clientWith(timeoutMs: number): MmbcClient;
}

export async function startHarness(options: MmbcSimulatorOptions = {}, timeoutMs = 5000): Promise<Harness> {
  let now = Date.now();
  const sim = await startMmbcSimulator({ pendingDelayMs: 1000, ...options, now: () => now });
  const clientWith = (ms: number) => createMmbcClient({ baseUrl: sim.baseUrl, credentials: sim.credentials, timeoutMs: ms });
  return {
    sim,
    client: clientWith(timeoutMs),
    advance: (ms) => {
      now += ms;
    },
    clientWith,
  };
}

/** ISO date `days` after today in Jakarta. */
export function daysAhead(days: number): string {
  return wibIsoDate(Date.now() + days * 86_400_000);
}

/** dd-mm-yyyy of an ISO date. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** POSTs a raw form to the simulator, for checks below the client. */
export async function postForm(baseUrl: string, path: string, fields: Record<string, string>, contentType = 'application/x-www-form-urlencoded') {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body: new URLSearchParams(fields).toString() });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** A server that answers every path with whatever the test puts in `next`. */
export interface RawServer {
  server: SimServer;
  next: SimResponse;
}
export async function startRawServer(): Promise<RawServer> {
  const raw: RawServer = { server: undefined as unknown as SimServer, next: { status: 200, text: '' } };
  const handle = () => raw.next;
  raw.server = await startSimServer({
    routes: [
      { method: 'GET', path: /.*/, endpoint: 'any', handle },
      { method: 'POST', path: /.*/, endpoint: 'any', handle },
    ],
  });
  return raw;
}

/** Structural check of a PDF: header, xref offsets pointing at their objects, stream lengths, trailer. */
export function pdfProblems(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const problems: string[] = [];
  if (!text.startsWith('%PDF-1.')) problems.push('no %PDF header');
  if (!/%%EOF\s*$/.test(text)) problems.push('no %%EOF at the end');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const xrefAt = startxref ? Number(startxref[1]) : -1;
  if (!text.startsWith('xref', xrefAt)) return [...problems, 'startxref does not point at the xref table'];
  const head = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(xrefAt));
  if (!head) return [...problems, 'xref header unreadable'];
  const count = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  for (let i = 1; i < count; i += 1) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + (i + 1) * 20);
    const offset = Number(entry.slice(0, 10));
    if (!text.startsWith(`${i} 0 obj`, offset)) problems.push(`xref entry ${i} does not point at object ${i}`);
  }
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    if (!text.startsWith('\nendstream', start + Number(m[1]))) problems.push('stream /Length is wrong');
  }
  if (!/trailer\s*<<[^>]*\/Root 1 0 R/.test(text)) problems.push('trailer without /Root');
  return problems;
}

/** pdftotext's reading of a PDF, or undefined when poppler-utils is not installed. */
export function pdfText(pdf: Buffer): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'mmbc-pdf-'));
  try {
    const file = join(dir, 'etiket.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
