import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openCore, type OpenCoreOptions } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { channelCaller } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/**
 * The outlet's zone set in Settings: kept in the ledger, read at start (option > setting > env >
 * WIB), applied at once. 23:30 WIB on 1 Dec is already 00:30 WITA on 2 Dec.
 */
const LATE_EVENING = Date.UTC(2026, 11, 1, 16, 30, 0);
const dirs: ReturnType<typeof makeTempDir>[] = [];
const cores: Core[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const core of cores.splice(0)) await core.close();
  for (const dir of dirs.splice(0)) dir.cleanup();
});

async function open(dir: string, options: Partial<OpenCoreOptions> = {}) {
  const core = await openCore({ dataDir: dir, backupIntervalMs: 0, sandbox: {}, now: () => LATE_EVENING, ...options });
  cores.push(core);
  await signInOwner(core);
  return { core, call: channelCaller(core) };
}
const fresh = () => {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.dir;
};
const days = async (call: ReturnType<typeof channelCaller>, day: string) =>
  (await call<ChannelOutput<'ledger:journalForDay'>>('ledger:journalForDay', { day })).entries.map((e) => e.memo);

describe('the outlet time zone', () => {
  it('changes live: new entries and shifts take the new business day, rows already written keep theirs', async () => {
    const { call } = await open(fresh());
    await call('ledger:recordOpeningCash', { requestId: 'tz-cash-wib', amount: '10.000', note: 'sebelum' });
    const info = await call<ChannelOutput<'app:setTimeZone'>>('app:setTimeZone', { timeZone: 'Asia/Makassar' });
    expect(info).toMatchObject({ timeZone: 'Asia/Makassar', businessDay: '2026-12-02' });
    await call('ledger:recordOpeningCash', { requestId: 'tz-cash-wita', amount: '10.000', note: 'sesudah' });
    const shift = await call<ChannelOutput<'shifts:open'>>('shifts:open', { requestId: 'tz-open-1', cashier: 'Sari', float: { amount: 20_000 } });
    expect(shift.businessDay).toBe('2026-12-02');
    expect(await days(call, '2026-12-01')).toEqual(['Modal awal kas laci: sebelum']);
    expect(await days(call, '2026-12-02')).toEqual(['Modal awal kas laci: sesudah']);
  });

  it('is read back at the next start; an explicit option still wins, and the env only counts when nothing is stored', async () => {
    const dir = fresh();
    vi.stubEnv('LOKET_TIME_ZONE', 'Asia/Jayapura');
    const first = await open(dir);
    expect(await first.call('app:info')).toMatchObject({ timeZone: 'Asia/Jayapura' });
    await first.call('app:setTimeZone', { timeZone: 'Asia/Makassar' });
    await first.core.close();
    cores.length = 0;
    const second = await open(dir);
    expect(await second.call('app:info')).toMatchObject({ timeZone: 'Asia/Makassar', businessDay: '2026-12-02' });
    await second.core.close();
    cores.length = 0;
    const third = await open(dir, { timeZone: 'Asia/Jakarta' });
    expect(await third.call('app:info')).toMatchObject({ timeZone: 'Asia/Jakarta', businessDay: '2026-12-01' });
  });

  it('is refused while a shift is open (its business day would change under it), and allowed once it is closed', async () => {
    const { core, call } = await open(fresh());
    await call('shifts:open', { requestId: 'tz-open-refused', cashier: 'Sari', float: { amount: 0 } });
    expect(await core.dispatch('app:setTimeZone', { timeZone: 'Asia/Makassar' }, OWNER_SESSION)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Tutup kasir dulu sebelum mengganti zona waktu.' },
    });
    expect(await call('app:info')).toMatchObject({ timeZone: 'Asia/Jakarta', businessDay: '2026-12-01' });
    await call('shifts:close', { requestId: 'tz-close-refused', counted: { amount: 0 }, expectedCash: 0 });
    expect(await call('app:setTimeZone', { timeZone: 'Asia/Makassar' })).toMatchObject({ timeZone: 'Asia/Makassar', businessDay: '2026-12-02' });
  });

  it('refuses a zone that is not WIB, WITA or WIT', async () => {
    const { core } = await open(fresh());
    expect(await core.dispatch('app:setTimeZone', { timeZone: 'Europe/Amsterdam' }, OWNER_SESSION)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'timeZone: Zona waktu harus WIB, WITA atau WIT.' },
    });
  });
});
