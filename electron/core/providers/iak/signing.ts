import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * IAK signs every request (and its prepaid callbacks) with `md5(username + api_key + X)`, lowercase
 * hex, where X depends on the call (providers.md 2.2). The client signs with these functions and the
 * simulator verifies with the same ones, so the test vectors pin both sides.
 */
export interface IakCredentials {
  /** The registered phone number IAK calls `username`. */
  username: string;
  apiKey: string;
}

/** Fixed salts; the other calls sign a request field (ref_id, tr_id, customer_id). */
export const IAK_SALT = {
  checkBalance: 'bl',
  pricelist: 'pl',
  checkOperator: 'op',
  postpaidPricelist: 'pl',
  /** Postpaid check status signs the literal "cs", NOT the ref_id. */
  postpaidCheckStatus: 'cs',
} as const;

export function iakSign(credentials: IakCredentials, salt: string): string {
  return createHash('md5').update(`${credentials.username}${credentials.apiKey}${salt}`, 'utf8').digest('hex');
}

/** Prepaid top-up, prepaid check-status, postpaid inq-pasca and the callback all sign the ref_id. */
export const signRefId = (credentials: IakCredentials, refId: string): string => iakSign(credentials, refId);
/** Postpaid pay-pasca signs the inquiry id. */
export const signTrId = (credentials: IakCredentials, trId: string): string => iakSign(credentials, trId);
/** Prepaid inquiry-pln (and inquiry-ovo) sign the customer id. */
export const signCustomerId = (credentials: IakCredentials, customerId: string): string => iakSign(credentials, customerId);

/** Constant-time comparison of a received sign with the expected one (case-insensitive hex). */
export function verifyIakSign(credentials: IakCredentials, salt: string, received: unknown): boolean {
  if (typeof received !== 'string' || !/^[0-9a-fA-F]{32}$/.test(received)) return false;
  const expected = Buffer.from(iakSign(credentials, salt), 'utf8');
  const actual = Buffer.from(received.toLowerCase(), 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
