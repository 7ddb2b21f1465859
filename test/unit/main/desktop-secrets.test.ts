import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDesktopSecrets } from '../../../electron/main/desktop-secrets';
import * as fake from '../../fakes/electron';
import { makeTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../fakes/electron'));

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  fake.resetFakeElectron();
  fake.app.ready = true;
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('desktop secret store', () => {
  it('seals with the OS keychain when it is there', () => {
    openDesktopSecrets(temp.dir).set('provider:iak', 'api-key-123');
    const file = readFileSync(join(temp.dir, 'secrets-os.json'), 'utf8');
    expect(file).toContain('ss1.');
    expect(file).not.toContain('api-key-123');
    expect(openDesktopSecrets(temp.dir).get('provider:iak')).toBe('api-key-123');
    expect(existsSync(join(temp.dir, 'keys'))).toBe(false);
  });

  it('falls back to the owner-only key file, and says so, when Linux has no keyring', () => {
    fake.safeStorage.backend = 'basic_text';
    const log = vi.fn();
    const store = openDesktopSecrets(temp.dir, log);
    store.set('provider:iak', 'api-key-123');
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/keyring.*file kunci lokal/));
    expect(readFileSync(join(temp.dir, 'secrets.json'), 'utf8')).not.toContain('api-key-123');
    expect(existsSync(join(temp.dir, 'keys', 'secrets.key'))).toBe(true);
  });
});
