import { AppError } from '../../errors/app-error';
import type { Handlers } from '../dispatch';
import type { salesChannels } from '../channels/sales';

const notYet = (): never => {
  throw new AppError('internal', 'Penjualan belum tersedia.');
};

/** Placeholder until the sales engine lands. */
export function salesHandlers(): Pick<Handlers, keyof typeof salesChannels> {
  return {
    'sales:start': notYet,
    'bills:inquire': notYet,
    'bills:pay': notYet,
    'pln:inquire': notYet,
    'sales:get': notYet,
    'sales:list': notYet,
    'sales:open': notYet,
    'sales:checkNow': notYet,
    'sales:operatorEvidence': notYet,
    'sales:operatorDecision': notYet,
    'sales:refund': notYet,
    'sales:recentNumbers': notYet,
    'sales:setFavourite': notYet,
    'providers:balances': notYet,
  };
}
