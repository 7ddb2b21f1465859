import type { Migration } from './migration';

/**
 * Products from the providers' price lists and the owner's selling-price rules. This is catalogue
 * data, not money: a sync replaces one provider's offers at once, rules are edited in place. What
 * a sale cost and fetched is recorded on the sale itself, so no row here is ever evidence.
 *
 * - catalog_offer: one row per (provider, provider code), mapped to the cashier-facing product id
 *   several providers' offers can share. Bills have cost 0 (the bill is only known at inquiry);
 *   `fee` is the provider's net fee per bill when its price list says it, used only to order
 *   offers. Every other offer has a cost > 0.
 * - catalog_markup: the owner's markup per category (seeded with the defaults).
 * - catalog_price_override: an absolute selling price per product, kept even while no provider
 *   offers the product, so it comes back with the offer.
 * - catalog_sync_status: the last good sync per provider and the last error.
 */
export const migration003: Migration = {
  version: 3,
  name: 'catalog',
  up(db) {
    db.exec(`
      CREATE TABLE catalog_offer (
        provider TEXT NOT NULL CHECK (provider IN ('mmbc','iak','ayoconnect','klikoo')),
        provider_code TEXT NOT NULL CHECK (length(provider_code) BETWEEN 1 AND 80),
        product_id TEXT NOT NULL CHECK (length(product_id) BETWEEN 1 AND 120),
        product_name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('pulsa','data','ewallet','pln_token','bill')),
        operator TEXT NOT NULL,
        nominal INTEGER CHECK (nominal IS NULL OR nominal > 0),
        description TEXT NOT NULL,
        cost INTEGER NOT NULL CHECK (cost >= 0),
        fee INTEGER CHECK (fee IS NULL OR fee >= 0),
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        synced_at INTEGER NOT NULL,
        PRIMARY KEY (provider, provider_code),
        CHECK ((category = 'bill') = (cost = 0))
      ) STRICT;
      CREATE INDEX catalog_offer_by_product ON catalog_offer(product_id);
      CREATE INDEX catalog_offer_by_category ON catalog_offer(category, operator);

      CREATE TABLE catalog_markup (
        category TEXT PRIMARY KEY CHECK (category IN ('pulsa','data','ewallet','pln_token','bill')),
        markup INTEGER NOT NULL CHECK (markup >= 0),
        updated_at INTEGER
      ) STRICT;
      INSERT INTO catalog_markup (category, markup) VALUES
        ('pulsa', 2000), ('data', 2000), ('ewallet', 1500), ('pln_token', 2500), ('bill', 2500);

      CREATE TABLE catalog_price_override (
        product_id TEXT PRIMARY KEY CHECK (length(product_id) BETWEEN 1 AND 120),
        price INTEGER NOT NULL CHECK (price > 0),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE catalog_sync_status (
        provider TEXT PRIMARY KEY CHECK (provider IN ('mmbc','iak','ayoconnect','klikoo')),
        last_sync_at INTEGER,
        last_error TEXT,
        last_error_at INTEGER,
        product_count INTEGER NOT NULL DEFAULT 0 CHECK (product_count >= 0)
      ) STRICT;
      INSERT INTO catalog_sync_status (provider) VALUES ('mmbc'), ('iak'), ('ayoconnect'), ('klikoo');
    `);
  },
};
