import { describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useFlightPricingStore } from '../../../renderer/src/stores/flight-pricing';
import { createFakePos, ok, type FakeHandlers } from './fake-pos';

function setUp(handlers: FakeHandlers) {
  setActivePinia(createPinia());
  const pos = createFakePos(handlers);
  setPosClient(pos.client);
  return { pos, store: useFlightPricingStore() };
}

describe('flight markup rule (Settings > Harga jual)', () => {
  it('reads the typed markup through the core (a plain 0 allowed) and sends the text as typed', async () => {
    let rule = 0;
    const { pos, store } = setUp({
      'flights:pricingRule': () => ok({ markupPerPassenger: rule }),
      'money:previewAmount': ({ text }) => (text === '15.000' ? ok({ amount: 15_000 } as never) : failure('invalid_input', `"${text}" bukan nominal rupiah.`)),
      'flights:setPricingRule': ({ markupPerPassenger }) => ok({ markupPerPassenger: (rule = markupPerPassenger === '15.000' ? 15_000 : 0) }),
    });
    await store.load();
    expect(store.markupPerPassenger).toBe(0);
    expect(await store.check('0')).toBe(0);
    expect(await store.check('15.000')).toBe(15_000);
    expect(await store.save('15.000')).toBe(true);
    expect(pos.calls.at(-1)).toEqual({ channel: 'flights:setPricingRule', input: { markupPerPassenger: '15.000' } });
    expect(store.markupPerPassenger).toBe(15_000);
  });

  it('keeps the core\'s refusal for the field and changes nothing', async () => {
    const { store } = setUp({
      'flights:pricingRule': () => ok({ markupPerPassenger: 10_000 }),
      'money:previewAmount': ({ text }) => failure('invalid_input', `"${text}" bukan nominal rupiah.`),
      'flights:setPricingRule': () => failure('invalid_input', 'Markup terlalu besar.'),
    });
    await store.load();
    expect(await store.check('abc')).toBeNull();
    expect(store.error).toEqual({ code: 'invalid_input', message: '"abc" bukan nominal rupiah.' });
    expect(await store.save('99999999999')).toBe(false);
    expect(store.error?.message).toBe('Markup terlalu besar.');
    expect(store.markupPerPassenger).toBe(10_000);
  });
});
