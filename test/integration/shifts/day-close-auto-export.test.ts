import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { channelCaller } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { signInOwner } from '../../support/sessions';

/**
 * The day close and the exporter are wired together in openCore: with the owner's automatic export
 * on, closing the day writes the day's file into the chosen folder and the recap says where; with it
 * off, nothing is written and the recap says so (autoExport null path, no error).
 */
const dir = makeTempDir();
const now = Date.UTC(2026, 11, 1, 12, 0, 0); // 19:00 WIB, 1 Dec 2026
let core: Core;
let call: ReturnType<typeof channelCaller>;
beforeAll(async () => {
  core = await openCore({ dataDir: dir.dir, backupIntervalMs: 0, sandbox: {}, now: () => now, timeZone: 'Asia/Jakarta' });
  await signInOwner(core);
  call = channelCaller(core);
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

type Recap = ChannelOutput<'day:close'>;

describe('automatic export at day close', () => {
  it('is off by default: the close writes no file', async () => {
    await call('shifts:open', { requestId: 'auto-open-1', cashier: 'Sari', float: { amount: 0 } });
    await call('shifts:close', { requestId: 'auto-close-1', counted: { amount: 0 }, expectedCash: 0 });
    const recap = await call<Recap>('day:close', { requestId: 'auto-day-1', day: '2026-12-01' });
    expect(recap.closed).toBe(true);
    expect(recap.autoExport?.path ?? null).toBeNull();
    expect(recap.autoExport?.error ?? null).toBeNull();
  });

  it("when on, writes the day's export into the owner's folder and the recap names the file", async () => {
    const folder = join(dir.dir, 'usb-stick');
    mkdirSync(folder);
    await call('exports:setSettings', { folder, autoExportAtDayClose: true, autoExportFormat: 'csv' });
    // Opening a shift reopens the closed day; closing again exports.
    await call('shifts:open', { requestId: 'auto-open-2', cashier: 'Budi', float: { amount: 0 } });
    await call('shifts:close', { requestId: 'auto-close-2', counted: { amount: 0 }, expectedCash: 0 });
    const recap = await call<Recap>('day:close', { requestId: 'auto-day-2', day: '2026-12-01' });
    expect(recap.autoExport?.error).toBeNull();
    const path = recap.autoExport?.path ?? '';
    expect(path.startsWith(folder)).toBe(true);
    expect(path).toMatch(/2026-12-01.*\.csv$/);
    expect(existsSync(path)).toBe(true);
  });
});
