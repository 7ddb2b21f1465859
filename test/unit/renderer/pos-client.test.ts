import { describe, expect, it } from 'vitest';
import { createPosClient, OFFLINE_MESSAGE, type PosTransport } from '../../../renderer/src/api/pos-client';

function transport(invoke: PosTransport['invoke']): PosTransport {
  return { invoke, onEvent: () => () => undefined };
}

describe('pos client', () => {
  it('passes the core Results through unchanged', async () => {
    const refusal = { ok: false, error: { code: 'invalid_input', message: 'Nominal "abc" tidak valid.' } };
    const client = createPosClient(transport(async () => refusal));
    expect(await client.call('ledger:recordOpeningCash', { requestId: 'req-12345', amount: 'abc' })).toEqual(refusal);
  });

  it('turns a transport failure into an offline Result instead of throwing', async () => {
    const client = createPosClient(
      transport(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await client.call('ledger:balances', {})).toEqual({
      ok: false,
      error: { code: 'offline', message: OFFLINE_MESSAGE },
    });
  });

  it.each([null, 'oops', { ok: true }, { ok: false, error: { code: 1 } }, { ok: 'yes', value: 1 }])(
    'refuses an answer that is not a Result: %j',
    async (answer) => {
      const client = createPosClient(transport(async () => answer));
      const result = await client.call('ledger:balances', {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad_response');
    },
  );

  it('delivers only the subscribed event and stops after unsubscribe', () => {
    let emit: (event: string, payload: unknown) => void = () => undefined;
    const client = createPosClient({
      invoke: async () => null,
      onEvent(listener) {
        emit = listener;
        return () => {
          emit = () => undefined;
        };
      },
    });
    const seen: unknown[] = [];
    const off = client.on('ledger:changed', (payload) => seen.push(payload));
    emit('something:else', { entryId: 1 });
    emit('ledger:changed', { entryId: 2 });
    off();
    emit('ledger:changed', { entryId: 3 });
    expect(seen).toEqual([{ entryId: 2 }]);
  });
});
