import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient, usePos } from '../../../renderer/src/api/pos';
import { createPosClient, failure } from '../../../renderer/src/api/pos-client';
import { useAppStore, type AppInfo } from '../../../renderer/src/stores/app';
import { createFakePos, ok } from './fake-pos';

const info: AppInfo = { version: '0.1.0', dataDir: '/data', timeZone: 'Asia/Jakarta', businessDay: '2025-11-24', providers: [] };

beforeEach(() => setActivePinia(createPinia()));

/** A core that answers as `answer` says, switchable during the test. */
function core(answer: () => 'up' | 'down' | 'bad-token' | 'wrong-pin') {
  return createFakePos({
    'app:info': () => {
      const now = answer();
      if (now === 'bad-token') return failure('unauthorized', 'Token sesi tidak valid. Buka alamat lengkap yang dicetak saat server dimulai.');
      return ok(info);
    },
    'auth:signIn': () => failure('wrong_pin', 'PIN salah.'),
  });
}

describe('app store: is the core reachable (the header\'s Terhubung / Tidak terhubung)', () => {
  it('says not connected once calls fail because the server is gone, and connected again after one succeeds', async () => {
    let up = true;
    // The real client over a transport that throws, as fetch does when nothing listens.
    setPosClient(createPosClient({
      invoke: () => (up ? Promise.resolve({ ok: true, value: info }) : Promise.reject(new TypeError('Failed to fetch'))),
      onEvent: () => () => undefined,
    }));
    const app = useAppStore();
    expect(app.connected).toBeNull();
    await app.load();
    expect(app.connected).toBe(true);
    up = false;
    await app.load();
    await usePos().call('ledger:balances', {});
    expect(app.connected).toBe(false);
    expect(app.connectionError?.code).toBe('offline');
    up = true;
    await app.load();
    expect(app.connected).toBe(true);
    expect(app.connectionError).toBeNull();
  });

  it('says not connected when the headless server refuses the token (401), even though it answered', async () => {
    setPosClient(core(() => 'bad-token').client);
    const app = useAppStore();
    await app.load();
    expect(app.connected).toBe(false);
    expect(app.connectionError?.code).toBe('unauthorized');
  });

  it('counts a refusal by the core (wrong PIN) as a working connection', async () => {
    setPosClient(core(() => 'up').client);
    const app = useAppStore();
    const answer = await usePos().call('auth:signIn', { userId: 1, pin: '0000' });
    expect(answer.ok).toBe(false);
    expect(app.connected).toBe(true);
  });

  it('knows how the calls made before it existed went (the header is drawn after the first calls)', async () => {
    setPosClient(core(() => 'bad-token').client);
    await usePos().call('app:info', {});
    expect(useAppStore().connected).toBe(false);
  });

  it('says not connected when something else answers (a proxy page, not a Result)', async () => {
    setPosClient(createPosClient({ invoke: () => Promise.resolve('<html>proxy</html>'), onEvent: () => () => undefined }));
    const app = useAppStore();
    await app.load();
    expect(app.connected).toBe(false);
    expect(app.connectionError?.code).toBe('bad_response');
  });
});
