import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Opens the file in LibreOffice headless and converts it to CSV: proof that a real spreadsheet
 * program reads it. Its own profile dir, so parallel test files never share a LibreOffice lock.
 */
export async function convertWithLibreOffice(file: string): Promise<{ code: number; csv: string; stderr: string }> {
  const work = mkdtempSync(join(tmpdir(), 'loket-soffice-'));
  try {
    const profile = `file://${join(work, 'profile')}`;
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', work, file],
        { timeout: 120_000 },
        (err, _stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    const name = basename(file).replace(/\.[^.]+$/, '.csv');
    const csv = readdirSync(work).includes(name) ? readFileSync(join(work, name), 'utf8') : '';
    return { code, csv, stderr };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
