import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../electron/core/users/pin-hash';

describe('PIN hash (scrypt)', () => {
  it('stores scrypt$16384$8$1$salt$hash with a 16-byte salt and a 32-byte key, never the PIN', async () => {
    const stored = await hashPin('123456');
    const parts = stored.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(32);
    expect(stored).not.toContain('123456');
  });

  it('salts each hash: the same PIN twice gives two different strings, both verifying', async () => {
    const [a, b] = [await hashPin('4321'), await hashPin('4321')];
    expect(a).not.toBe(b);
    expect(await verifyPin('4321', a)).toBe(true);
    expect(await verifyPin('4321', b)).toBe(true);
  });

  it('refuses a wrong PIN, a missing hash and a damaged one without throwing', async () => {
    const stored = await hashPin('4321');
    expect(await verifyPin('4322', stored)).toBe(false);
    expect(await verifyPin('4321', null)).toBe(false);
    expect(await verifyPin('4321', 'scrypt$x$8$1$AAAA$AAAA')).toBe(false);
    expect(await verifyPin('4321', stored.slice(0, -8))).toBe(false);
    expect(await verifyPin('4321', 'plain 4321')).toBe(false);
  });
});
