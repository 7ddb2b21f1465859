import { createHttpFunnel } from '../../http/funnel';
import { verifyIakCallback } from './callback';
import { postpaidCalls } from './postpaid-calls';
import { prepaidCalls } from './prepaid-calls';
import type { IakClient, IakClientConfig } from './types';

/** IAK's own SDK waits 30 s; its docs recommend 30 s for postpaid. */
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The IAK client. IAK runs prepaid and postpaid on two hosts, so there is one funnel per host
 * (the simulator serves both on one base URL, and then a single funnel is shared).
 */
export function createIakClient(config: IakClientConfig): IakClient {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const postpaidTimeoutMs = config.postpaidTimeoutMs ?? timeoutMs;
  const prepaidFunnel = createHttpFunnel({ baseUrl: config.baseUrl, timeoutMs });
  const postpaidBase = config.postpaidBaseUrl ?? config.baseUrl;
  const sameFunnel = postpaidBase === config.baseUrl && postpaidTimeoutMs === timeoutMs;
  const postpaidFunnel = sameFunnel ? prepaidFunnel : createHttpFunnel({ baseUrl: postpaidBase, timeoutMs: postpaidTimeoutMs });
  const credentials = { ...config.credentials };
  return {
    credentials: { username: credentials.username },
    ...prepaidCalls(prepaidFunnel, credentials),
    ...postpaidCalls(postpaidFunnel, credentials),
    verifyCallback: (body) => verifyIakCallback(credentials, body),
  };
}
