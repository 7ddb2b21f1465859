import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useAppStore, type AppInfo } from '../../../renderer/src/stores/app';
import { createFakePos, ok } from './fake-pos';

const info = (timeZone: string, businessDay: string): AppInfo => ({ version: '0.1.0', dataDir: '/data', timeZone, businessDay, providers: [] });

beforeEach(() => setActivePinia(createPinia()));

describe('app store: the outlet time zone', () => {
  it('shows the core\'s answer after a change (zone and business day), and keeps the old one when refused', async () => {
    const pos = createFakePos({
      'app:info': () => ok(info('Asia/Jakarta', '2025-11-24')),
      'app:setTimeZone': ({ timeZone }) => (timeZone === 'Asia/Jayapura' ? ok(info(timeZone, '2025-11-25')) : failure('invalid_input', 'Zona waktu harus WIB, WITA atau WIT.')),
    });
    setPosClient(pos.client);
    const app = useAppStore();
    await app.load();
    const moved = await app.setTimeZone('Asia/Jayapura');
    expect(moved.ok).toBe(true);
    expect(app.info).toMatchObject({ timeZone: 'Asia/Jayapura', businessDay: '2025-11-25' });
    const refused = await app.setTimeZone('Asia/Makassar');
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Zona waktu harus WIB, WITA atau WIT.' } });
    expect(app.info?.timeZone).toBe('Asia/Jayapura');
  });
});

describe('app store: the business day rolls over', () => {
  afterEach(() => vi.useRealTimers());

  it('reads app:info again on shifts:changed and once a minute, and stops on stop()', async () => {
    vi.useFakeTimers();
    let day = '2025-11-24';
    const pos = createFakePos({ 'app:info': () => ok(info('Asia/Jakarta', day)) });
    setPosClient(pos.client);
    const app = useAppStore();
    await app.start();
    expect(app.info?.businessDay).toBe('2025-11-24');
    // Midnight passes while the app stays open: the header's day follows within a minute.
    day = '2025-11-25';
    await vi.advanceTimersByTimeAsync(60_000);
    expect(app.info?.businessDay).toBe('2025-11-25');
    day = '2025-11-26';
    pos.emit('shifts:changed', { shiftId: 3 });
    await vi.waitFor(() => expect(app.info?.businessDay).toBe('2025-11-26'));
    app.stop();
    expect(pos.listenerCount()).toBe(0);
    day = '2025-11-27';
    await vi.advanceTimersByTimeAsync(120_000);
    expect(app.info?.businessDay).toBe('2025-11-26');
  });
});
