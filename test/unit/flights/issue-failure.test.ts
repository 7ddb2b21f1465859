import { describe, expect, it } from 'vitest';
import { finalStatusOfFailedIssue } from '../../../electron/core/flights/issue-failure';

/** A failed issue cancels or expires its booking only by the outcome's code, never by its words. */
describe('finalStatusOfFailedIssue', () => {
  it('the code the issue mapping set decides', () => {
    expect(finalStatusOfFailedIssue('status kode booking ABC123 adalah Expired [expired]', 'status kode booking ABC123 adalah Expired')).toBe('expired');
    expect(finalStatusOfFailedIssue('Booking dibatalkan maskapai [cancel]', 'Booking dibatalkan maskapai')).toBe('cancel');
    expect(finalStatusOfFailedIssue('failed [cancel]', null)).toBe('cancel');
  });

  it('"cancel" or "expired" in the provider\'s words with another code changes nothing', () => {
    const message = 'Sisa saldo tidak cukup: cancel transaksi lain dulu, sesi expired';
    expect(finalStatusOfFailedIssue(`${message} [refused]`, message)).toBeNull();
    // The message itself ending in something that looks like a code is still the message.
    expect(finalStatusOfFailedIssue('Gagal [cancel] [refused]', 'Gagal [cancel]')).toBeNull();
    expect(finalStatusOfFailedIssue(null, message)).toBeNull();
  });
});
