import type Database from 'better-sqlite3';
import type { Catalog } from '../../catalog';
import { parseTypedAmount } from '../../ledger/entry-limit';
import type { Handlers } from '../dispatch';

type CatalogChannel =
  | 'catalog:products'
  | 'catalog:detectOperator'
  | 'catalog:sync'
  | 'catalog:syncStatus'
  | 'catalog:markupRules'
  | 'catalog:setMarkup'
  | 'catalog:setProductPrice';

/** The catalogue's channels: thin wrappers, every rule lives in electron/core/catalog. */
export function catalogHandlers(catalog: Catalog, db: Database.Database): Pick<Handlers, CatalogChannel> {
  return {
    'catalog:products': (input) => ({ products: catalog.products(input) }),
    'catalog:detectOperator': (input) => catalog.detectOperator(input.phone),
    // The sync runs in the background; the answer only says which providers are syncing now.
    'catalog:sync': (input) => ({ started: catalog.sync(input.provider).started }),
    'catalog:syncStatus': () => ({ providers: catalog.syncStatus() }),
    'catalog:markupRules': () => ({ rules: catalog.markupRules() }),
    'catalog:setMarkup': (input) => ({ rules: catalog.setMarkup(input.category, input.markup) }),
    // A typed selling price is held to the owner's per-transaction limit like any typed amount.
    'catalog:setProductPrice': (input) =>
      catalog.setProductPrice(input.productId, input.price === null ? null : parseTypedAmount(db, input.price)),
  };
}
