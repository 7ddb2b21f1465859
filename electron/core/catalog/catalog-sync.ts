import type { ProviderId } from '../domain/provider-id';
import type { EventBus } from '../app/event-bus';
import type { Ledger } from '../ledger';
import type { CatalogStore } from './catalog-store';
import type { PriceListFetch, PriceListResult } from './types';

export interface SyncOutcome {
  provider: ProviderId;
  ok: boolean;
  offers: number;
  message: string;
}

/**
 * Price-list sync, in the background. Per provider: fetch over HTTP (no database touched), then one
 * short IMMEDIATE transaction that swaps that provider's offers and stamps the time. A failed
 * fetch leaves the last good list in place and records the error; selling never waits for a sync.
 * A second request for a provider already syncing joins the running one.
 */
export class CatalogSync {
  private readonly running = new Map<ProviderId, Promise<SyncOutcome>>();

  constructor(
    private readonly deps: {
      ledger: Ledger;
      store: CatalogStore;
      events: EventBus;
      sources: ReadonlyMap<ProviderId, PriceListFetch>;
    },
  ) {}

  providers(): ProviderId[] {
    return [...this.deps.sources.keys()];
  }

  isRunning(provider: ProviderId): boolean {
    return this.running.has(provider);
  }

  /** Starts (or joins) the sync of each provider; resolves when all of them have finished. */
  start(providers: readonly ProviderId[] = this.providers()): { started: ProviderId[]; done: Promise<SyncOutcome[]> } {
    const started = providers.filter((p) => this.deps.sources.has(p));
    const done = Promise.all(started.map((p) => this.running.get(p) ?? this.launch(p)));
    return { started, done };
  }

  /** Resolves once every sync running now has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()]);
  }

  private launch(provider: ProviderId): Promise<SyncOutcome> {
    const run = this.run(provider).finally(() => this.running.delete(provider));
    this.running.set(provider, run);
    return run;
  }

  private async run(provider: ProviderId): Promise<SyncOutcome> {
    this.emit(provider, 'fetching', 0, 0, null);
    const result = await this.fetch(provider);
    if (!result.ok) return this.fail(provider, result.message);
    const { offers, skipped } = result.value;
    this.emit(provider, 'saving', 0, offers.length, null);
    try {
      // The core may have been closed while the price list was on its way: nothing to save into.
      if (!this.deps.ledger.db.open) return { provider, ok: false, offers: 0, message: 'Aplikasi sedang ditutup.' };
      this.deps.ledger.transaction(() => this.deps.store.replaceOffers(provider, offers, this.deps.ledger.now()));
    } catch (err) {
      return this.fail(provider, `Gagal menyimpan daftar harga: ${(err as Error).message}`);
    }
    const message = skipped.length > 0 ? `${offers.length} produk; ${skipped.length} baris dilewati.` : `${offers.length} produk.`;
    this.emit(provider, 'done', offers.length, offers.length, message);
    return { provider, ok: true, offers: offers.length, message };
  }

  private async fetch(provider: ProviderId): Promise<PriceListResult> {
    try {
      const fetchOffers = this.deps.sources.get(provider);
      if (!fetchOffers) return { ok: false, message: `Provider ${provider} tidak dikenal.` };
      return await fetchOffers();
    } catch (err) {
      // A client that cannot even be built (no simulator, missing live credentials) is a failed sync.
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }

  private fail(provider: ProviderId, message: string): SyncOutcome {
    try {
      if (this.deps.ledger.db.open) this.deps.store.recordSyncError(provider, message, this.deps.ledger.now());
    } catch (err) {
      console.error(`[loket] catalog sync error for ${provider} not recorded:`, err);
    }
    this.emit(provider, 'failed', 0, 0, message);
    return { provider, ok: false, offers: 0, message };
  }

  private emit(provider: ProviderId, stage: 'fetching' | 'saving' | 'done' | 'failed', done: number, total: number, message: string | null): void {
    this.deps.events.emit('catalog:syncProgress', { provider, stage, done, total, message });
  }
}
