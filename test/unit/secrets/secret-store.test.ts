import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyFileCipher } from '../../../electron/core/secrets/key-file-cipher';
import { SealedFileSecretStore } from '../../../electron/core/secrets/secret-store';
import { makeTempDir } from '../../support/temp-dir';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

function setup() {
  const t = makeTempDir();
  cleanup = t.cleanup;
  const keyFile = join(t.dir, 'keys', 'secrets.key');
  const file = join(t.dir, 'secrets.json');
  return { keyFile, file, store: () => new SealedFileSecretStore(file, new KeyFileCipher(keyFile)) };
}

describe('sealed secret store (headless)', () => {
  it('round-trips secrets across instances without writing them in plaintext', () => {
    const s = setup();
    s.store().set('provider:iak', '{"apiKey":"sk-super-secret-123"}');
    expect(s.store().get('provider:iak')).toBe('{"apiKey":"sk-super-secret-123"}');
    expect(readFileSync(s.file, 'utf8')).not.toContain('super-secret');
    expect(s.store().names()).toEqual(['provider:iak']);
  });

  it('creates the key owner-only and refuses a key file others can read', () => {
    const s = setup();
    s.store().set('a', 'b');
    expect(statSync(s.keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(s.keyFile, '..')).mode & 0o777).toBe(0o700);
    chmodSync(s.keyFile, 0o644);
    expect(() => s.store()).toThrow(/can be read by other users/);
  });

  it('detects a tampered sealed value', () => {
    const s = setup();
    s.store().set('a', 'value');
    const json = JSON.parse(readFileSync(s.file, 'utf8')) as { entries: Record<string, string> };
    const parts = (json.entries.a as string).split('.');
    parts[3] = Buffer.from('forged').toString('base64');
    json.entries.a = parts.join('.');
    writeFileSync(s.file, JSON.stringify(json));
    expect(() => s.store().get('a')).toThrow();
  });

  it('removes secrets', () => {
    const s = setup();
    s.store().set('a', 'value');
    s.store().remove('a');
    expect(s.store().get('a')).toBeUndefined();
  });
});
