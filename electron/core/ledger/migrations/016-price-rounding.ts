import type { Migration } from './migration';

/**
 * Issue 12: the owner's rounding rule per category, next to its markup. A selling price from cost +
 * markup is rounded UP to the step (0 = none; 25, 50, 100, 500, 1.000 rupiah), never down: the
 * outlet never sells under its markup. An owner's absolute price for a product is never rounded.
 */
export const migration016: Migration = {
  version: 16,
  name: 'price-rounding',
  up(db) {
    db.exec(`
      ALTER TABLE catalog_markup ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0
        CHECK (rounding IN (0, 25, 50, 100, 500, 1000));
    `);
  },
};
