import type { Migration } from './migration';

/** Products from the providers' price lists and the owner's selling-price rules (filled in by the catalog work). */
export const migration003: Migration = {
  version: 3,
  name: 'catalog',
  up() {},
};
