import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuseWireBytes } from './fuse-wire';

/**
 * A stand-in for Electron's Linux distribution (the folder electron-builder's `electronDist` points
 * at): these machines cannot download the real binary (shared/TOOLCHAIN.md). Its `electron` is a
 * shell script that refuses to run, with a real fuse wire (Electron's defaults) in a trailing comment,
 * so electron-builder flips the fuses exactly as it would in the real binary and the test reads them back.
 * Beside it the files electron-builder handles in a real dist: LICENSE (kept as LICENSE.electron.txt),
 * version, resources/ and a locale pack.
 */
export function writeStandInElectronDist(dir: string, electronVersion: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const script = Buffer.concat([
    Buffer.from(
      '#!/bin/sh\n' +
        `echo "Loket packaging test: stand-in for Electron ${electronVersion}, not a real binary" >&2\n` +
        'exit 1\n' +
        '# fuse wire read and flipped by @electron/fuses: ',
      'latin1',
    ),
    fuseWireBytes(),
    Buffer.from('\n', 'latin1'),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for Electron\'s MIT license (packaging test only).\n');
  writeFileSync(join(dir, 'version'), `${electronVersion}\n`);
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stand-in locale pack\n');
}
