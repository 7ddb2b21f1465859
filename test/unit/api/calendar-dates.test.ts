import { describe, expect, it } from 'vitest';
import { businessDaySchema } from '../../../electron/core/api/schemas';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/** Issue 7 item 15: every date a channel takes is a real calendar date (one schema, api/schemas.ts). */
describe('dates', () => {
  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-11-00', '0000-01-01'])('refuses %s', (day) => {
    expect(businessDaySchema.safeParse(day).success).toBe(false);
  });

  it.each(['2028-02-29', '2026-12-31', '2026-01-01', '2026-11-30'])('accepts %s', (day) => {
    expect(businessDaySchema.safeParse(day).success).toBe(true);
  });

  it('is the rule of every channel that takes a date', async () => {
    const t = await openTestCore();
    try {
      for (const [channel, input] of [
        ['sales:list', { from: '2026-02-30' }],
        ['sales:list', { to: '2026-04-31' }],
        ['ledger:journalForDay', { day: '2026-02-29' }],
      ] as const) {
        expect(await t.core.dispatch(channel, input, OWNER_SESSION)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/tidak ada di kalender/) } });
      }
      expect(await t.core.dispatch('ledger:journalForDay', { day: '2028-02-29' }, OWNER_SESSION)).toMatchObject({ ok: true });
    } finally {
      await t.close();
    }
  });
});
