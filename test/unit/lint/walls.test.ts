import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The process walls are enforced by ESLint (eslint.config.mjs). These cases lint code as if it lived
 * at a given path, so breaking a wall, or weakening the rule, fails this test.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const restricted = /no-restricted-imports/;

describe('architecture walls', () => {
  it.each([
    ['core importing electron', 'electron/core/ledger/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['core requiring electron', 'electron/core/x.ts', "import * as e from 'electron';\nexport const a = e;\n"],
    ['core importing main', 'electron/core/x.ts', "import { a } from '../main/window';\nexport const b = a;\n"],
    ['headless importing electron', 'electron/headless/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer importing the ledger', 'renderer/src/x.ts', "import { Ledger } from '../../electron/core/ledger';\nexport const a = Ledger;\n"],
    ['renderer importing main', 'renderer/src/x.ts', "import { a } from '../../electron/main/ipc';\nexport const b = a;\n"],
    ['renderer importing the contract at runtime', 'renderer/src/x.ts', "import { contract } from '../../electron/core/api/contract';\nexport const a = contract;\n"],
    ['renderer importing electron', 'renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['a test using ipcMain', 'test/unit/x.test.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
  ])('fails lint: %s', async (_name, path, code) => {
    expect((await ruleIds(path, code)).some((id) => restricted.test(id))).toBe(true);
  });

  it.each([
    ['renderer importing contract types', 'renderer/src/x.ts', "import type { Channel } from '../../electron/core/api/contract';\nexport type A = Channel;\n"],
    ['main using ipcMain', 'electron/main/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    ['preload using ipcRenderer', 'electron/preload/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['core importing its own modules', 'electron/core/x.ts', "import { rupiah } from './money';\nexport const a = rupiah;\n"],
  ])('passes lint: %s', async (_name, path, code) => {
    expect((await ruleIds(path, code)).filter((id) => restricted.test(id))).toEqual([]);
  });
});
