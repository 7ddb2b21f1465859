import { FuseV1Options } from '@electron/fuses';

/**
 * electron-builder.yml's `electronFuses` names, as FuseV1Options (the same mapping as
 * electron-builder's PlatformPackager.generateFuseConfig), so the yml stays the single source of
 * what the packaged binary must carry.
 */
const FUSE_BY_BUILDER_NAME: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** The sentinel @electron/fuses looks for; the wire follows it (see @electron/fuses dist/constants.js). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own defaults for the eight V1 fuses (what an unflipped binary carries): a stand-in
 * that starts from these proves electron-builder flipped every fuse the yml sets.
 */
export const ELECTRON_DEFAULT_FUSES: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

const FUSE_COUNT = Object.keys(ELECTRON_DEFAULT_FUSES).length;

/** The bytes Electron embeds: sentinel, wire version 1, wire length, then one '0'/'1' per fuse. */
export function fuseWireBytes(states: Record<FuseV1Options, boolean> = ELECTRON_DEFAULT_FUSES): Buffer {
  // @electron/fuses' FuseState: ENABLE is the byte '1', DISABLE the byte '0' (not exported by the package).
  const wire = Array.from({ length: FUSE_COUNT }, (_, index) => (states[index as FuseV1Options] ? 0x31 : 0x30));
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, FUSE_COUNT, ...wire])]);
}

/** The fuse states electron-builder.yml asks for, by FuseV1Options index; unknown names are an error. */
export function expectedFuses(electronFuses: Record<string, unknown>): Map<FuseV1Options, boolean> {
  const expected = new Map<FuseV1Options, boolean>();
  for (const [name, value] of Object.entries(electronFuses)) {
    const option = FUSE_BY_BUILDER_NAME[name];
    if (option === undefined) throw new Error(`electron-builder.yml electronFuses.${name}: unknown fuse name`);
    if (typeof value !== 'boolean') throw new Error(`electron-builder.yml electronFuses.${name}: expected true/false`);
    expected.set(option, value);
  }
  return expected;
}
