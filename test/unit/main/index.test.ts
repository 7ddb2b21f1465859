import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as fake from '../../fakes/electron';
import { createFakeCore } from './fake-core';

vi.mock('electron', () => import('../../fakes/electron'));
const core = createFakeCore();
vi.mock('../../../electron/core/app/open-core', () => ({ openCore: vi.fn(async () => core) }));

describe('electron/main/index.ts', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('starts the app with the real core opener and the built preload next to main', async () => {
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const { openCore } = await import('../../../electron/core/app/open-core');
    expect(openCore).toHaveBeenCalledOnce();
    // The desktop shell hands the core its OS printers (headless passes none).
    expect(openCore).toHaveBeenCalledWith(expect.objectContaining({ osPrinters: { list: expect.any(Function), printRaw: expect.any(Function), printHtml: expect.any(Function) } }));
    const preload = String((fake.BrowserWindow.instances[0]?.options.webPreferences as { preload: string }).preload);
    expect(preload.endsWith(path.join('preload', 'index.js'))).toBe(true);
    expect(path.isAbsolute(preload)).toBe(true);
  });
});
