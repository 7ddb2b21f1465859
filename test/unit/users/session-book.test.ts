import { describe, expect, it } from 'vitest';
import { SessionBook } from '../../../electron/core/users/session-book';

const owner = { id: 1, name: 'Bu Sari', role: 'owner' as const };

describe('session book', () => {
  it('keeps one user per session; locking and a deactivation end it', () => {
    const book = new SessionBook();
    book.signIn('window:1', 2);
    book.signIn('window:2', 2);
    book.signIn('window:3', 3);
    book.lock('window:3');
    expect(book.userIdOf('window:3')).toBeNull();
    book.endUser(2);
    expect([book.userIdOf('window:1'), book.userIdOf('window:2')]).toEqual([null, null]);
  });

  it('an approval is for its session, channel and input, used once, and not after it expires', () => {
    const book = new SessionBook();
    book.signIn('window:1', 2);
    book.signIn('window:2', 2);
    const close = { channel: 'day:close', fingerprint: 'day-a' };
    book.grant('window:1', { ...close, approvedBy: owner, expiresAt: 1000 });
    expect(book.takeGrant('window:2', close, 0)).toBeNull();
    expect(book.takeGrant('window:1', { channel: 'catalog:setMarkup', fingerprint: 'day-a' }, 0)).toBeNull();
    expect(book.takeGrant('window:1', { channel: 'day:close', fingerprint: 'day-b' }, 0)).toBeNull();
    expect(book.takeGrant('window:1', close, 0)).toMatchObject({ approvedBy: owner });
    expect(book.takeGrant('window:1', close, 0)).toBeNull();
    book.grant('window:1', { ...close, approvedBy: owner, expiresAt: 1000 });
    expect(book.takeGrant('window:1', close, 1000)).toBeNull();
  });

  it('keeps the last refused call per channel until the owner approves it', () => {
    const book = new SessionBook();
    book.signIn('window:1', 2);
    book.rememberRefused('window:1', { channel: 'day:close', fingerprint: 'old' });
    book.rememberRefused('window:1', { channel: 'day:close', fingerprint: 'new' });
    expect(book.refusedCall('window:2', 'day:close')).toBeNull();
    expect(book.refusedCall('window:1', 'day:close')).toEqual({ channel: 'day:close', fingerprint: 'new' });
    book.grant('window:1', { channel: 'day:close', fingerprint: 'new', approvedBy: owner, expiresAt: 1000 });
    expect(book.refusedCall('window:1', 'day:close')).toBeNull();
  });

  it('signing in again (another user) drops approvals given before', () => {
    const book = new SessionBook();
    book.signIn('window:1', 2);
    book.grant('window:1', { channel: 'day:close', fingerprint: 'f', approvedBy: owner, expiresAt: 1000 });
    book.rememberRefused('window:1', { channel: 'day:close', fingerprint: 'f' });
    book.signIn('window:1', 3);
    expect(book.takeGrant('window:1', { channel: 'day:close', fingerprint: 'f' }, 0)).toBeNull();
    expect(book.refusedCall('window:1', 'day:close')).toBeNull();
  });
});
