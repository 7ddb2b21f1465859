#!/usr/bin/env node
// Writes SHA256SUMS.txt beside the release artifacts, in the format `sha256sum -c` reads
// ("<64 hex>  <file name>"), so an outlet or a reviewer can check a download on Linux
// (`sha256sum -c SHA256SUMS.txt`) or Windows (`Get-FileHash Loket-Setup-x.y.z.exe`).
// Node rather than sha256sum/Get-FileHash: one script gives the same file on both release runners.
//
//   node scripts/release/checksums.mjs <dir> [--name SHA256SUMS-linux.txt]
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What an outlet downloads: installers and packages (and their update metadata), never unpacked folders. */
export const ARTIFACT_PATTERN = /\.(exe|AppImage|deb|blockmap|zip|msi)$/;

export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The artifacts directly in `dir`, sorted by name so the file is the same whatever the file system's order. */
export function listArtifacts(dir) {
  return readdirSync(dir)
    .filter((name) => ARTIFACT_PATTERN.test(name) && statSync(join(dir, name)).isFile())
    .sort();
}

export async function writeChecksums(dir, sumsName = 'SHA256SUMS.txt') {
  const names = listArtifacts(dir);
  if (names.length === 0) throw new Error(`Tidak ada berkas rilis (.exe, .AppImage, .deb) di ${dir}: build dulu, baru hitung checksum.`);
  const lines = [];
  for (const name of names) lines.push(`${await sha256File(join(dir, name))}  ${name}`);
  const text = lines.join('\n') + '\n';
  writeFileSync(join(dir, sumsName), text);
  return { file: join(dir, sumsName), lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, flag, value] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/release/checksums.mjs <dir> [--name SHA256SUMS.txt]');
    process.exit(2);
  }
  writeChecksums(dir, flag === '--name' && value ? value : undefined).then(
    ({ file, lines }) => console.log(`${file}\n${lines.join('\n')}`),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
