import type Database from 'better-sqlite3';
import type { ProviderId } from '../domain/provider-id';
import { rupiah, type Rupiah } from '../money';
import { isRoundingStep, type PriceRule, type RoundingStep } from './pricing';
import { formerIdOf, legacyLineOf } from './product-id';
import type { NormalisedOffer, ProductCategory, StoredOffer } from './types';

export interface SyncStatusRow {
  provider: ProviderId;
  lastSyncAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
  productCount: number;
}

interface OfferRow {
  provider: ProviderId;
  providerCode: string;
  productId: string;
  productName: string;
  category: ProductCategory;
  operator: string;
  nominal: number | null;
  description: string;
  cost: number;
  fee: number | null;
  active: number;
  syncedAt: number;
}

const OFFER_COLUMNS = `provider, provider_code AS providerCode, product_id AS productId, product_name AS productName,
  category, operator, nominal, description, cost, fee, active, synced_at AS syncedAt`;

/**
 * The catalogue tables (migration 003). Reads are plain queries; the only multi-row write is
 * `replaceOffers`, which the caller runs inside one short transaction after the HTTP is done.
 */
export class CatalogStore {
  constructor(private readonly db: Database.Database) {}

  offersOf(productId: string): StoredOffer[] {
    const rows = this.db.prepare(`SELECT ${OFFER_COLUMNS} FROM catalog_offer WHERE product_id = ?`).all(productId) as OfferRow[];
    return rows.map(toOffer);
  }

  /**
   * The product an id names today. An id from before issue 12 (`data:<provider>:<code>`, kept in
   * sale rows, favourites and screens) answers the product its line belongs to now.
   */
  resolveProductId(productId: string): string {
    const line = legacyLineOf(productId);
    if (!line || this.db.prepare('SELECT 1 FROM catalog_offer WHERE product_id = ? LIMIT 1').get(productId)) return productId;
    const row = this.db.prepare('SELECT product_id AS productId FROM catalog_offer WHERE provider = ? AND provider_code = ?').get(line.provider, line.code) as
      | { productId: string }
      | undefined;
    return row?.productId ?? productId;
  }

  allOffers(category?: ProductCategory): StoredOffer[] {
    const rows = category
      ? this.db.prepare(`SELECT ${OFFER_COLUMNS} FROM catalog_offer WHERE category = ?`).all(category)
      : this.db.prepare(`SELECT ${OFFER_COLUMNS} FROM catalog_offer`).all();
    return (rows as OfferRow[]).map(toOffer);
  }

  /** Swaps one provider's whole list: call inside a transaction so sellers never see half of it. */
  replaceOffers(provider: ProviderId, offers: readonly NormalisedOffer[], at: number): void {
    this.db.prepare('DELETE FROM catalog_offer WHERE provider = ?').run(provider);
    const insert = this.db.prepare(
      `INSERT INTO catalog_offer (provider, provider_code, product_id, product_name, category, operator, nominal,
         description, cost, fee, active, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const o of offers) {
      insert.run(provider, o.providerCode, o.productId, o.productName, o.category, o.operator, o.nominal, o.description, o.cost, o.fee, o.active ? 1 : 0, at);
      this.carryOverride(formerIdOf(o), o.productId);
    }
    this.db
      .prepare('UPDATE catalog_sync_status SET last_sync_at = ?, last_error = NULL, last_error_at = NULL, product_count = ? WHERE provider = ?')
      .run(at, offers.length, provider);
  }

  /**
   * The owner's price on a line's old per-provider id follows the line to its shared product, so
   * an upgrade (or a line that comes back later) keeps the owner's decision. When the product has
   * a price of its own already, the newer of the two is kept.
   */
  private carryOverride(fromId: string | null, toId: string): void {
    if (!fromId || fromId === toId) return;
    const from = this.db.prepare('SELECT price, updated_at AS updatedAt FROM catalog_price_override WHERE product_id = ?').get(fromId) as
      | { price: number; updatedAt: number }
      | undefined;
    if (!from) return;
    this.db
      .prepare(
        `INSERT INTO catalog_price_override (product_id, price, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(product_id) DO UPDATE SET price = excluded.price, updated_at = excluded.updated_at
           WHERE excluded.updated_at > catalog_price_override.updated_at`,
      )
      .run(toId, from.price, from.updatedAt);
    this.db.prepare('DELETE FROM catalog_price_override WHERE product_id = ?').run(fromId);
  }

  recordSyncError(provider: ProviderId, message: string, at: number): void {
    this.db.prepare('UPDATE catalog_sync_status SET last_error = ?, last_error_at = ? WHERE provider = ?').run(message.slice(0, 500), at, provider);
  }

  syncStatus(): SyncStatusRow[] {
    return this.db
      .prepare(
        `SELECT provider, last_sync_at AS lastSyncAt, last_error AS lastError, last_error_at AS lastErrorAt,
                product_count AS productCount FROM catalog_sync_status`,
      )
      .all() as SyncStatusRow[];
  }

  /** Markup and rounding per category (migrations 003 and 016). */
  priceRules(): Map<ProductCategory, PriceRule> {
    const rows = this.db.prepare('SELECT category, markup, rounding FROM catalog_markup').all() as { category: ProductCategory; markup: number; rounding: number }[];
    return new Map(rows.map((r) => [r.category, { markup: rupiah(r.markup), rounding: isRoundingStep(r.rounding) ? r.rounding : 0 }]));
  }

  setRounding(category: ProductCategory, rounding: RoundingStep, at: number): void {
    this.db.prepare('UPDATE catalog_markup SET rounding = ?, updated_at = ? WHERE category = ?').run(rounding, at, category);
  }

  setMarkup(category: ProductCategory, markup: Rupiah, at: number): void {
    this.db.prepare('UPDATE catalog_markup SET markup = ?, updated_at = ? WHERE category = ?').run(markup, at, category);
  }

  override(productId: string): Rupiah | null {
    const row = this.db.prepare('SELECT price FROM catalog_price_override WHERE product_id = ?').get(productId) as { price: number } | undefined;
    return row ? rupiah(row.price) : null;
  }

  overrides(): Map<string, Rupiah> {
    const rows = this.db.prepare('SELECT product_id AS productId, price FROM catalog_price_override').all() as { productId: string; price: number }[];
    return new Map(rows.map((r) => [r.productId, rupiah(r.price)]));
  }

  setOverride(productId: string, price: Rupiah | null, at: number): void {
    if (price === null) this.db.prepare('DELETE FROM catalog_price_override WHERE product_id = ?').run(productId);
    else {
      this.db
        .prepare(
          `INSERT INTO catalog_price_override (product_id, price, updated_at) VALUES (?, ?, ?)
             ON CONFLICT(product_id) DO UPDATE SET price = excluded.price, updated_at = excluded.updated_at`,
        )
        .run(productId, price, at);
    }
  }
}

function toOffer(row: OfferRow): StoredOffer {
  return {
    ...row,
    nominal: row.nominal === null ? null : rupiah(row.nominal),
    cost: rupiah(row.cost),
    fee: row.fee === null ? null : rupiah(row.fee),
    active: row.active === 1,
  };
}
