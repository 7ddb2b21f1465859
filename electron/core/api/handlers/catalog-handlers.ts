import type { Catalog } from '../../catalog';
import type { Handlers } from '../dispatch';

type CatalogChannel =
  | 'catalog:products'
  | 'catalog:detectOperator'
  | 'catalog:sync'
  | 'catalog:syncStatus'
  | 'catalog:markupRules'
  | 'catalog:setMarkup'
  | 'catalog:setRounding'
  | 'catalog:setProductPrice';

/** The catalogue's channels: thin wrappers, every rule lives in electron/core/catalog. */
export function catalogHandlers(catalog: Catalog): Pick<Handlers, CatalogChannel> {
  return {
    'catalog:products': (input) => ({ products: catalog.products(input) }),
    'catalog:detectOperator': (input) => catalog.detectOperator(input.phone),
    // The sync runs in the background; the answer only says which providers are syncing now.
    'catalog:sync': (input) => ({ started: catalog.sync(input.provider).started }),
    'catalog:syncStatus': () => ({ providers: catalog.syncStatus() }),
    'catalog:markupRules': () => ({ rules: catalog.markupRules() }),
    'catalog:setMarkup': (input) => ({ rules: catalog.setMarkup(input.category, input.markup) }),
    'catalog:setRounding': (input) => ({ rules: catalog.setRounding(input.category, input.rounding) }),
    'catalog:setProductPrice': (input) => catalog.setProductPrice(input.productId, input.price),
  };
}
