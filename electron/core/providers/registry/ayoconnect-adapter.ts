import {
  createAyoconnectClient,
  startAyoconnectSimulator,
  type AyoconnectClient,
  type AyoconnectCredentials,
} from '../ayoconnect';
import { requireFields, type ProviderAdapter } from './provider-adapter';

const fields = [
  { name: 'apiKey', label: 'API Key (partnerId)' },
  { name: 'apiSecret', label: 'API Secret' },
] as const;

export const ayoconnectAdapter: ProviderAdapter<AyoconnectCredentials, AyoconnectClient> = {
  id: 'ayoconnect',
  name: 'Ayoconnect',
  credentialFields: [...fields],
  parseCredentials: (values) => requireFields(values, fields),
  createClient: (baseUrl, credentials, options) => createAyoconnectClient({ baseUrl, credentials, timeoutMs: options?.timeoutMs }),
  async checkBalance(client) {
    const result = await client.getBalance();
    return result.ok ? { ok: true, value: result.value.balance } : result;
  },
  async startSimulator({ initialBalance, callbackUrl }) {
    const sim = await startAyoconnectSimulator({ initialBalance, callbackUrl });
    return { baseUrl: sim.baseUrl, credentials: sim.credentials, close: () => sim.close() };
  },
};
