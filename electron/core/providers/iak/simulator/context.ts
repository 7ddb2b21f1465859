import type { z } from 'zod';
import type { IakPostpaidCatalogItem, IakPrepaidCatalogItem } from '../catalog';
import { verifyIakSign, type IakCredentials } from '../signing';
import { readJson, SimBadRequest, type SimRequest, type SimResponse } from '../../sim-kit';
import type { SimDeposit } from './deposit';
import type { PostpaidBook } from './postpaid-book';
import type { PrepaidBook } from './prepaid-book';

/** What every route handler of the IAK simulator shares. */
export interface IakSimContext {
  credentials: IakCredentials;
  deposit: SimDeposit;
  prepaid: PrepaidBook;
  postpaid: PostpaidBook;
  prepaidCatalog: readonly IakPrepaidCatalogItem[];
  postpaidCatalog: readonly IakPostpaidCatalogItem[];
  /** HTTP status for business errors: 200 (default, providers.md 2.9) or 400 (as IAK's JS SDK expects). */
  errorHttpStatus: 200 | 400;
  pricelistShape: 'wrapped' | 'array';
  /** Settles every pending sale whose time has come (called first by every handler). */
  settle(): void;
  /** Delivers the callback of a finished prepaid sale, if a callback URL is set. */
  resendCallback(refId: string): Promise<boolean>;
}

export function answer(ctx: IakSimContext, body: unknown, isError: boolean): SimResponse {
  return { status: isError ? ctx.errorHttpStatus : 200, json: body };
}

/** Parses a JSON body against a request schema; anything else is answered with `onBad` (IAK's 107). */
export function parseRequest<S extends z.ZodType>(req: SimRequest, schema: S, onBad: () => SimResponse): z.output<S> {
  const value = readJson(req, onBad);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SimBadRequest(onBad());
  return parsed.data;
}

/** Authentication exactly as IAK documents it: registered username + md5(username + api_key + X). */
export function authentic(ctx: IakSimContext, body: { username: string; sign: string }, salt: string): boolean {
  return body.username === ctx.credentials.username && verifyIakSign(ctx.credentials, salt, body.sign);
}
