import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackagedApp, REPO_DIR, type PackagedApp } from '../../support/packaging/build-package';
import { linkedCopy } from '../../support/packaging/broken-copy';
import { missingAppFiles, secretsAndDevFolders, sourceMaps, strayAppFiles } from '../../support/packaging/contents-checks';
import {
  executableProblems,
  fuseMismatches,
  installerMetadataProblems,
  packagedManifestProblems,
} from '../../support/packaging/metadata-checks';
import {
  devDependenciesInPackage,
  preloadRequiresBesidesElectron,
  unloadableMainModules,
  unresolvedMainModules,
} from '../../support/packaging/module-checks';
import { SQLITE_BINDING, sqliteBindingNotUnpacked, sqliteDoesNotOpen } from '../../support/packaging/native-checks';
import { prefixTableProblems } from '../../support/packaging/resource-checks';
import { pdfReceiptDoesNotRender, xlsxDoesNotWrite } from '../../support/packaging/runtime-data-checks';
import { writeStandInElectronDist } from '../../support/packaging/stand-in-electron';

/**
 * The release package, built here the way the release workflow builds it (electron-vite, then
 * electron-builder with electron-builder.yml) but as Linux's unpacked `--dir` target around a
 * stand-in Electron (the real binary cannot be downloaded here). One build for the file; every check
 * is a function over the resulting folders, so the second half re-runs them on deliberately broken
 * copies to show each one names what is missing.
 */
let app: PackagedApp;
const LOCKFILE = join(REPO_DIR, 'package-lock.json');

beforeAll(async () => {
  app = await buildPackagedApp();
}, 240_000);

afterAll(() => app?.cleanup());

describe('the packaged app (electron-builder --dir for Linux, stand-in Electron)', () => {
  it('app.asar holds out/main, out/preload, out/renderer/index.html and package.json', () => {
    expect(missingAppFiles(app.extractedDir), 'missing from the package').toEqual([]);
  });

  it('app.asar holds nothing but out/ and package.json besides node_modules: no sources, tests, docs, scripts', () => {
    expect(strayAppFiles(app.extractedDir), 'files that are not the built app').toEqual([]);
  });

  it('no source maps anywhere in the package, dependencies included', () => {
    expect(sourceMaps(app.extractedDir), '.map files in the package').toEqual([]);
  });

  it('no secrets, keys, databases or checkout folders (release/, test-results/, keys/) in the package, even with decoys in the project', () => {
    expect(secretsAndDevFolders(app.extractedDir), 'inside app.asar').toEqual([]);
    expect(secretsAndDevFolders(app.appOutDir), 'in linux-unpacked').toEqual([]);
  });

  it('every package in node_modules is a production package per package-lock.json', () => {
    expect(devDependenciesInPackage(app.extractedDir, LOCKFILE), 'development packages shipped').toEqual([]);
  });

  it('every bare module the main process requires resolves inside the package', () => {
    expect(unresolvedMainModules(app.extractedDir), 'modules the installed app would not find').toEqual([]);
  });

  it('every bare module the main process requires loads from the package', () => {
    expect(unloadableMainModules(app.extractedDir), 'modules that fail to load').toEqual([]);
  });

  it('the sandboxed preload requires nothing but electron', () => {
    expect(preloadRequiresBesidesElectron(app.extractedDir), 'modules the sandboxed preload cannot require').toEqual([]);
  });

  it("better-sqlite3's binding is unpacked from the asar and opens a database from the package", () => {
    expect(sqliteBindingNotUnpacked(app.resourcesDir), 'the native binding').toEqual([]);
    expect(sqliteDoesNotOpen(app.extractedDir), 'better-sqlite3 from the package').toEqual([]);
  });

  it('resources/operator-prefixes.json is shipped, equals the repo copy and is the file the core finds', () => {
    expect(prefixTableProblems(app.resourcesDir, REPO_DIR), 'the operator prefix table').toEqual([]);
  });

  it('a PDF receipt renders in Courier from the packaged pdfmake (pdfkit reads its font metrics from disk)', async () => {
    expect(await pdfReceiptDoesNotRender(app.extractedDir), 'PDF receipts').toEqual([]);
  });

  it('an .xlsx export writes with the packaged exceljs', async () => {
    expect(await xlsxDoesNotWrite(app.extractedDir), '.xlsx exports').toEqual([]);
  });

  it("the packaged executable's fuses are electron-builder.yml's electronFuses", async () => {
    expect(await fuseMismatches(join(app.appOutDir, 'loket'), app.config), 'fuses of linux-unpacked/loket').toEqual([]);
  });

  it('the executable is loket, Electron\'s license is kept, nothing is set up to auto-update', () => {
    expect(executableProblems(app.appOutDir, app.config), 'linux-unpacked').toEqual([]);
  });

  it("the packaged package.json is the repo's name, version and main without devDependencies or scripts", () => {
    expect(packagedManifestProblems(app.extractedDir, REPO_DIR), 'packaged package.json').toEqual([]);
  });

  it('installer metadata: appId, names, per-user Windows install with shortcuts, Indonesian synopsis, deb maintainer, no publishing', () => {
    expect(installerMetadataProblems(app.config), 'electron-builder.yml').toEqual([]);
  });
});

describe('the checks name what a broken package lacks or leaks', () => {
  it('operator-prefixes.json left out of resources/', () => {
    const resources = linkedCopy(app.resourcesDir, app.tempDir);
    rmSync(join(resources, 'operator-prefixes.json'));
    expect(prefixTableProblems(resources, REPO_DIR)).toEqual(['resources/operator-prefixes.json is missing']);
  });

  it('zod left out of node_modules', () => {
    const broken = linkedCopy(app.extractedDir, app.tempDir);
    rmSync(join(broken, 'node_modules/zod'), { recursive: true });
    expect(unresolvedMainModules(broken)).toEqual(['zod (required by out/main/index.js) is not in the package']);
  });

  it("pdfkit's Courier-Bold metrics left out", async () => {
    const broken = linkedCopy(app.extractedDir, app.tempDir);
    rmSync(join(broken, 'node_modules/pdfkit/js/data/Courier-Bold.afm'));
    const problems = await pdfReceiptDoesNotRender(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Courier-Bold.afm');
  });

  it("better-sqlite3's binding left out", () => {
    const resources = linkedCopy(app.resourcesDir, app.tempDir);
    rmSync(join(resources, 'app.asar.unpacked', SQLITE_BINDING));
    expect(sqliteBindingNotUnpacked(resources)).toEqual([`app.asar.unpacked/${SQLITE_BINDING} is missing`]);
    const broken = linkedCopy(app.extractedDir, app.tempDir);
    rmSync(join(broken, SQLITE_BINDING));
    expect(sqliteDoesNotOpen(broken)).toEqual([expect.stringContaining('better-sqlite3 does not open from the package')]);
  });

  it("the renderer's index.html left out", () => {
    const broken = linkedCopy(app.extractedDir, app.tempDir);
    rmSync(join(broken, 'out/renderer/index.html'));
    expect(missingAppFiles(broken)).toEqual(['missing out/renderer/index.html']);
  });

  it('a dev dependency, a secret, a source map and a docs folder slipped in', () => {
    const broken = linkedCopy(app.extractedDir, app.tempDir);
    const vitest = JSON.parse(readFileSync(join(REPO_DIR, 'node_modules/vitest/package.json'), 'utf8')) as { version: string };
    mkdirSync(join(broken, 'node_modules/vitest'));
    writeFileSync(join(broken, 'node_modules/vitest/package.json'), JSON.stringify({ name: 'vitest', version: vitest.version }));
    writeFileSync(join(broken, '.env'), 'PROVIDER_KEY=decoy\n');
    writeFileSync(join(broken, 'out/main/extra.js.map'), '{}');
    mkdirSync(join(broken, 'docs'));
    writeFileSync(join(broken, 'docs/RELEASE.md'), '# decoy\n');
    expect(devDependenciesInPackage(broken, LOCKFILE)).toEqual([`vitest@${vitest.version} (node_modules/vitest)`]);
    mkdirSync(join(broken, 'out/keys'));
    writeFileSync(join(broken, 'out/keys/outlet'), 'decoy\n');
    expect(secretsAndDevFolders(broken)).toEqual(['.env', 'out/keys/outlet']);
    expect(sourceMaps(broken)).toEqual(['out/main/extra.js.map']);
    expect(strayAppFiles(broken)).toEqual(['.env', 'docs/RELEASE.md']);
  });

  it('an executable whose fuses were never flipped', async () => {
    const dist = join(app.tempDir, 'unflipped-electron');
    writeStandInElectronDist(dist, app.electronVersion);
    expect(await fuseMismatches(join(dist, 'electron'), app.config)).toEqual([
      'RunAsNode is true, electron-builder.yml wants false',
      'EnableNodeOptionsEnvironmentVariable is true, electron-builder.yml wants false',
      'EnableNodeCliInspectArguments is true, electron-builder.yml wants false',
      'OnlyLoadAppFromAsar is false, electron-builder.yml wants true',
      'EnableEmbeddedAsarIntegrityValidation is false, electron-builder.yml wants true',
      'GrantFileProtocolExtraPrivileges is true, electron-builder.yml wants false',
      'EnableCookieEncryption is false, electron-builder.yml wants true',
    ]);
  });

  it('installer metadata that would install per machine with an English synopsis', () => {
    const config = { ...app.config, nsis: { ...(app.config.nsis as object), perMachine: true }, linux: { ...(app.config.linux as object), synopsis: 'Point of sale for the outlet' } };
    expect(installerMetadataProblems(config)).toEqual([
      'nsis.perMachine is true, expected false',
      'linux.synopsis reads as English: "Point of sale for the outlet"',
    ]);
  });
});
