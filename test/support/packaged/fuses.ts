import { readFile } from 'node:fs/promises';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';

/**
 * The fuses of a packaged Loket, read back from its executable (@electron/fuses) and compared with
 * what electron-builder.yml asks for (`electronFuses`). The smoke test drives a COPY of the app
 * with only the inspect fuse turned on (Playwright's Electron driver needs `--inspect=0`); these
 * helpers prove the shipped binary has the configured fuses and that the copy differs in that one.
 */

export type FuseName = keyof typeof FuseV1Options;
/** What a wire position holds: set on, set off, or removed by this Electron version. */
export type FuseSetting = 'on' | 'off' | 'removed';
/** A fuse wire by fuse name (positions this @electron/fuses does not know are named `fuse<index>`). */
export type FuseWire = Record<string, FuseSetting>;
/** What electron-builder.yml sets, by fuse name; fuses it leaves out keep Electron's default. */
export type ConfiguredFuses = Partial<Record<FuseName, 'on' | 'off'>>;

/** electron-builder's `electronFuses` keys (app-builder-lib FuseOptionsV1) and the fuse each one sets. */
export const FUSE_BY_BUILDER_KEY: Readonly<Record<string, FuseName>> = {
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  loadBrowserProcessSpecificV8Snapshot: 'LoadBrowserProcessSpecificV8Snapshot',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
};

/** `electronFuses` keys that steer the flipping and are not fuses. */
const FLIP_OPTIONS = new Set(['strictlyRequireAllFuses', 'resetAdHocDarwinSignature']);

/** The byte values of a wire position (@electron/fuses FuseState; not exported by the package's index). */
const STATE_BY_BYTE: Readonly<Record<number, FuseSetting>> = { 48: 'off', 49: 'on', 114: 'removed' };

/** The fuse Playwright's Electron driver needs on (it starts the app with `--inspect=0`). */
export const INSPECT_FUSE: FuseName = 'EnableNodeCliInspectArguments';

/**
 * `electronFuses` as fuse names. An unknown key or a value that is not true/false is an error: a
 * typo in the yml would otherwise leave that fuse at Electron's default without anyone noticing.
 */
export function fusesFromBuilderConfig(electronFuses: unknown): ConfiguredFuses {
  if (typeof electronFuses !== 'object' || electronFuses === null || Array.isArray(electronFuses)) {
    throw new Error(`electronFuses is not a map of fuse settings: ${JSON.stringify(electronFuses)}`);
  }
  const configured: ConfiguredFuses = {};
  for (const [key, value] of Object.entries(electronFuses)) {
    if (FLIP_OPTIONS.has(key)) continue;
    const fuse = FUSE_BY_BUILDER_KEY[key];
    if (fuse === undefined) throw new Error(`electronFuses.${key} is not a fuse @electron/fuses knows`);
    if (typeof value !== 'boolean') throw new Error(`electronFuses.${key} must be true or false, not ${JSON.stringify(value)}`);
    configured[fuse] = value ? 'on' : 'off';
  }
  return configured;
}

/** The fuses electron-builder.yml (at `ymlPath`) asks for. */
export async function readBuilderFuses(ymlPath: string): Promise<ConfiguredFuses> {
  const doc = load(await readFile(ymlPath, 'utf8')) as { electronFuses?: unknown } | null;
  if (doc?.electronFuses === undefined) throw new Error(`${ymlPath} has no electronFuses`);
  return fusesFromBuilderConfig(doc.electronFuses);
}

/** The fuse wire of an Electron executable (the file itself on Windows and Linux). */
export async function readFuseWire(executable: string): Promise<FuseWire> {
  const raw = (await getCurrentFuseWire(executable)) as unknown as Record<string, string | number>;
  if (raw.version !== FuseVersion.V1) throw new Error(`${executable}: fuse wire version ${String(raw.version)}, expected ${FuseVersion.V1}`);
  const wire: FuseWire = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'version') continue;
    const index = Number(key);
    const setting = STATE_BY_BYTE[Number(value)];
    if (setting === undefined) throw new Error(`${executable}: fuse ${index} holds an unknown state byte ${String(value)}`);
    wire[FuseV1Options[index] ?? `fuse${index}`] = setting;
  }
  return wire;
}

/** One line per configured fuse the wire does not match, e.g. "RunAsNode: electron-builder.yml says off, the binary has on". */
export function fuseMismatches(wire: FuseWire, configured: ConfiguredFuses): string[] {
  const problems: string[] = [];
  for (const [fuse, wanted] of Object.entries(configured)) {
    const actual = wire[fuse];
    if (actual === undefined) problems.push(`${fuse}: electron-builder.yml says ${wanted}, the binary's fuse wire has no such fuse`);
    else if (actual !== wanted) problems.push(`${fuse}: electron-builder.yml says ${wanted}, the binary has ${actual}`);
  }
  return problems;
}

/** The fuses (by name, sorted) that two wires set differently, a fuse missing from one included. */
export function differingFuses(a: FuseWire, b: FuseWire): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => a[name] !== b[name]).sort();
}

/** Turns the inspect fuse on in `executable` (a copy: never the shipped app), nothing else. */
export async function enableInspectFuse(executable: string): Promise<void> {
  await flipFuses(executable, { version: FuseVersion.V1, [FuseV1Options.EnableNodeCliInspectArguments]: true });
}
