import { describe, expect, it } from 'vitest';
import { STATE_LABEL } from '../../../electron/core/sales/state-label';
import { sellingId } from '../../../renderer/src/i18n/selling-id';

/**
 * A sale state has one set of Indonesian words on both sides of the process wall: the core writes
 * them into history lines and exports (STATE_LABEL), the screens show them from their i18n table
 * (the renderer may not import core code). If one side changes a word, the other must follow.
 */
describe('sale state words', () => {
  it('are the same in the core (history lines, exports) and on the Indonesian screens', () => {
    expect(sellingId.state).toEqual(STATE_LABEL);
  });
});
