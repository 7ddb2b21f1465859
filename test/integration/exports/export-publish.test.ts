import * as realFs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, insertSettledSales, openExportWorld, type ExportWorld } from './export-fixture';

/**
 * Publishing never replaces a file: another program may create the export's name at any moment,
 * also between a check and a rename. existsSync is made to miss that file (as if it appeared right
 * after the check), which only a no-replace publish (link, EEXIST -> next name) survives.
 */
const blind = vi.hoisted(() => ({ path: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof realFs>();
  return { ...fs, existsSync: (path: realFs.PathLike) => (path === blind.path ? false : fs.existsSync(path)) };
});

let world: ExportWorld;
beforeEach(async () => {
  world = await openExportWorld();
});
afterEach(() => {
  blind.path = null;
  world.close();
});

describe('publishing a finished export', () => {
  it("keeps a file that appeared under its name at the last moment and takes the next free name", async () => {
    insertSettledSales(world.db, 10, DAY, 'LKPUBLISH');
    const folder = join(world.dir, 'exports');
    const theirs = join(folder, `loket-penjualan-${DAY}.csv`);
    const exporter = world.exporter({
      afterFinish: () => {
        realFs.writeFileSync(theirs, 'not ours');
        blind.path = theirs;
      },
    });
    const ended = await exporter.whenEnded(exporter.start({ format: 'csv', range: { from: DAY, to: DAY } }).jobId);
    expect(ended).toMatchObject({ state: 'done', fileName: `loket-penjualan-${DAY}-2.csv`, path: join(folder, `loket-penjualan-${DAY}-2.csv`) });
    expect(realFs.readFileSync(theirs, 'utf8')).toBe('not ours');
    expect(realFs.readdirSync(folder).sort()).toEqual([`loket-penjualan-${DAY}-2.csv`, `loket-penjualan-${DAY}.csv`]);
  });
});
