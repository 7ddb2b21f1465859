import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * The release workflow cannot run here (no Electron download), so what it promises is held here:
 * when it runs, what runs in which order, and that nothing publishes. Each check names the promise
 * of issue 13 it keeps; removing or reordering a step makes exactly that check fail.
 */
const ROOT = join(__dirname, '../../..');
const WORKFLOW = join(ROOT, '.github/workflows/release.yml');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { strategy: { matrix: { include: { platform: string; os: string; targets: string }[] } }; steps: Step[] }>;
}

const text = readFileSync(WORKFLOW, 'utf8');
const workflow = load(text) as Workflow;
const job = present(workflow.jobs.build, 'jobs.build');
const steps = job.steps;
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`release.yml has no ${what}`);
  return value;
}

/** Index of the one step whose run/uses matches; fails if none or several do. */
function stepIndex(match: RegExp): number {
  const found = steps.map((s, i) => ({ i, body: `${s.uses ?? ''}\n${s.run ?? ''}` })).filter((s) => match.test(s.body));
  expect(found.length, `exactly one step matching ${match}`).toBe(1);
  return present(found[0], `step matching ${match}`).i;
}

const stepMatching = (match: RegExp): Step => present(steps[stepIndex(match)], `step matching ${match}`);

describe('the release workflow', () => {
  it('is a valid GitHub Actions workflow (SchemaStore schema, via action-validator)', () => {
    const cli = join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');
    const run = spawnSync(process.execPath, [cli, WORKFLOW], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('runs only for a version tag', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on.push).toEqual({ tags: ['v*.*.*'] });
  });

  it('cannot publish anything: read-only token, --publish never, no release action', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const builder = stepMatching(/electron-builder /);
    expect(builder.run).toContain('--publish never');
    expect(text).not.toMatch(/action-gh-release|gh release|--publish (always|onTag|onTagOrDraft)|GH_TOKEN|GITHUB_TOKEN/);
  });

  it('builds the Windows x64 NSIS installer and the Linux AppImage and deb', () => {
    const targets = Object.fromEntries(job.strategy.matrix.include.map((m) => [m.platform, m.targets]));
    expect(targets.windows).toBe('--win nsis --x64');
    expect(targets.linux).toBe('--linux AppImage deb --x64');
    expect(job.strategy.matrix.include.find((m) => m.platform === 'windows')?.os).toMatch(/^windows-/);
  });

  it('installs from a clean npm config, refusing a nodedir that would build against Node', () => {
    const clean = stepMatching(/NPM_CONFIG_USERCONFIG/);
    expect(clean.run).toContain('npm config get nodedir');
    expect(clean.run).toContain('exit 1');
    expect(stepIndex(/NPM_CONFIG_USERCONFIG/)).toBeLessThan(stepIndex(/^npm ci$/m));
  });

  it('orders the build: npm ci, Electron download, rebuild for Electron, check inside Electron, bundle, package, checksums, smoke', () => {
    const order = [
      /^npm ci$/m,
      /node node_modules\/electron\/install\.js/,
      /electron-rebuild --force --only better-sqlite3 --version "\$ELECTRON_VERSION"/,
      /npx electron scripts\/release\/check-native-in-electron\.cjs/,
      /npx electron-vite build/,
      /npx electron-builder /,
      /scripts\/release\/checksums\.mjs release/,
      /^xvfb-run -a npm run test:packaged$/m,
    ].map(stepIndex);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('checks better-sqlite3 inside Electron (run as node), not in the runner Node', () => {
    const check = stepMatching(/check-native-in-electron/);
    expect(check.env).toEqual({ ELECTRON_RUN_AS_NODE: '1' });
  });

  it('smoke-tests the packaged app under xvfb on Linux, the unpacked app and the installed deb', () => {
    const linuxSmoke = steps.filter((s) => s.if === "matrix.platform == 'linux'" && /test:packaged/.test(s.run ?? ''));
    expect(linuxSmoke).toHaveLength(2);
    for (const step of linuxSmoke) expect(step.run).toContain('xvfb-run -a npm run test:packaged');
    expect(linuxSmoke[1]?.run).toContain('apt-get install -y -qq ./release/*.deb');
  });

  it('on Windows: installs per user, sells, upgrades over itself keeping the sale, uninstalls keeping the data', () => {
    const windows = steps.filter((s) => s.if === "matrix.platform == 'windows'").map((s) => s.run ?? '');
    expect(windows[0]).toContain('windows-install.ps1');
    expect(windows[1]).toContain('npm run test:packaged');
    expect(windows[2]).toMatch(/windows-install\.ps1[\s\S]*npm run test:packaged/);
    const windowsEnv = steps.filter((s) => s.if === "matrix.platform == 'windows'").map((s) => s.env ?? {});
    expect(windowsEnv[2]?.LOKET_SMOKE_PHASE).toBe('reopen');
    // The installed app runs on its own default folder, as at an outlet: no LOKET_DATA_DIR.
    expect([windowsEnv[1]?.LOKET_SMOKE_DEFAULT_DATA_DIR, windowsEnv[2]?.LOKET_SMOKE_DEFAULT_DATA_DIR]).toEqual(['1', '1']);
    expect(windows[3]).toContain("windows-uninstall.ps1 -DataDir (Join-Path $env:APPDATA 'Loket')");
  });

  it('keeps the installers and their SHA-256 sums as the run artifacts', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && /SHA256SUMS/.test(s.with?.path ?? ''));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    for (const pattern of ['release/*.exe', 'release/*.AppImage', 'release/*.deb', 'release/SHA256SUMS-*.txt']) {
      expect(upload?.with?.path).toContain(pattern);
    }
  });

  it('names only scripts and npm scripts that exist', () => {
    for (const [file] of text.matchAll(/scripts\/release\/[\w.-]+/g)) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
    for (const [, script = ''] of text.matchAll(/npm run ([\w:-]+)/g)) {
      expect(packageJson.scripts[script], `npm script ${script}`).toBeDefined();
    }
  });

  it('packages exactly the pinned Electron: an exact version, not a range', () => {
    expect(packageJson.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.devDependencies['@electron/rebuild']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
