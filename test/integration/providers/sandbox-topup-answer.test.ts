import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iakAdapter } from '../../../electron/core/providers/registry/iak-adapter';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Issue 7 item 12: a real top-up recorded while the provider is in Sandbox is parked for Live, so
 * the training deposit on screen does not rise. The core's answer says so (the screen only shows
 * it): parked or not, and how much, the same again when the request is replayed.
 */
const dir = makeTempDir();
let t: Awaited<ReturnType<typeof openTestCore>>;
let live: Awaited<ReturnType<typeof iakAdapter.startSimulator>>;
beforeAll(async () => {
  t = await openTestCore(dir.dir, { sandbox: 'in-process' });
  live = await iakAdapter.startSimulator({ initialBalance: 7_000_000 as never });
});
afterAll(async () => {
  await t.close();
  await live.close();
  dir.cleanup();
});

const call = <T>(channel: string, input: unknown = {}): Promise<T> => channelCaller(t.core)<T>(channel, input);

const topUp = (requestId: string, amount: string): Promise<Record<string, unknown>> =>
  call<Record<string, unknown>>('ledger:recordDepositTopUp', { requestId, provider: 'iak', amount, source: 'bank' });

describe('ledger:recordDepositTopUp answer', () => {
  it('says a top-up recorded in Sandbox was parked for Live, with its amount, also on a replay', async () => {
    const first = await topUp('answer-topup-sandbox', '250.000');
    expect(first).toMatchObject({ duplicate: false, parkedForLive: true, parkedAmount: 250_000 });
    expect(await topUp('answer-topup-sandbox', '250.000')).toEqual({ ...first, duplicate: true });
  });

  it('says nothing was parked for a top-up recorded in Live', async () => {
    await call('providers:configure', { provider: 'iak', mode: 'live', liveBaseUrl: live.baseUrl, credentials: { ...live.credentials } });
    expect(await topUp('answer-topup-live', '100.000')).toMatchObject({ duplicate: false, parkedForLive: false, parkedAmount: 0 });
  });
});
