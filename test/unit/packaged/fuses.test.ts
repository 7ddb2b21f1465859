import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  differingFuses,
  enableInspectFuse,
  fuseMismatches,
  fusesFromBuilderConfig,
  readBuilderFuses,
  readFuseWire,
  INSPECT_FUSE,
} from '../../support/packaged/fuses';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The smoke test's fuse helpers, on a crafted file holding a fuse wire the way Electron's binary
 * does (sentinel, version 1, length, one byte per fuse: '0' off, '1' on, 'r' removed), since no real
 * Electron binary can be downloaded here.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const OFF = 0x30;
const ON = 0x31;
const REMOVED = 0x72;

/** The order of FuseV1Options: RunAsNode, EnableCookieEncryption, ... GrantFileProtocolExtraPrivileges. */
const SHIPPED = [OFF, ON, OFF, OFF, ON, ON, OFF, OFF];

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function craftedBinary(states: number[]): Promise<string> {
  const dir = makeTempDir('loket-fuses-');
  cleanups.push(dir.cleanup);
  const file = join(dir.dir, 'loket');
  const bytes = Buffer.concat([
    Buffer.from('\x7fELF pretend machine code before the wire '),
    Buffer.from(SENTINEL),
    Buffer.from([1, states.length, ...states]),
    Buffer.from(' and after it'),
  ]);
  await writeFile(file, bytes);
  return file;
}

describe('electron-builder.yml electronFuses as fuse names', () => {
  it('maps every builder key to its fuse and skips the flip options', () => {
    expect(
      fusesFromBuilderConfig({
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        loadBrowserProcessSpecificV8Snapshot: true,
        grantFileProtocolExtraPrivileges: false,
        resetAdHocDarwinSignature: true,
        strictlyRequireAllFuses: false,
      }),
    ).toEqual({
      RunAsNode: 'off',
      EnableCookieEncryption: 'on',
      EnableNodeOptionsEnvironmentVariable: 'off',
      EnableNodeCliInspectArguments: 'off',
      EnableEmbeddedAsarIntegrityValidation: 'on',
      OnlyLoadAppFromAsar: 'on',
      LoadBrowserProcessSpecificV8Snapshot: 'on',
      GrantFileProtocolExtraPrivileges: 'off',
    });
  });

  it('refuses a key that is not a fuse and a value that is not true/false, naming it', () => {
    expect(() => fusesFromBuilderConfig({ runAsnode: false })).toThrow('electronFuses.runAsnode is not a fuse');
    expect(() => fusesFromBuilderConfig({ runAsNode: 'false' })).toThrow('electronFuses.runAsNode must be true or false, not "false"');
    expect(() => fusesFromBuilderConfig(null)).toThrow('electronFuses is not a map');
  });

  it("reads the project's electron-builder.yml, which ships the inspect fuse off (why the smoke test drives a copy)", async () => {
    const configured = await readBuilderFuses(resolve(__dirname, '../../../electron-builder.yml'));
    expect(configured[INSPECT_FUSE]).toBe('off');
    expect(configured.RunAsNode).toBe('off');
  });
});

describe('the fuse wire of an executable', () => {
  it('reads each fuse by name, a removed one as removed', async () => {
    const file = await craftedBinary([OFF, ON, OFF, OFF, ON, ON, REMOVED, OFF]);
    expect(await readFuseWire(file)).toEqual({
      RunAsNode: 'off',
      EnableCookieEncryption: 'on',
      EnableNodeOptionsEnvironmentVariable: 'off',
      EnableNodeCliInspectArguments: 'off',
      EnableEmbeddedAsarIntegrityValidation: 'on',
      OnlyLoadAppFromAsar: 'on',
      LoadBrowserProcessSpecificV8Snapshot: 'removed',
      GrantFileProtocolExtraPrivileges: 'off',
    });
  });

  it('names a fuse newer than @electron/fuses by its position', async () => {
    const file = await craftedBinary([...SHIPPED, ON]);
    expect((await readFuseWire(file)).fuse8).toBe('on');
  });

  it('says so when the file has no fuse wire', async () => {
    const dir = makeTempDir('loket-fuses-');
    cleanups.push(dir.cleanup);
    const file = join(dir.dir, 'not-electron');
    await writeFile(file, 'a shell script, not Electron');
    await expect(readFuseWire(file)).rejects.toThrow('Could not find sentinel');
  });

  it('matches the configured fuses, and names each one the binary sets otherwise', async () => {
    const configured = fusesFromBuilderConfig({ runAsNode: false, enableCookieEncryption: true, enableNodeCliInspectArguments: false });
    expect(fuseMismatches(await readFuseWire(await craftedBinary(SHIPPED)), configured)).toEqual([]);
    const runAsNodeOn = await readFuseWire(await craftedBinary([ON, ...SHIPPED.slice(1)]));
    expect(fuseMismatches(runAsNodeOn, configured)).toEqual(['RunAsNode: electron-builder.yml says off, the binary has on']);
    const short = await readFuseWire(await craftedBinary(SHIPPED.slice(0, 2)));
    expect(fuseMismatches(short, configured)).toEqual([
      "EnableNodeCliInspectArguments: electron-builder.yml says off, the binary's fuse wire has no such fuse",
    ]);
  });

  it('turns on the inspect fuse in a copy and nothing else: the wires differ in exactly that fuse, the other bytes are untouched', async () => {
    const shipped = await craftedBinary(SHIPPED);
    const copy = await craftedBinary(SHIPPED);
    await enableInspectFuse(copy);
    const [before, after] = [await readFuseWire(shipped), await readFuseWire(copy)];
    expect(after[INSPECT_FUSE]).toBe('on');
    expect(differingFuses(before, after)).toEqual([INSPECT_FUSE]);
    const [shippedBytes, copyBytes] = [await readFile(shipped), await readFile(copy)];
    const changed = [...copyBytes.keys()].filter((i) => copyBytes[i] !== shippedBytes[i]);
    expect(changed).toEqual([shippedBytes.indexOf(SENTINEL) + SENTINEL.length + 2 + 3]);
  });

  it('counts a fuse only one wire has as a difference', () => {
    expect(differingFuses({ RunAsNode: 'off' }, { RunAsNode: 'off', fuse8: 'on' })).toEqual(['fuse8']);
    expect(differingFuses({ RunAsNode: 'off' }, { RunAsNode: 'off' })).toEqual([]);
  });
});
