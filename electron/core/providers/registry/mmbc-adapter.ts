import { createMmbcClient, startMmbcSimulator, type MmbcClient, type MmbcCredentials } from '../mmbc';
import { requireFields, type ProviderAdapter } from './provider-adapter';

const fields = [
  { name: 'username', label: 'Username (kode agen)' },
  { name: 'password', label: 'Password' },
] as const;

export const mmbcAdapter: ProviderAdapter<MmbcCredentials, MmbcClient> = {
  id: 'mmbc',
  name: 'MMBC',
  credentialFields: [...fields],
  parseCredentials: (values) => requireFields(values, fields),
  createClient: (baseUrl, credentials, options) => createMmbcClient({ baseUrl, credentials, timeoutMs: options?.timeoutMs }),
  async checkBalance(client) {
    const result = await client.getBalance();
    return result.ok ? { ok: true, value: result.value.balance } : result;
  },
  async startSimulator({ initialBalance }) {
    const sim = await startMmbcSimulator({ initialBalance });
    return { baseUrl: sim.baseUrl, credentials: sim.credentials, close: () => sim.close() };
  },
};
