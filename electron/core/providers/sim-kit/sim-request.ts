import type { IncomingMessage } from 'node:http';

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
}

export interface SimResponse {
  status: number;
  /** Serialised as JSON unless `text` or `bytes` is given. */
  json?: unknown;
  text?: string;
  bytes?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export const json = (status: number, body: unknown): SimResponse => ({ status, json: body });

/** Body parsers the provider simulators share. They throw SimBadRequest on garbage. */
export class SimBadRequest extends Error {
  constructor(readonly response: SimResponse) {
    super('bad request');
  }
}

export function readJson(req: SimRequest, onError: () => SimResponse): unknown {
  if (req.rawBody.trim() === '') return {};
  try {
    return JSON.parse(req.rawBody);
  } catch {
    throw new SimBadRequest(onError());
  }
}

export function readForm(req: SimRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(req.rawBody));
}
