import { AppError } from '../../errors/app-error';
import type { Handlers } from '../dispatch';

type CatalogChannel =
  | 'catalog:products'
  | 'catalog:detectOperator'
  | 'catalog:sync'
  | 'catalog:syncStatus'
  | 'catalog:markupRules'
  | 'catalog:setMarkup'
  | 'catalog:setProductPrice';

const notYet = (): never => {
  throw new AppError('internal', 'Katalog belum tersedia.');
};

/** Placeholder until the catalog lands: every call answers a clear refusal. */
export function catalogHandlers(): Pick<Handlers, CatalogChannel> {
  return {
    'catalog:products': notYet,
    'catalog:detectOperator': notYet,
    'catalog:sync': notYet,
    'catalog:syncStatus': notYet,
    'catalog:markupRules': notYet,
    'catalog:setMarkup': notYet,
    'catalog:setProductPrice': notYet,
  };
}
