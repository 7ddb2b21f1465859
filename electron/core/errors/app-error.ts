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
  | 'setup_required' // the first-run setup is not done: only the setup screen works
  | 'signed_out' // nobody is signed in on this window (or the screen was locked)
  | 'forbidden' // a cashier called an owner channel without the owner's approval
  | 'wrong_pin'
  | 'locked' // too many wrong PINs: wait until the lock ends
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
