import { createKlikooClient, startKlikooSimulator, type KlikooClient, type KlikooCredentials } from '../klikoo';
import { requireFields, type ProviderAdapter } from './provider-adapter';

const fields = [
  { name: 'clientId', label: 'Client ID' },
  { name: 'clientSecret', label: 'Client Secret' },
  { name: 'privateKeyPem', label: 'Private key (PEM) yang terdaftar di Klikoo', multiline: true },
] as const;

export const klikooAdapter: ProviderAdapter<KlikooCredentials, KlikooClient> = {
  id: 'klikoo',
  name: 'Klikoo',
  credentialFields: [...fields],
  parseCredentials: (values) => requireFields(values, fields),
  createClient: (baseUrl, credentials, options) => createKlikooClient({ baseUrl, credentials, timeoutMs: options?.timeoutMs }),
  async checkBalance(client) {
    const result = await client.getBalance();
    return result.ok ? { ok: true, value: result.value.balance } : result;
  },
  async startSimulator({ initialBalance, callbackUrl }) {
    const sim = await startKlikooSimulator({ initialBalance, callbackUrl });
    return { baseUrl: sim.baseUrl, credentials: sim.credentials, close: () => sim.close() };
  },
};
