import type { MmbcCredentials } from '../auth';

/**
 * The simulator's agent account. Username/password are the seed documents' own examples
 * ("dummy" / "dummy123"); the agent code follows the seed's "JKT-11111".
 */
export interface MmbcSandboxAccount extends MmbcCredentials {
  kodeagen: string;
  email: string;
  phone: string;
}

export const MMBC_SANDBOX_ACCOUNT: Readonly<MmbcSandboxAccount> = Object.freeze({
  username: 'dummy',
  password: 'dummy123',
  kodeagen: 'JKT-11111',
  email: 'dummy@loket.test',
  phone: '081200001111',
});

export const MMBC_SANDBOX_CREDENTIALS: Readonly<MmbcCredentials> = Object.freeze({
  username: MMBC_SANDBOX_ACCOUNT.username,
  password: MMBC_SANDBOX_ACCOUNT.password,
});
