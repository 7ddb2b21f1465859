import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import type { ReadResult } from '../providers/outcome';

/**
 * A provider list that rarely changes (MMBC's airports and airlines), kept in memory and in the
 * `setting` table so the search form still works when the provider cannot be reached. A copy
 * younger than `freshMs` is used without asking; an older one is refreshed, and when the refresh
 * fails the stored copy is answered with a warning (never an invented list). After a failure the
 * provider is not asked again for `retryAfterMs`, so typing in the field never waits on a timeout
 * per keystroke.
 */
export interface ListAnswer<T> {
  items: T[];
  source: 'provider' | 'cache';
  fetchedAt: number | null;
  warning: string | null;
}

interface Stored<T> {
  fetchedAt: number;
  items: T[];
}

export class CachedList<T> {
  private memory: Stored<T> | null | undefined;
  private failedAt: number | null = null;
  private lastFailure = '';
  private inFlight: Promise<ListAnswer<T>> | null = null;

  constructor(
    private readonly options: {
      db: Database.Database;
      key: string;
      now: () => number;
      fetch: () => Promise<ReadResult<T[]>>;
      /** Says what could not be fetched, e.g. "Daftar bandara". */
      label: string;
      freshMs?: number;
      retryAfterMs?: number;
    },
  ) {}

  /** The stored copy without asking anyone (null when there is none). */
  peek(): T[] | null {
    return this.stored()?.items ?? null;
  }

  get(): Promise<ListAnswer<T>> {
    const stored = this.stored();
    const now = this.options.now();
    if (stored && now - stored.fetchedAt < (this.options.freshMs ?? 6 * 3_600_000)) {
      return Promise.resolve({ items: stored.items, source: 'provider', fetchedAt: stored.fetchedAt, warning: null });
    }
    if (stored && this.failedAt !== null && now - this.failedAt < (this.options.retryAfterMs ?? 60_000)) {
      return Promise.resolve(this.fromCache(stored, this.lastFailure));
    }
    this.inFlight ??= this.refresh().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async refresh(): Promise<ListAnswer<T>> {
    let result = await this.options.fetch();
    // A kept-alive socket that died while the provider was away: a read, so asked once more.
    if (!result.ok && result.code === 'connection_reset') result = await this.options.fetch();
    const now = this.options.now();
    if (result.ok && result.value.length > 0) {
      const fresh = { fetchedAt: now, items: result.value };
      this.options.db
        .prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(this.options.key, JSON.stringify(fresh));
      this.memory = fresh;
      this.failedAt = null;
      return { items: fresh.items, source: 'provider', fetchedAt: now, warning: null };
    }
    // An empty list is not believable for airports or airlines: keep the copy we have.
    const why = result.ok ? 'MMBC mengirim daftar kosong' : result.message;
    this.failedAt = now;
    this.lastFailure = why;
    const stored = this.stored();
    if (stored) return this.fromCache(stored, why);
    throw new AppError('provider_unavailable', `${this.options.label} belum bisa diambil dari MMBC dan belum ada salinan tersimpan: ${why}`);
  }

  private fromCache(stored: Stored<T>, why: string): ListAnswer<T> {
    return { items: stored.items, source: 'cache', fetchedAt: stored.fetchedAt, warning: `MMBC tidak dapat dihubungi (${why}); memakai daftar tersimpan.` };
  }

  private stored(): Stored<T> | null {
    if (this.memory === undefined) {
      const row = this.options.db.prepare('SELECT value FROM setting WHERE key = ?').get(this.options.key) as { value: string } | undefined;
      this.memory = row ? parseStored<T>(row.value) : null;
    }
    return this.memory;
  }
}

function parseStored<T>(text: string): Stored<T> | null {
  try {
    const value = JSON.parse(text) as Stored<T>;
    return Number.isFinite(value.fetchedAt) && Array.isArray(value.items) ? value : null;
  } catch {
    return null;
  }
}
