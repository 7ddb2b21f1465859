import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPackagedApp, NEEDS_BINARY, readSmokeSettings, stateFileBeside } from '../../support/packaged/smoke-settings';
import { makeTempDir } from '../../support/temp-dir';

/** The packaged smoke test's environment: when it cannot run (and says why), and the folders each phase uses. */
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function tempDir(): string {
  const made = makeTempDir('loket-smoke-settings-');
  cleanups.push(made.cleanup);
  return made.dir;
}

function fakeExecutable(): string {
  const dir = join(tempDir(), 'Loket');
  mkdirSync(dir);
  const file = join(dir, 'loket');
  writeFileSync(file, 'pretend Electron', { mode: 0o755 });
  return file;
}

describe('finding the packaged app', () => {
  it('without LOKET_PACKAGED_APP: the one message that it needs a real Electron binary and where it runs', () => {
    expect(findPackagedApp({})).toEqual({ missing: NEEDS_BINARY });
    expect(findPackagedApp({ LOKET_PACKAGED_APP: '  ' })).toEqual({ missing: NEEDS_BINARY });
    expect(NEEDS_BINARY).toMatch(/^needs a packaged Loket built with a real Electron binary: set LOKET_PACKAGED_APP=.*these machines cannot download Electron; the release workflow runs it$/);
  });

  it('a path that is not a file is named, with the same explanation', () => {
    const dir = tempDir();
    expect(findPackagedApp({ LOKET_PACKAGED_APP: join(dir, 'nope') })).toEqual({ missing: `LOKET_PACKAGED_APP=${join(dir, 'nope')} is not a file; ${NEEDS_BINARY}` });
    expect(findPackagedApp({ LOKET_PACKAGED_APP: dir })).toEqual({ missing: `LOKET_PACKAGED_APP=${dir} is not a file; ${NEEDS_BINARY}` });
  });

  it("resolves a symlink (the deb's /usr/bin/loket) to the app's own folder", () => {
    const real = fakeExecutable();
    const link = join(tempDir(), 'loket');
    symlinkSync(real, link);
    expect(findPackagedApp({ LOKET_PACKAGED_APP: link })).toEqual({ executable: real });
  });
});

describe('the phases and their folders', () => {
  it('full by default, on a new temp dir with the sale file beside it', () => {
    const exe = fakeExecutable();
    expect(readSmokeSettings({}, exe)).toEqual({ executable: exe, phase: 'full', dataDir: null, stateFile: null, appDefaultDataDir: false });
    expect(stateFileBeside('/x/runner/loket-data')).toBe(join('/x/runner', 'loket-smoke-sale.json'));
  });

  it('full takes a named data dir only when it is empty or absent', () => {
    const exe = fakeExecutable();
    const root = tempDir();
    const absent = join(root, 'absent');
    expect(readSmokeSettings({ LOKET_SMOKE_DATA_DIR: absent }, exe).dataDir).toBe(absent);
    const used = join(root, 'used');
    mkdirSync(used);
    expect(readSmokeSettings({ LOKET_SMOKE_DATA_DIR: used }, exe).dataDir).toBe(used);
    writeFileSync(join(used, 'loket.db'), '');
    expect(() => readSmokeSettings({ LOKET_SMOKE_DATA_DIR: used }, exe)).toThrow(`LOKET_SMOKE_DATA_DIR=${used} must be empty or absent`);
  });

  it('reopen needs the full run\'s data dir and its sale file, and says which is missing', () => {
    const exe = fakeExecutable();
    const root = tempDir();
    const data = join(root, 'data');
    const env = { LOKET_SMOKE_PHASE: 'reopen', LOKET_SMOKE_DATA_DIR: data };
    expect(() => readSmokeSettings({ LOKET_SMOKE_PHASE: 'reopen' }, exe)).toThrow('LOKET_SMOKE_PHASE=reopen needs LOKET_SMOKE_DATA_DIR');
    expect(() => readSmokeSettings(env, exe)).toThrow(`LOKET_SMOKE_DATA_DIR=${data} is missing or empty`);
    mkdirSync(data);
    writeFileSync(join(data, 'loket.db'), '');
    expect(() => readSmokeSettings(env, exe)).toThrow(`${join(root, 'loket-smoke-sale.json')} is missing`);
    writeFileSync(join(root, 'loket-smoke-sale.json'), '{}');
    expect(readSmokeSettings(env, exe)).toEqual({ executable: exe, phase: 'reopen', dataDir: data, stateFile: null, appDefaultDataDir: false });
    const elsewhere = join(root, 'elsewhere.json');
    expect(() => readSmokeSettings({ ...env, LOKET_SMOKE_STATE: elsewhere }, exe)).toThrow(`${elsewhere} is missing`);
  });

  it("on the app's own default data folder only when told where that folder is", () => {
    const exe = fakeExecutable();
    const appData = join(tempDir(), 'Loket');
    expect(() => readSmokeSettings({ LOKET_SMOKE_DEFAULT_DATA_DIR: '1' }, exe)).toThrow('LOKET_SMOKE_DEFAULT_DATA_DIR=1 needs LOKET_SMOKE_DATA_DIR');
    expect(readSmokeSettings({ LOKET_SMOKE_DEFAULT_DATA_DIR: '1', LOKET_SMOKE_DATA_DIR: appData }, exe)).toMatchObject({ dataDir: appData, appDefaultDataDir: true });
    expect(readSmokeSettings({ LOKET_SMOKE_DEFAULT_DATA_DIR: '0', LOKET_SMOKE_DATA_DIR: appData }, exe).appDefaultDataDir).toBe(false);
  });

  it('refuses a phase it does not know', () => {
    expect(() => readSmokeSettings({ LOKET_SMOKE_PHASE: 'reinstall' }, fakeExecutable())).toThrow('LOKET_SMOKE_PHASE must be full or reopen, not "reinstall"');
  });
});
