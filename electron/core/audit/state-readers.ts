import type { Channel, ChannelOutput } from '../api/contract';

/**
 * For an owner action that changes a setting: the reader channel that shows that setting, so the
 * audit line holds what was there before and after (not only what was asked). `pick` keeps the
 * part the action touches (one markup rule, one provider, one user). Channels not listed here
 * (withdrawals, deposit entries, refunds, decisions, restores) record what was asked and answered.
 */
export interface StateReader {
  channel: Channel;
  input: unknown;
  pick(output: unknown, input: unknown): unknown;
}

function reader<R extends Channel>(channel: R, pick: (output: ChannelOutput<R>, input: never) => unknown = (o) => o, input: unknown = {}): StateReader {
  return { channel, input, pick: pick as StateReader['pick'] };
}

const byId = <T extends { id: unknown }>(list: readonly T[], id: unknown): T | null => list.find((item) => item.id === id) ?? null;

export const stateReaders: Partial<Record<Channel, StateReader>> = {
  'app:setTimeZone': reader('app:info', (o) => ({ timeZone: o.timeZone })),
  'receipts:setSettings': reader('receipts:settings'),
  'exports:setSettings': reader('exports:settings'),
  'flights:setPricingRule': reader('flights:pricingRule'),
  'ledger:setEntryLimit': reader('ledger:entryLimit'),
  'catalog:setMarkup': reader('catalog:markupRules', (o, input: { category: string }) => o.rules.find((r) => r.category === input.category) ?? null),
  'catalog:setRounding': reader('catalog:markupRules', (o, input: { category: string }) => o.rules.find((r) => r.category === input.category) ?? null),
  // A product's own selling price lives on the product, not in the markup rules.
  'catalog:setProductPrice': reader(
    'catalog:products',
    (o, input: { productId: string }) => {
      const product = byId(o.products, input.productId);
      return product && { id: product.id, name: product.name, price: product.price, cost: product.cost };
    },
    { includeUnavailable: true },
  ),
  'providers:configure': reader('providers:list', (o, input: { provider: string }) => byId(o.providers, input.provider)),
  'outlet:setProfile': reader('outlet:profile'),
  'auth:setIdleLock': reader('auth:status', (o) => ({ idleLockMinutes: o.idleLockMinutes })),
  'users:update': reader('users:list', (o, input: { id: number }) => byId(o.users, input.id)),
  'users:resetPin': reader('users:list', (o, input: { id: number }) => byId(o.users, input.id)),
};
