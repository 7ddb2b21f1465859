import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * PINs are 4-6 digits: few enough that a stolen database could be tried through quickly, so each is
 * stored as a slow salted scrypt hash (N=16384, r=8, p=1: about 16 MB and tens of milliseconds per
 * try), with its parameters in the string so they can be raised later without breaking old hashes.
 * Format: `scrypt$N$r$p$<salt base64>$<hash base64>`. The PIN itself is never stored, logged or returned.
 */
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, KEY_BYTES, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** False for a wrong PIN and for a stored value this code cannot read (never throws on bad data). */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(pin, parsed.salt, parsed.hash.length, parsed.params);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

function parse(stored: string | null): { params: { N: number; r: number; p: number }; salt: Buffer; hash: Buffer } | null {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p || !Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const hash = Buffer.from(parts[5] ?? '', 'base64');
  // A cut-short hash would still match (a shorter scrypt key is a prefix of the longer one): only full keys count.
  if (salt.length < SALT_BYTES || hash.length !== KEY_BYTES) return null;
  return { params: { N, r, p }, salt, hash };
}

function derive(pin: string, salt: Buffer, length: number, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}
