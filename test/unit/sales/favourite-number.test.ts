import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { salesChannels } from '../../../electron/core/api/channels/sales';
import { recentNumbers, setFavourite } from '../../../electron/core/sales/recent-numbers';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Favourite numbers: the contract refuses what is not a customer number at all (any caller of the
 * channel, before the core), and the core function itself applies the catalogue's phone rule and
 * stores the local form, whoever calls it.
 */
const input = salesChannels['sales:setFavourite'].input;
const refusal = (customerNo: string) => {
  const parsed = input.safeParse({ customerNo, favourite: true });
  return parsed.success ? null : parsed.error.issues.map((i) => i.message).join('; ');
};

describe('sales:setFavourite at the contract', () => {
  it.each(['abc', '0812abcd5678', '0812;3456;7890', '0812 3456 7890 +', '0812-345', '08123456789012345', ''])(
    'refuses %j in Indonesian',
    (customerNo) => {
      expect(refusal(customerNo)).toBe('Nomor pelanggan hanya boleh berisi angka (boleh diawali +, dipisah spasi atau tanda hubung), 8–16 digit.');
    },
  );

  it.each(['081234567890', '+62 812-3456-7890', ' 0812 3456 7890 ', '+1 202 555 0143'])('lets %j through to the core’s own rule', (customerNo) => {
    expect(refusal(customerNo)).toBeNull();
  });
});

describe('setFavourite in the core', () => {
  let f: LedgerFixture;
  const now = Date.UTC(2026, 10, 24, 3, 0, 0);
  beforeEach(async () => {
    f = await openTestLedger(() => now);
  });
  afterEach(() => f.close());
  const favourites = () => recentNumbers(f.db, 50).filter((n) => n.favourite).map((n) => n.customerNo);

  it('stores the local form of a number typed any way', () => {
    setFavourite(f.db, '+62 812-9999-0008', true, now);
    setFavourite(f.db, '6281299990008', true, now);
    expect(favourites()).toEqual(['081299990008']);
  });

  it('refuses a number the catalogue’s rule refuses, in Indonesian, and stores nothing', () => {
    expect(() => setFavourite(f.db, '+1 202 555 0199', true, now)).toThrow(/Nomor HP .*hanya boleh berisi angka \(boleh diawali \+62\)/);
    expect(favourites()).toEqual([]);
  });

  it('removes a favourite typed in another form, and one stored as typed before the rule existed', () => {
    setFavourite(f.db, '081299990008', true, now);
    f.db.prepare('INSERT INTO favourite_number (customer_no, created_at) VALUES (?, ?)').run('+1 202 555 0143', now);
    setFavourite(f.db, '+62 812 9999 0008', false, now);
    setFavourite(f.db, '+1 202 555 0143', false, now);
    expect(favourites()).toEqual([]);
  });
});
