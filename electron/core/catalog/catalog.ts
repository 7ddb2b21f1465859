import type { ProviderId } from '../domain/provider-id';
import type { EventBus } from '../app/event-bus';
import { AppError } from '../errors/app-error';
import { parseTypedAmount } from '../ledger/entry-limit';
import type { Ledger } from '../ledger';
import { formatRupiah, parseCashierAmount, rupiah, type Rupiah } from '../money';
import { CatalogStore } from './catalog-store';
import { formerIdOf } from './product-id';
import { CatalogSync, type SyncOutcome } from './catalog-sync';
import { normaliseCustomer } from './customer-number';
import { operatorMismatch } from './operator-match';
import { normalisePhone, readPhone } from './phone';
import { loadPrefixTable, type PrefixTable } from './prefix-table';
import { isRoundingStep, type PriceParts, type RoundingStep } from './pricing';
import { buildProduct, compareProducts, groupByProduct, matchesQuery, type PricingContext, type ProductView } from './product-view';
import { ALL_HEALTHY, type PriceListFetch, type ProductCategory, type ProviderHealth, type RoutedOffer } from './types';

export interface CatalogDeps {
  ledger: Ledger;
  events: EventBus;
  /** One price-list fetch per provider (see priceListSources). */
  sources: ReadonlyMap<ProviderId, PriceListFetch>;
  /** The operator prefix table; default: resources/operator-prefixes.json (see prefix-table.ts). */
  prefixes?: PrefixTable;
  health?: ProviderHealth;
}

export interface ProductFilter {
  category?: ProductCategory;
  operator?: string;
  query?: string;
  includeUnavailable?: boolean;
}

export interface CatalogRoute {
  productId: string;
  category: ProductCategory;
  operator: string;
  name: string;
  nominal: Rupiah | null;
  /** Selling price; for a bill the outlet's fee on top of the inquiry's total. */
  price: Rupiah;
  /** Cost of the first offer (0 for bills) and price minus it. */
  cost: Rupiah;
  margin: Rupiah;
  /** Active offers in the order to try them; empty when no provider can sell the product now. */
  offers: RoutedOffer[];
  /** Every id this product has been sold under: its id and its lines' ids from before issue 12. */
  sameProductIds: string[];
}

export interface DetectedOperator {
  normalized: string | null;
  operator: string | null;
  operatorName: string | null;
}

/** A category's price rule: markup, then rounding up to the step (0 = none). */
export interface MarkupRule {
  category: ProductCategory;
  markup: Rupiah;
  rounding: RoundingStep;
}

/** Markups above this are almost surely a typo (a price typed into the markup field). */
const MAX_MARKUP = 1_000_000;

/**
 * The catalogue as the rest of the core uses it: products with their selling price, the order in
 * which to try providers for a product, operator detection, the owner's price rules, and the
 * background price-list sync. Reads are cheap queries on every call, so a sync or a rule change
 * shows up at once.
 */
export class Catalog {
  private readonly store: CatalogStore;
  private readonly syncer: CatalogSync;
  private readonly prefixes: PrefixTable;
  private health: ProviderHealth;

  constructor(private readonly deps: CatalogDeps) {
    this.store = new CatalogStore(deps.ledger.db);
    this.syncer = new CatalogSync({ ledger: deps.ledger, store: this.store, events: deps.events, sources: deps.sources });
    this.prefixes = deps.prefixes ?? loadPrefixTable();
    this.health = deps.health ?? ALL_HEALTHY;
  }

  /** Where routing learns which providers have a healthy recent record (the sale engine feeds it). */
  setHealth(health: ProviderHealth): void {
    this.health = health;
  }

  products(filter: ProductFilter = {}): ProductView[] {
    const ctx = this.pricingContext();
    const operators = filter.operator ? new Set(this.prefixes.productOperators(filter.operator.toLowerCase())) : null;
    const views: ProductView[] = [];
    for (const offers of groupByProduct(this.store.allOffers(filter.category)).values()) {
      const { view } = buildProduct(offers, ctx);
      if (operators && !operators.has(view.operator)) continue;
      if (!filter.includeUnavailable && !view.available) continue;
      if (matchesQuery(view, filter.query)) views.push(view);
    }
    return views.sort(compareProducts);
  }

  /** The product as the cashier sees it, or null when no provider lists it. */
  product(productId: string): ProductView | null {
    const offers = this.store.offersOf(this.store.resolveProductId(productId));
    return offers.length > 0 ? buildProduct(offers, this.pricingContext()).view : null;
  }

  /**
   * What the engine needs to sell a product: its price and its active offers in the order to try
   * them (healthy and cheapest first). Undefined for an unknown product; `offers` is empty when no
   * provider can sell it right now.
   */
  route(productId: string): CatalogRoute | undefined {
    const offers = this.store.offersOf(this.store.resolveProductId(productId));
    if (offers.length === 0) return undefined;
    const { view, route } = buildProduct(offers, this.pricingContext());
    const formerIds = offers.map(formerIdOf).filter((id): id is string => id !== null && id !== view.id);
    return {
      productId: view.id,
      category: view.category,
      operator: view.operator,
      name: view.name,
      nominal: view.nominal === null ? null : rupiah(view.nominal),
      price: rupiah(view.price),
      cost: rupiah(view.cost),
      margin: rupiah(view.margin),
      offers: route,
      sameProductIds: [...new Set([view.id, productId, ...formerIds])],
    };
  }

  /** Price, cost and margin of a product now (cost of the offer routing picks first). */
  sellingPrice(productId: string): PriceParts {
    const product = this.product(productId);
    if (!product) throw new AppError('not_found', `Produk ${productId.slice(0, 120)} tidak ada di katalog.`);
    return { price: rupiah(product.price), cost: rupiah(product.cost), margin: rupiah(product.margin) };
  }

  normalisePhone(phone: string): string {
    return normalisePhone(phone);
  }

  /** Phone numbers to 08…, PLN meters and bill numbers to digits; AppError with a clear message otherwise. */
  normaliseCustomer(category: ProductCategory, input: string): string {
    return normaliseCustomer(category, input);
  }

  /**
   * Operator of a number from the prefix table. While the number is still being typed (too short)
   * the operator is named from its first digits and `normalized` stays null; characters that are
   * not digits, a number too long, or one that is not a mobile number are refused.
   */
  detectOperator(phone: string): DetectedOperator {
    const reading = readPhone(phone);
    if (!reading.ok && reading.problem !== 'too_short' && reading.problem !== 'empty') {
      throw new AppError('invalid_input', reading.message);
    }
    const local = reading.ok || reading.problem === 'too_short' ? reading.local : '';
    const info = this.prefixes.lookup(local);
    return { normalized: reading.ok ? reading.local : null, operator: info?.id ?? null, operatorName: info?.name ?? null };
  }

  /** A product of `productOperator` sold to this (normalised) number would go to another operator's number. */
  operatorMismatch(productOperator: string, customerNo: string): { number: string; product: string } | null {
    return operatorMismatch(this.prefixes, productOperator, customerNo);
  }

  markupRules(): MarkupRule[] {
    return [...this.store.priceRules()].map(([category, rule]) => ({ category, markup: rule.markup, rounding: rule.rounding }));
  }

  /** Sets the category's rounding step (0 = none); any other value is refused and changes nothing. */
  setRounding(category: ProductCategory, rounding: number): MarkupRule[] {
    if (!isRoundingStep(rounding)) {
      throw new AppError('invalid_input', `Pembulatan Rp ${rounding} tidak tersedia; pilih tanpa pembulatan, 25, 50, 100, 500 atau 1.000.`);
    }
    this.deps.ledger.transaction(() => this.store.setRounding(category, rounding, this.deps.ledger.now()));
    return this.markupRules();
  }

  setMarkup(category: ProductCategory, input: string | number): MarkupRule[] {
    const markup = input === 0 || (typeof input === 'string' && /^\s*0\s*$/.test(input)) ? rupiah(0) : parseCashierAmount(input);
    if (markup > MAX_MARKUP) throw new AppError('invalid_input', `Markup ${formatRupiah(markup)} terlalu besar; maksimal ${formatRupiah(MAX_MARKUP)}.`);
    this.deps.ledger.transaction(() => this.store.setMarkup(category, markup, this.deps.ledger.now()));
    return this.markupRules();
  }

  /** Sets (or with null removes) the owner's absolute price; refuses a price below the cost. */
  setProductPrice(productId: string, input: string | number | null): ProductView {
    // A typed price is held to the owner's per-transaction limit like every other typed amount.
    const price = input === null ? null : parseTypedAmount(this.deps.ledger.db, input);
    const product = this.product(productId);
    if (!product) throw new AppError('not_found', `Produk ${productId.slice(0, 120)} tidak ada di katalog.`);
    if (price !== null && price < product.cost) {
      throw new AppError(
        'invalid_input',
        `Harga jual ${formatRupiah(price)} di bawah harga modal ${formatRupiah(product.cost)} untuk ${product.name}.`,
      );
    }
    this.deps.ledger.transaction(() => this.store.setOverride(product.id, price, this.deps.ledger.now()));
    return this.product(product.id) ?? product;
  }

  /** Starts a background sync (all providers, or one); progress arrives as catalog:syncProgress. */
  sync(provider?: ProviderId): { started: ProviderId[]; done: Promise<SyncOutcome[]> } {
    return this.syncer.start(provider ? [provider] : undefined);
  }

  /**
   * The start-up sync: providers never synced, or whose last good list is older than `maxAgeMs`,
   * so a fresh install fills its catalogue and a daily start refreshes prices. `canSync` leaves
   * out providers with no endpoint (no simulator and not configured live).
   */
  syncStale(canSync: (provider: ProviderId) => boolean, maxAgeMs = 24 * 3_600_000): { started: ProviderId[]; done: Promise<SyncOutcome[]> } {
    const now = this.deps.ledger.now();
    const stale = this.store
      .syncStatus()
      .filter((s) => s.lastSyncAt === null || now - s.lastSyncAt > maxAgeMs)
      .map((s) => s.provider)
      .filter((p) => this.syncer.providers().includes(p) && canSync(p));
    return this.syncer.start(stale);
  }

  syncStatus(): { provider: ProviderId; running: boolean; lastSyncAt: number | null; lastError: string | null; productCount: number }[] {
    const rows = new Map(this.store.syncStatus().map((r) => [r.provider, r]));
    return this.syncer.providers().map((provider) => {
      const row = rows.get(provider);
      return {
        provider,
        running: this.syncer.isRunning(provider),
        lastSyncAt: row?.lastSyncAt ?? null,
        lastError: row?.lastError ?? null,
        productCount: row?.productCount ?? 0,
      };
    });
  }

  /** Resolves when no sync is running (tests; a shell that wants to close cleanly). */
  idle(): Promise<void> {
    return this.syncer.idle();
  }

  private pricingContext(): PricingContext {
    return { health: this.health, rules: this.store.priceRules(), overrides: this.store.overrides() };
  }
}
