import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchForPageErrors } from '../e2e/support/browser';
import {
  completeSetup,
  findInHistory,
  homeDepositTexts,
  openCounter,
  sandboxDepositTexts,
  screenshotter,
  sellPulsa,
  signInOwner,
  SMOKE_SALE,
} from '../support/counter-smoke';
import { copyAppWithInspectFuse } from '../support/packaged/app-copy';
import { differingFuses, fuseMismatches, INSPECT_FUSE, readBuilderFuses, readFuseWire } from '../support/packaged/fuses';
import { launchPackaged, type RunningApp } from '../support/packaged/launch';
import { globalsBeyondRenderer, nodeGlobalsSeen } from '../support/packaged/page-globals';
import { findPackagedApp, readSmokeSettings, stateFileBeside, type SmokeSettings } from '../support/packaged/smoke-settings';

/**
 * The packaged-app smoke test (issue 13): the built Loket, started by Playwright's Electron driver
 * on a fresh data dir, opens its window on app://, its preload exposes only `pos`, the owner sets
 * the outlet up, Home shows the Sandbox deposits, one pulsa sale succeeds against the in-process
 * simulators, and after a restart on the same data dir Riwayat shows it as Berhasil; Electron is
 * the pinned version and the shipped executable's fuses are electron-builder.yml's.
 *
 * The shipped app has the inspect fuse off, which the driver needs, so a copy of the app's folder
 * with only that fuse turned on is driven (and checked to differ in that fuse alone).
 * Settings: test/support/packaged/smoke-settings.ts. Without an executable the file fails with one
 * message saying so: it is never a pass (scripts/test-all.sh reports it as not run instead).
 */
const REPO = resolve(__dirname, '../..');
const found = findPackagedApp(process.env);

if ('missing' in found) {
  describe('packaged Loket smoke test', () => {
    it('needs a packaged Loket binary', () => {
      throw new Error(found.missing);
    });
  });
} else {
  smokeTest(found.executable);
}

interface RecordedSale {
  refId: string;
  product: string;
  customerNo: string;
}

function smokeTest(executable: string): void {
  let settings: SmokeSettings;
  let work: string;
  let copy: string;
  let dataDir: string;
  let stateFile: string;
  let running: RunningApp | null = null;
  let problems: string[] = [];
  const phase = process.env.LOKET_SMOKE_PHASE?.trim() || 'full';
  const shot = screenshotter(() => window(), join(REPO, 'test-results/packaged'), phase);

  /** The running app's window; the steps after a failed start say so instead of a null error. */
  function window(): RunningApp['window'] {
    if (running === null) throw new Error('the app is not running: an earlier step failed to start it');
    return running.window;
  }

  async function start(): Promise<RunningApp> {
    running = await launchPackaged(copy, {
      dataDir: settings.appDefaultDataDir ? 'app-default' : dataDir,
      configHome: settings.appDefaultDataDir ? undefined : join(work, 'config'),
    });
    problems = watchForPageErrors(running.window);
    return running;
  }

  async function stop(): Promise<void> {
    const app = running;
    running = null;
    await app?.close();
  }

  /** The checks every start makes: the window's origin, what the preload exposes, the Electron version. */
  async function checkShell(app: RunningApp): Promise<void> {
    await expect.poll(() => app.window.url(), { timeout: 60_000 }).toMatch(/^app:\/\/loket\//);
    await app.window.waitForLoadState('domcontentloaded');
    expect(await globalsBeyondRenderer(app.window)).toEqual(['pos']);
    expect(await app.window.evaluate<string[]>('Object.keys(window.pos).sort()')).toEqual(['invoke', 'onEvent']);
    expect(await nodeGlobalsSeen(app.window)).toEqual({});
    const pinned = (JSON.parse(readFileSync(join(REPO, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    expect(await app.app.evaluate(() => process.versions.electron)).toBe(pinned);
    // The ledger is where it must be: the test's folder, or the app's own default one (LOKET_SMOKE_DEFAULT_DATA_DIR).
    await expect.poll(() => existsSync(join(dataDir, 'loket.db')), { timeout: 30_000 }).toBe(true);
  }

  /** Starts the app on the data dir, checks the shell, signs in and finds the recorded sale in Riwayat as Berhasil. */
  async function reopenAndFindSale(shotName: string): Promise<void> {
    const sale = JSON.parse(readFileSync(stateFile, 'utf8')) as RecordedSale;
    const app = await start();
    await checkShell(app);
    await signInOwner(app.window);
    const row = await findInHistory(app.window, sale.refId);
    await shot(shotName);
    expect(row).toEqual({ state: 'success', stateText: 'Berhasil', product: sale.product });
    expect(problems).toEqual([]);
    await stop();
  }

  beforeAll(async () => {
    settings = readSmokeSettings(process.env, executable);
    work = mkdtempSync(join(tmpdir(), 'loket-smoke-'));
    copy = await copyAppWithInspectFuse(settings.executable, join(work, 'app'));
    dataDir = settings.dataDir ?? join(work, 'data');
    if (settings.phase === 'full') mkdirSync(dataDir, { recursive: true });
    stateFile = settings.stateFile ?? stateFileBeside(dataDir);
  });

  afterAll(async () => {
    await stop();
    // The copy goes; a data dir the caller named stays for the reopen phase and the workflow's checks.
    // Windows may hold the copy's files a moment after the process ends: a temp folder left behind
    // is said, not a failure of the smoke test.
    try {
      if (work) rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
    } catch (err) {
      console.warn(`[smoke] could not remove ${work}: ${(err as Error).message}`);
    }
  });

  describe(`packaged Loket smoke test (${phase})`, () => {
    it("the shipped executable has electron-builder.yml's fuses; the driven copy differs only in the inspect fuse", async () => {
      const shipped = await readFuseWire(settings.executable);
      expect(fuseMismatches(shipped, await readBuilderFuses(join(REPO, 'electron-builder.yml')))).toEqual([]);
      const driven = await readFuseWire(copy);
      expect(differingFuses(shipped, driven)).toEqual([INSPECT_FUSE]);
      expect(driven[INSPECT_FUSE]).toBe('on');
    });

    if (phase === 'reopen') {
      it('opens on the earlier data dir (app://, only pos, the pinned Electron) and Riwayat still shows the sale as Berhasil', async () => {
        await reopenAndFindSale('history-after-reinstall');
      });
      return;
    }

    it('starts on a fresh data dir: window on app://, the preload exposes only pos, Electron is the pinned version', async () => {
      const app = await start();
      await checkShell(app);
      await shot('first-window');
    });

    it('the owner sets the outlet up and Home shows the Sandbox deposits', async () => {
      await completeSetup(window());
      await shot('setup-done');
      const deposits = await homeDepositTexts(window());
      await shot('home-balances');
      expect(deposits).toEqual(sandboxDepositTexts());
    });

    it('one pulsa sale succeeds against the in-process simulators', async () => {
      await openCounter(window(), 0);
      const sold = await sellPulsa(window());
      await shot('sale-result');
      expect(sold).toMatchObject({ state: 'success', headline: 'BERHASIL' });
      const recorded: RecordedSale = { refId: sold.refId, product: sold.product, customerNo: SMOKE_SALE.number };
      writeFileSync(stateFile, `${JSON.stringify(recorded, null, 2)}\n`);
      expect(problems).toEqual([]);
    });

    it('quits, starts again on the same data dir, and Riwayat shows the sale as Berhasil', async () => {
      await stop();
      await reopenAndFindSale('history-after-restart');
    });
  });
}
