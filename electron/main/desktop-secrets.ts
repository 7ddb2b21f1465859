import { join } from 'node:path';
import { KeyFileCipher } from '../core/secrets/key-file-cipher';
import { SealedFileSecretStore, type SecretStore } from '../core/secrets/secret-store';
import { createSafeStorageCipher } from './safe-storage-cipher';

/**
 * The desktop app seals provider credentials with the OS keychain (safeStorage). Where the OS has
 * none (a Linux box without libsecret/kwallet), it falls back to the owner-only key file the
 * headless mode uses and says so, rather than refusing to start a shop's till.
 * Each cipher has its own file: neither can read the other's seals.
 */
export function openDesktopSecrets(dataDir: string, log: (message: string) => void = console.warn): SecretStore {
  try {
    return new SealedFileSecretStore(join(dataDir, 'secrets-os.json'), createSafeStorageCipher());
  } catch (err) {
    log(`[loket] ${(err as Error).message} Memakai file kunci lokal (hanya pemilik) sebagai gantinya.`);
    return new SealedFileSecretStore(join(dataDir, 'secrets.json'), new KeyFileCipher(join(dataDir, 'keys', 'secrets.key')));
  }
}
