import type { SimRequest, SimResponse } from '../../sim-kit';
import { SimBadRequest } from '../../sim-kit';
import type { z } from 'zod';
import { CASE, SERVICE, type ServiceCode } from '../contract/codes';
import type { KlikooCredentials, KlikooTxStatus } from '../types';
import { refuse } from './respond';
import type { KlikooSimState, SimTransaction } from './state';

export interface SimOptions {
  pendingDelayMs: number;
  tokenTtlSeconds: number;
  /** Allowed distance between Open-Api-Timestamp and the simulator's clock (UNCONFIRMED at Klikoo). */
  maxClockSkewMs: number;
  /** How long a postpaid inquiry can be paid (UNCONFIRMED at Klikoo). */
  inquiryTtlMs: number;
}

export interface SimContext {
  state: KlikooSimState;
  credentials: KlikooCredentials;
  publicKeyPem: string;
  now: () => number;
  options: SimOptions;
  /** Starts the pending -> final timer of a new transaction according to its fate. */
  schedule(tx: SimTransaction): void;
  /** Moves a PENDING transaction to its final state now (deposit, serial, callback). */
  settle(tx: SimTransaction, status: Exclude<KlikooTxStatus, 'PENDING'>, reason?: string): void;
}

export function header(req: SimRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Parses and validates a JSON body: unparseable -> 400xx6510 Validasi Error; a required field
 * missing or empty -> 400xx6512 Field tidak boleh kosong; other schema errors -> 400xx6510.
 */
export function readBody<S extends z.ZodType>(req: SimRequest, schema: S, service: ServiceCode): z.output<S> {
  let json: unknown;
  try {
    json = req.rawBody.trim() === '' ? {} : JSON.parse(req.rawBody);
  } catch {
    throw new SimBadRequest(refuse(400, service, CASE.validation, 'Validasi Error: body bukan JSON'));
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'body';
  const missing = issue?.code === 'invalid_type' && /received undefined|received null/.test(issue.message);
  const empty = issue?.code === 'too_small';
  if (missing || empty) throw new SimBadRequest(refuse(400, service, CASE.emptyField, `Field tidak boleh kosong: ${field}`));
  throw new SimBadRequest(refuse(400, service, CASE.validation, `Validasi Error: ${field}`));
}

export const AUTH = SERVICE.auth;
export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;
