import { describe, expect, it } from 'vitest';
import { DENOMINATIONS, emptyCount, piecesTotal, toCounted } from '../../../renderer/src/components/shift/cash-count';
import { denominations } from '../../../electron/core/api/channels/shifts';

describe('cash count (buka/tutup kasir)', () => {
  it('lists the ten Indonesian denominations of the contract, largest first', () => {
    expect(DENOMINATIONS).toEqual([...denominations]);
    expect(DENOMINATIONS).toHaveLength(10);
  });

  it('sends a typed amount as text, for the core to read', () => {
    expect(toCounted({ ...emptyCount(), amount: 'Rp 1.250.000' })).toEqual({ counted: { amount: 'Rp 1.250.000' } });
  });

  it('sends only the denominations counted, as whole numbers, with the running total for the screen', () => {
    const count = { ...emptyCount(), mode: 'pieces' as const };
    count.pieces = { ...count.pieces, '100000': '4', '2000': ' 3 ', '500': '', '100': '0' };
    expect(toCounted(count)).toEqual({ counted: { denominations: { '100000': 4, '2000': 3 } } });
    expect(piecesTotal(count)).toBe(406_000);
  });

  it.each(['1,5', '-2', 'abc', '2.5'])('names the face value whose count %j is not a whole number, and sends nothing', (typed) => {
    const count = { ...emptyCount(), mode: 'pieces' as const };
    count.pieces = { ...count.pieces, '50000': '2', '5000': typed };
    expect(toCounted(count)).toEqual({ badFace: 5_000 });
  });
});
