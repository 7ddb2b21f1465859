import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { channels } from '../../../electron/core/api/contract';

const outDir = mkdtempSync(path.join(tmpdir(), 'loket-preload-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Builds the preload exactly as `electron-vite build` does (same config file), into a temp folder. */
async function buildPreload(): Promise<string> {
  const resolved = await resolveConfig({ configFile: path.resolve('electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
  const preload = resolved.config?.preload;
  if (!preload) throw new Error('electron.vite.config.ts has no preload config');
  await build({ ...preload, configFile: false, logLevel: 'silent', build: { ...preload.build, outDir, emptyOutDir: true } });
  expect(readdirSync(outDir)).toEqual(['index.js']);
  return readFileSync(path.join(outDir, 'index.js'), 'utf8');
}

describe('preload bundle (sandbox-ready)', () => {
  it('is CommonJS, requires only electron, and carries the channel list without zod', async () => {
    const code = await buildPreload();
    const required = [...code.matchAll(/require\((["'])(.+?)\1\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    for (const channel of channels) expect(code).toContain(JSON.stringify(channel));
    expect(code.length).toBeLessThan(8_000);
  }, 30_000);
});
