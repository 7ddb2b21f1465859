import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageCipher } from '../../../electron/main/safe-storage-cipher';
import * as fake from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

describe('safeStorage secret cipher', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    fake.app.ready = true;
  });

  it('round-trips a secret and never stores it in clear', () => {
    const cipher = createSafeStorageCipher('linux');
    const sealed = cipher.seal('api-key-123');
    expect(sealed).not.toContain('api-key-123');
    expect(sealed.startsWith('ss1.')).toBe(true);
    expect(cipher.open(sealed)).toBe('api-key-123');
  });

  it('refuses to open something it did not seal', () => {
    expect(() => createSafeStorageCipher('linux').open('v1.a.b.c')).toThrow(/format/);
  });

  it('refuses when the OS offers no encryption', () => {
    fake.safeStorage.available = false;
    expect(() => createSafeStorageCipher('win32')).toThrow(/tidak tersedia/);
  });

  it('refuses the Linux basic_text fallback (a hard-coded password)', () => {
    fake.safeStorage.backend = 'basic_text';
    expect(() => createSafeStorageCipher('linux')).toThrow(/keyring/);
    expect(() => createSafeStorageCipher('win32')).not.toThrow();
  });
});
