import { createIakClient, startIakSimulator, type IakClient, type IakCredentials } from '../iak';
import { normaliseProviderUrl } from './live-url';
import { requireFields, type ProviderAdapter } from './provider-adapter';

/** IAK runs prepaid and postpaid on two hosts; the postpaid one is kept with the credentials. */
export type IakSettings = IakCredentials & { postpaidBaseUrl?: string };

const required = [
  { name: 'username', label: 'Username (nomor HP terdaftar)' },
  { name: 'apiKey', label: 'API Key' },
] as const;
const postpaidField = { name: 'postpaidBaseUrl', label: 'Alamat API pascabayar (kosong = sama dengan prabayar)', url: true };

export const iakAdapter: ProviderAdapter<IakSettings, IakClient> = {
  id: 'iak',
  name: 'IAK',
  credentialFields: [...required, postpaidField],
  parseCredentials(values) {
    // Checked again here: a value stored before URLs were validated never reaches a client unchecked.
    const postpaidBaseUrl = normaliseProviderUrl(values.postpaidBaseUrl ?? '', 'Alamat API pascabayar');
    return { ...requireFields(values, required), ...(postpaidBaseUrl ? { postpaidBaseUrl } : {}) };
  },
  createClient: (baseUrl, { postpaidBaseUrl, ...credentials }, options) =>
    createIakClient({ baseUrl, postpaidBaseUrl, credentials, timeoutMs: options?.timeoutMs }),
  async checkBalance(client) {
    const result = await client.checkBalance();
    return result.ok ? { ok: true, value: result.value.balance } : result;
  },
  async startSimulator({ initialBalance, callbackUrl }) {
    const sim = await startIakSimulator({ initialBalance, callbackUrl });
    return { baseUrl: sim.baseUrl, credentials: sim.credentials, close: () => sim.close() };
  },
};
