import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/app/data-dir';
import { APP_VERSION } from '../../../electron/core/app/version';

describe('app identity', () => {
  it('reports the version package.json ships', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('puts data where Electron would, unless LOKET_DATA_DIR says otherwise', () => {
    expect(defaultDataDir({ LOKET_DATA_DIR: '/srv/loket' }, 'linux')).toBe('/srv/loket');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.cfg' }, 'linux')).toBe(join('/home/a/.cfg', 'Loket'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Roaming', 'Loket'));
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library[/\\]Application Support[/\\]Loket$/);
  });
});
