/** What the audit log shows in place of a secret. */
export const HIDDEN = '•••';

/** A key whose value is (or holds) a secret: PINs, passwords, tokens, API keys, signatures, credentials. */
const SECRET_KEY = /pin|password|secret|token|credential|key|signature/i;

/**
 * Keys that match the pattern but hold no secret: whether a PIN is set (users:list), and which
 * credential fields a provider has stored, without their values (providers:list). Their values
 * are still searched for secrets below them.
 */
const NOT_SECRET = new Set(['hasPin', 'credentialFields']);

/**
 * A copy of `value` with every secret replaced by "•••", at any depth. A matching key loses its
 * whole value, whatever its type: `credentials` (providers:configure) goes as one, field names
 * included. The audit log runs everything it stores through this, so no PIN or credential can
 * reach a row by a channel someone adds later.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && !NOT_SECRET.has(key) ? HIDDEN : redactSecrets(inner);
  }
  return out;
}
