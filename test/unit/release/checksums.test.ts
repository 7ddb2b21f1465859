import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

/** The release workflow's checksum step (scripts/release/checksums.mjs), run as the workflow runs it. */
const SCRIPT = join(__dirname, '../../../scripts/release/checksums.mjs');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function releaseDir(): string {
  const tmp = makeTempDir('loket-sums-');
  cleanups.push(tmp.cleanup);
  return tmp.dir;
}

const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('SHA-256 checksums beside the artifacts', () => {
  it('lists every installer and package, sorted, in the format sha256sum -c verifies', () => {
    const dir = releaseDir();
    writeFileSync(join(dir, 'Loket-Setup-0.1.0.exe'), 'windows installer bytes');
    writeFileSync(join(dir, 'Loket-0.1.0.AppImage'), 'appimage bytes');
    writeFileSync(join(dir, 'loket_0.1.0_amd64.deb'), Buffer.from([0, 1, 2, 255]));
    writeFileSync(join(dir, 'builder-debug.yml'), 'not an artifact');
    mkdirSync(join(dir, 'linux-unpacked'));
    writeFileSync(join(dir, 'linux-unpacked', 'loket.exe'), 'inside an unpacked folder: not downloaded by anyone');

    execFileSync(process.execPath, [SCRIPT, dir]);

    const sums = readFileSync(join(dir, 'SHA256SUMS.txt'), 'utf8');
    expect(sums).toBe(
      [
        `${sha256('appimage bytes')}  Loket-0.1.0.AppImage`,
        `${sha256('windows installer bytes')}  Loket-Setup-0.1.0.exe`,
        `${sha256(Buffer.from([0, 1, 2, 255]))}  loket_0.1.0_amd64.deb`,
        '',
      ].join('\n'),
    );
    // The real tool an outlet or reviewer uses agrees, and catches a changed byte.
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'Loket-0.1.0.AppImage'), 'appimage bytez');
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: dir }).status).not.toBe(0);
  });

  it('names its file per runner so the Windows and Linux sums do not overwrite each other', () => {
    const dir = releaseDir();
    writeFileSync(join(dir, 'Loket-Setup-0.1.0.exe'), 'x');
    execFileSync(process.execPath, [SCRIPT, dir, '--name', 'SHA256SUMS-windows.txt']);
    expect(readFileSync(join(dir, 'SHA256SUMS-windows.txt'), 'utf8')).toBe(`${sha256('x')}  Loket-Setup-0.1.0.exe\n`);
  });

  it('fails the release step, writing nothing, when the build left no artifact', () => {
    const dir = releaseDir();
    const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tidak ada berkas rilis');
    expect(readdirSync(dir)).toEqual([]);
  });
});
