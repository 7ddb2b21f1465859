/**
 * The catalogue (docs/catalog.md): products from the providers' price lists, selling prices,
 * operator detection, routing. The sale engine uses `Catalog`; openCore builds it with openCatalog.
 */
export { Catalog, type CatalogDeps, type CatalogRoute, type DetectedOperator, type ProductFilter } from './catalog';
export { normaliseCustomer } from './customer-number';
export { openCatalog, type OpenCatalogOptions } from './open-catalog';
export type { SyncOutcome } from './catalog-sync';
export type { PriceParts } from './pricing';
export type { ProductView } from './product-view';
export { normalisePhone, readPhone, type PhoneReading } from './phone';
export { loadPrefixTable, parsePrefixTable, defaultPrefixFile, PrefixTable, type OperatorInfo } from './prefix-table';
export { priceListSources, type ProviderClients } from './price-list-sources';
export {
  ALL_HEALTHY,
  type MappedPriceList,
  type NormalisedOffer,
  type PriceListFetch,
  type PriceListResult,
  type ProductCategory,
  type ProviderHealth,
  type RoutedOffer,
  type StoredOffer,
} from './types';
