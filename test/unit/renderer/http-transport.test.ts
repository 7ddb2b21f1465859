import { describe, expect, it } from 'vitest';
import { createHttpTransport, type FetchLike } from '../../../renderer/src/api/http-transport';

function setup(answer: unknown = { ok: true, value: {} }) {
  const requests: { url: string; init: Parameters<FetchLike>[1] }[] = [];
  const streams: { url: string; onData: (data: string) => void; onOpen?: () => void; closed: boolean }[] = [];
  const transport = createHttpTransport({
    baseUrl: 'http://127.0.0.1:5555',
    token: 'tok en/1',
    fetch: async (url, init) => {
      requests.push({ url, init });
      return { json: async () => answer };
    },
    subscribe(url, onData, onOpen) {
      const stream = { url, onData, onOpen, closed: false };
      streams.push(stream);
      return () => {
        stream.closed = true;
      };
    },
  });
  return { transport, requests, streams };
}

describe('headless HTTP transport', () => {
  it('tells its stream-open listeners each time the event stream (re)connects', () => {
    const { transport, streams } = setup();
    let opened = 0;
    transport.onEvent(() => undefined);
    const stop = transport.onStreamOpen!(() => opened++);
    streams[0]!.onOpen!();
    streams[0]!.onOpen!();
    expect(opened).toBe(2);
    stop();
    streams[0]!.onOpen!();
    expect(opened).toBe(2);
  });

  it('posts the input as JSON to /api/<channel> with the token header', async () => {
    const { transport, requests } = setup();
    await transport.invoke('ledger:recordOpeningCash', { requestId: 'abcdefgh', amount: '10.000' });
    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:5555/api/ledger:recordOpeningCash',
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Loket-Token': 'tok en/1' },
          body: '{"requestId":"abcdefgh","amount":"10.000"}',
        },
      },
    ]);
  });

  it('returns the body of an error status as the Result (the server always answers one)', async () => {
    const refusal = { ok: false, error: { code: 'unauthorized', message: 'Token salah.' } };
    const { transport } = setup(refusal);
    expect(await transport.invoke('ledger:balances', {})).toEqual(refusal);
  });

  it('shares one event stream, parses messages and closes it with the last listener', () => {
    const { transport, streams } = setup();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = transport.onEvent((event, payload) => a.push([event, payload]));
    const offB = transport.onEvent((event) => b.push(event));
    expect(streams).toHaveLength(1);
    expect(streams[0]?.url).toBe('http://127.0.0.1:5555/api/events?token=tok%20en%2F1');

    streams[0]?.onData('{"event":"ledger:changed","payload":{"entryId":7}}');
    streams[0]?.onData('not json');
    streams[0]?.onData('{"payload":{}}');
    expect(a).toEqual([['ledger:changed', { entryId: 7 }]]);
    expect(b).toEqual(['ledger:changed']);

    offA();
    expect(streams[0]?.closed).toBe(false);
    offB();
    expect(streams[0]?.closed).toBe(true);
  });
});
