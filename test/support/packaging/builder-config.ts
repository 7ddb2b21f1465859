import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** electron-builder.yml as the plain object electron-builder reads (the single source for the checks). */
export type BuilderConfig = Record<string, unknown>;

export function readBuilderConfig(projectDir: string): BuilderConfig {
  const config = load(readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8'));
  if (!config || typeof config !== 'object') throw new Error('electron-builder.yml is not a mapping');
  return config as BuilderConfig;
}

/** The Electron version the project pins (node_modules/electron), never a copy of the number. */
export function pinnedElectronVersion(projectDir: string): string {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** A nested section of the config (e.g. 'nsis'), or an empty object when absent. */
export function section(config: BuilderConfig, name: string): Record<string, unknown> {
  const value = config[name];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
