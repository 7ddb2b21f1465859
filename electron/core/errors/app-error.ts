/**
 * A business error the cashier can read. Every refusal in the core is an AppError, so the
 * contract layer can answer `{ ok: false, error: { code, message } }` instead of a stack trace.
 * Messages are Bahasa Indonesia first: the renderer may translate by `code`.
 */
export type AppErrorCode =
  | 'invalid_input'
  | 'insufficient_funds'
  | 'not_found'
  | 'conflict'
  | 'provider_unavailable'
  | 'unauthorized'
  | 'unknown_channel'
  | 'needs_confirmation' // e.g. the same product to the same number within 10 minutes
  | 'needs_override' // an earlier sale to this number is still unresolved
  | 'operator_mismatch' // the number belongs to another operator than the product's; the cashier must confirm
  | 'inquiry_expired'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
