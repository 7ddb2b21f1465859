import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SecretCipher } from './secret-store';

/**
 * Headless mode has no OS keychain, so secrets are sealed with AES-256-GCM under a random key kept
 * in its own owner-only file (0600 in a 0700 folder). A key file others can read is refused: that
 * would be the same as plaintext.
 */
export class KeyFileCipher implements SecretCipher {
  private readonly key: Buffer;

  constructor(keyFile: string) {
    this.key = loadOrCreateKey(keyFile);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Secret has an unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}

function loadOrCreateKey(keyFile: string): Buffer {
  if (!existsSync(keyFile)) {
    mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
    writeFileSync(keyFile, randomBytes(32), { mode: 0o600, flag: 'wx' });
  }
  if (process.platform !== 'win32') {
    const mode = statSync(keyFile).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new Error(`Key file ${keyFile} can be read by other users (mode ${mode.toString(8)}); run: chmod 600 "${keyFile}"`);
    }
    chmodSync(dirname(keyFile), 0o700);
  }
  const key = readFileSync(keyFile);
  if (key.length !== 32) throw new Error(`Key file ${keyFile} is damaged (expected 32 bytes)`);
  return key;
}
