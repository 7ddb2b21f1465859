import type { AyoconnectCredentials } from '../signing';
import type { SimState } from './state';

export interface AyoconnectSimulatorOptions {
  port?: number;
  credentials?: AyoconnectCredentials;
  /** Pending payments reach their final state after this long. Default 300 ms. */
  pendingDelayMs?: number;
  /** Deposit at start, in rupiah. Default 5 000 000. */
  initialBalance?: number;
  /** Partner callback URL "set in the dashboard"; a payment's own callbackUrls[0] wins. */
  callbackUrl?: string;
  /** How long an inquiryId can be paid. Default 15 minutes (the real TTL is not documented). */
  inquiryTtlMs?: number;
  /** Same product + number again within this window answers 330. Default 30 minutes (RC 330 text). */
  repeatWindowMs?: number;
  /** Callback delivery: attempts until HTTP 200 and the pause between them. Defaults 5 and 200 ms. */
  callbackAttempts?: number;
  callbackRetryDelayMs?: number;
  /** Clock, for expiry tests. Default Date.now. */
  now?: () => number;
}

export interface SimContext {
  state: SimState;
  credentials: AyoconnectCredentials;
  now: () => number;
  pendingDelayMs: number;
  inquiryTtlMs: number;
  repeatWindowMs: number;
  callbackUrl?: string;
  callbackAttempts: number;
  callbackRetryDelayMs: number;
  /** Timers of pending transactions, cleared on close. */
  timers: Set<NodeJS.Timeout>;
  closed: boolean;
}
