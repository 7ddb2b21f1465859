import type { IakCredentials } from './signing';

/**
 * Sandbox defaults for the simulator and a fresh install. They are the dummy credentials of the
 * signature test vectors in providers.md 2.2, not anyone's real account.
 */
export const IAK_SANDBOX_CREDENTIALS: Readonly<IakCredentials> = Object.freeze({
  username: '081234567890',
  apiKey: 'dev-api-key-123',
});
