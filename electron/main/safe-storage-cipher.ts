import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/secrets/secret-store';

const PREFIX = 'ss1.';

/**
 * Seals provider secrets with the OS keychain through Electron's safeStorage (DPAPI, Keychain,
 * libsecret/kwallet). On Linux without a secret service Chromium falls back to a hard-coded password
 * (`basic_text`): that is plaintext in disguise, so it is refused. Use only after `app` is ready.
 */
export function createSafeStorageCipher(platform: NodeJS.Platform = process.platform): SecretCipher {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error('Penyimpanan rahasia sistem tidak tersedia: kredensial provider tidak dapat disimpan.');
  }
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    throw new Error('Tidak ada keyring (libsecret/kwallet): kredensial provider tidak disimpan tanpa enkripsi.');
  }
  return {
    seal: (plain) => PREFIX + safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => {
      if (!sealed.startsWith(PREFIX)) throw new Error('Secret has an unknown format');
      return safeStorage.decryptString(Buffer.from(sealed.slice(PREFIX.length), 'base64'));
    },
  };
}
