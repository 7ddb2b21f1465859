import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * Airline logos as data: URLs. The renderer runs under img-src 'self' data:, so a provider's logo
 * URL never loads there; the core fetches each logo once and keeps it in the `setting` table
 * (key `flights.logo.<sha1 of the URL>`), and the screens get `data:image/...;base64,...`.
 *
 * Only what is safe to put in a page is kept: http(s) URLs, an answer within 5 s, at most 100 KB,
 * Content-Type image/png|jpeg|gif|webp whose first bytes are that format (a server that says
 * image/png and sends HTML or SVG is refused). A logo that failed is tried again at most once a
 * day. Fetching never blocks a search: `refreshInBackground` starts the work and returns.
 */
export const LOGO_MAX_BYTES = 100 * 1024;
export const LOGO_TIMEOUT_MS = 5000;
export const LOGO_RETRY_MS = 24 * 60 * 60 * 1000;

type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

type StoredLogo = { url: string; dataUrl: string; fetchedAt: number } | { url: string; failedAt: number; reason: string };

export type FetchLike = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => Promise<Response>;

export class AirlineLogos {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly options: {
      db: Database.Database;
      now: () => number;
      fetch?: FetchLike;
      timeoutMs?: number;
    },
  ) {}

  /** The stored logo of `url` as a data: URL; null when none is stored (yet) or it failed. */
  dataUrlFor(url: string | null | undefined): string | null {
    if (!url) return null;
    const stored = this.read(url);
    return stored && 'dataUrl' in stored ? stored.dataUrl : null;
  }

  /** Starts fetching the logos not stored yet (failed ones once a day); never throws, never waits. */
  refreshInBackground(urls: Iterable<string | null | undefined>): void {
    void this.refresh(urls);
  }

  /** Fetches the logos that need it, one request per URL at a time; resolves when all are settled. */
  async refresh(urls: Iterable<string | null | undefined>): Promise<void> {
    const wanted = [...new Set([...urls].filter((u): u is string => typeof u === 'string' && u.trim() !== '').map((u) => u.trim()))];
    await Promise.all(wanted.filter((url) => this.due(url)).map((url) => this.fetchOnce(url)));
  }

  private due(url: string): boolean {
    const stored = this.read(url);
    if (!stored) return true;
    return 'failedAt' in stored && this.options.now() - stored.failedAt >= LOGO_RETRY_MS;
  }

  private fetchOnce(url: string): Promise<void> {
    const running = this.inFlight.get(url);
    if (running) return running;
    const work = this.download(url)
      .then((result) => {
        const now = this.options.now();
        this.write(url, typeof result === 'string' ? { url, dataUrl: result, fetchedAt: now } : { url, failedAt: now, reason: result.reason });
      })
      .catch(() => undefined) // a closed database (shutdown mid-fetch) must not become an unhandled rejection
      .finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, work);
    return work;
  }

  /** The logo as a data: URL, or why it is not kept. */
  private async download(url: string): Promise<string | { reason: string }> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { reason: 'URL tidak valid' };
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return { reason: 'bukan http(s)' };
    const fetcher = this.options.fetch ?? ((u, init) => fetch(u, init));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? LOGO_TIMEOUT_MS);
    try {
      const res = await fetcher(target.href, { signal: controller.signal, redirect: 'follow' });
      if (res.status !== 200) return { reason: `HTTP ${res.status}` };
      if (!/^https?:$/.test(new URL(res.url || target.href).protocol)) return { reason: 'dialihkan ke bukan http(s)' };
      const type = imageTypeOf(res.headers.get('content-type'));
      if (!type) return { reason: `jenis ${res.headers.get('content-type') ?? '-'} bukan gambar PNG/JPEG/GIF/WebP` };
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > LOGO_MAX_BYTES) return { reason: 'lebih dari 100 KB' };
      const bytes = await readLimited(res, LOGO_MAX_BYTES, controller);
      if (!bytes) return { reason: 'lebih dari 100 KB' };
      if (!magicMatches(type, bytes)) return { reason: `isi bukan ${type}` };
      return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
    } catch {
      return { reason: 'tidak terjangkau atau lewat 5 detik' };
    } finally {
      clearTimeout(timer);
    }
  }

  private key(url: string): string {
    return `flights.logo.${createHash('sha1').update(url).digest('hex')}`;
  }

  private read(url: string): StoredLogo | null {
    const row = this.options.db.prepare('SELECT value FROM setting WHERE key = ?').get(this.key(url)) as { value: string } | undefined;
    if (!row) return null;
    try {
      const value = JSON.parse(row.value) as StoredLogo;
      return value.url === url ? value : null;
    } catch {
      return null;
    }
  }

  private write(url: string, value: StoredLogo): void {
    this.options.db
      .prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(this.key(url), JSON.stringify(value));
  }
}

function imageTypeOf(header: string | null): ImageType | null {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'image/jpg') return 'image/jpeg';
  return type === 'image/png' || type === 'image/jpeg' || type === 'image/gif' || type === 'image/webp' ? type : null;
}

/** The body, or null as soon as it passes `limit` bytes (the rest is not downloaded). */
async function readLimited(res: Response, limit: number, controller: AbortController): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      controller.abort();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function magicMatches(type: ImageType, b: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((v, i) => b[i] === v);
  const ascii = (at: number, text: string) => [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
  switch (type) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/gif':
      return ascii(0, 'GIF87a') || ascii(0, 'GIF89a');
    case 'image/webp':
      return ascii(0, 'RIFF') && ascii(8, 'WEBP');
  }
}
