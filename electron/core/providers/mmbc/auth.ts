import { timingSafeEqual } from 'node:crypto';

/**
 * MMBC has no signature and no token: every call carries the account's plain `username` and
 * `password` as fields of an application/x-www-form-urlencoded body (providers.md 5.1). These pure
 * functions are the whole "signing" step, shared by the client (to build bodies) and the
 * simulator (to read and verify them), so both agree byte for byte.
 */
export interface MmbcCredentials {
  username: string;
  password: string;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** Fields of an authenticated call: username and password first, as the docs list them. */
export function withAuth(credentials: MmbcCredentials, fields: Record<string, string> = {}): Record<string, string> {
  return { username: credentials.username, password: credentials.password, ...fields };
}

/** "username=dummy&password=dummy123&..." (spaces as '+', like a browser form and PHP expect). */
export function encodeForm(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export function decodeForm(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/** Constant-time check of the two auth fields of a decoded form against an account. */
export function credentialsMatch(form: Record<string, string>, account: MmbcCredentials): boolean {
  return sameText(form.username ?? '', account.username) && sameText(form.password ?? '', account.password);
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length) {
    timingSafeEqual(b, b); // same work either way
    return false;
  }
  return timingSafeEqual(a, b);
}
