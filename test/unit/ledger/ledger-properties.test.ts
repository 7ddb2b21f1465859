import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import {
  recordDepositTopUp,
  recordOpeningCash,
  recordOwnerWithdrawal,
  verifyLedger,
} from '../../../electron/core/ledger';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Ledger invariants over random sequences of owner operations (valid, invalid and repeated):
 * every entry sums to zero, the trial balance is zero, each balance equals a model computed
 * independently of SQL, and the drawer never goes negative.
 */
type Op =
  | { op: 'open'; amount: string }
  | { op: 'topup'; amount: string; provider: ProviderId; source: 'cash' | 'bank' }
  | { op: 'withdraw'; amount: string }
  | { op: 'repeat' };

const amountText = fc.oneof(
  fc.integer({ min: 1, max: 5_000_000 }).map(String),
  fc.integer({ min: 1, max: 5_000_000 }).map((n) => `Rp ${n.toLocaleString('id-ID')}`),
  fc.constantFrom('abc', '-5000', '1,5', '0', ''),
);
const provider = fc.constantFrom<ProviderId>('mmbc', 'iak', 'ayoconnect', 'klikoo');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('open' as const), amount: amountText }),
  fc.record({ op: fc.constant('topup' as const), amount: amountText, provider, source: fc.constantFrom<'cash' | 'bank'>('cash', 'bank') }),
  fc.record({ op: fc.constant('withdraw' as const), amount: amountText }),
  fc.constant({ op: 'repeat' as const }),
);

let f: LedgerFixture;
beforeAll(async () => {
  f = await openTestLedger();
});
afterAll(() => f.close());

describe('ledger invariants', () => {
  it('hold after any sequence of owner operations', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        run += 1;
        const model = new Map<string, number>();
        const add = (code: string, amount: number) => model.set(code, (model.get(code) ?? 0) + amount);
        const before = new Map(f.ledger.balances().map((b) => [b.code, b.balance]));
        let last: { fn: () => unknown } | undefined;
        ops.forEach((o, i) => {
          const requestId = `r${run}-${i}-xxxxxx`;
          const attempt = (fn: () => unknown, apply: () => void) => {
            try {
              const result = fn() as { duplicate: boolean };
              if (!result.duplicate) apply();
            } catch {
              // refused: the model must not change either
            }
            last = { fn };
          };
          if (o.op === 'repeat') {
            if (last) attempt(last.fn, () => expect.fail('a repeated request must not record twice'));
            return;
          }
          const n = Number(o.amount.replace(/\D/g, ''));
          if (o.op === 'open') attempt(() => recordOpeningCash(f.ledger, { requestId, amount: o.amount }), () => {
            add('cash_drawer', n);
            add('owner_equity', n);
          });
          if (o.op === 'withdraw') attempt(() => recordOwnerWithdrawal(f.ledger, { requestId, amount: o.amount }), () => {
            add('cash_drawer', -n);
            add('owner_equity', -n);
          });
          if (o.op === 'topup') attempt(() => recordDepositTopUp(f.ledger, { requestId, ...o }), () => {
            add(`deposit:${o.provider}`, n);
            add(o.source === 'cash' ? 'cash_drawer' : 'owner_equity', o.source === 'cash' ? -n : n);
          });
        });
        expect(verifyLedger(f.db)).toEqual([]);
        for (const b of f.ledger.balances()) {
          expect(b.balance).toBe((before.get(b.code) ?? 0) + (model.get(b.code) ?? 0));
        }
        expect(f.ledger.rawBalance('cash_drawer')).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
