import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import electronPackage from 'electron/package.json';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The workflow's native-module check must prove the binding works inside Electron. Here there is no
 * Electron binary, so what can be shown is that plain Node is refused: a "pass" under Node would be
 * exactly the false comfort the check exists to prevent (a Node-ABI binding loads in Node).
 */
const SCRIPT = join(__dirname, '../../../scripts/release/check-native-in-electron.cjs');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * Runs the check in Node posing as Electron `version`: the script's own logic, not the ABI, is what
 * this shows. `wrongAbi` makes better-sqlite3's binding refuse to load on the first `new Database`,
 * the way a Node-ABI binding fails inside Electron.
 */
function runPosingAs(version: string, wrongAbi = false): ReturnType<typeof spawnSync> {
  const tmp = makeTempDir('loket-native-check-');
  cleanups.push(tmp.cleanup);
  const pose = join(tmp.dir, 'pose.cjs');
  const lines = [`Object.defineProperty(process.versions, 'electron', { value: ${JSON.stringify(version)}, enumerable: true });`];
  if (wrongAbi) {
    lines.push(
      "const Module = require('node:module');",
      'const load = Module._load;',
      "Module._load = function (request, ...rest) { if (request === 'bindings') return () => { throw new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115'); }; return load.call(this, request, ...rest); };",
    );
  }
  writeFileSync(pose, `${lines.join('\n')}\n`);
  return spawnSync(process.execPath, ['-r', pose, SCRIPT], { encoding: 'utf8' });
}

describe('the native-module check of the release workflow', () => {
  it('refuses to pass under plain Node, saying how to run it inside Electron', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('must run inside Electron');
    expect(run.stderr).toContain('ELECTRON_RUN_AS_NODE=1');
  });

  it('refuses an Electron other than the pinned one', () => {
    const run = runPosingAs('40.0.0');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`running in Electron 40.0.0, but package.json pins ${electronPackage.version}`);
  });

  it('passes when better-sqlite3 opens, writes and reads a WAL file in the pinned version', () => {
    const run = runPosingAs(electronPackage.version);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`better-sqlite3 works in Electron ${electronPackage.version}`);
  });

  it('fails with the rebuild command when the binding does not load (it loads on the first new Database)', () => {
    const run = runPosingAs(electronPackage.version, true);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`better-sqlite3 does not load in Electron ${electronPackage.version}`);
    expect(run.stderr).toContain('NODE_MODULE_VERSION 115');
    expect(run.stderr).toContain(`npx electron-rebuild --force --only better-sqlite3 --version ${electronPackage.version}`);
  });
});
