import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

/**
 * resources/installer.nsh is the only NSIS Loket writes (the uninstaller's "your data stays"). The
 * installer itself is built on the release runners, so here the macro is compiled with Debian's
 * makensis inside a minimal uninstaller, warnings as errors: a syntax slip, an unknown macro or a
 * MessageBox that a silent uninstall would skip (/SD) fails here, not on a tag.
 * `isUpdated` is electron-builder's LogicLib condition (true with --updated); stubbed the same way.
 */
const ROOT = join(__dirname, '../../..');
const INCLUDE = join(ROOT, 'resources/installer.nsh');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function compile(include: string): { status: number | null; output: string } {
  const tmp = makeTempDir('loket-nsis-');
  cleanups.push(tmp.cleanup);
  const script = join(tmp.dir, 'uninstaller-check.nsi');
  writeFileSync(
    script,
    [
      'Unicode true',
      '!include LogicLib.nsh',
      '!include FileFunc.nsh',
      '!macro _isUpdated _a _b _t _f',
      '  ClearErrors',
      '  ${GetParameters} $R9',
      '  ${GetOptions} $R9 "--updated" $R8',
      '  IfErrors `${_f}` `${_t}`',
      '!macroend',
      '!define isUpdated `"" isUpdated ""`',
      `!include "${include}"`,
      `OutFile "${join(tmp.dir, 'check.exe')}"`,
      'RequestExecutionLevel user',
      'Section',
      '  WriteUninstaller "$TEMP\\loket-uninstall-check.exe"',
      'SectionEnd',
      'Section "Uninstall"',
      '  !insertmacro customUnInstall',
      'SectionEnd',
      '',
    ].join('\n'),
  );
  const run = spawnSync('makensis', ['-V2', '-WX', script], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("the uninstaller's words (resources/installer.nsh)", () => {
  it('compiles in an uninstaller with makensis, warnings as errors', () => {
    const { status, output } = compile(INCLUDE);
    expect(output).not.toMatch(/warning|error/i);
    expect(status).toBe(0);
  });

  it('says the data stays and where, unless upgrading or started with /S, and never auto-answers', () => {
    const text = readFileSync(INCLUDE, 'utf8');
    expect(text).toContain('${ifNot} ${isUpdated}');
    expect(text).toContain('${GetOptions} $R0 "/S" $R1');
    expect(text).toMatch(/MessageBox MB_OK\|MB_ICONINFORMATION "[^"]*TIDAK dihapus[^"]*\$APPDATA\\Loket[^"]*"\s*$/m);
    expect(text).not.toContain('/SD');
  });

  it('is a real check: a broken macro does not compile', () => {
    const tmp = makeTempDir('loket-nsis-broken-');
    cleanups.push(tmp.cleanup);
    const broken = join(tmp.dir, 'installer.nsh');
    writeFileSync(broken, readFileSync(INCLUDE, 'utf8').replace('${endIf}\n  ${endIf}', '${endIf}'));
    expect(compile(broken).status).not.toBe(0);
  });
});
