import type { SessionUser } from '../domain/user-role';

/** The owner's approval of one call of one owner channel on one session (auth:approveOverride). */
export interface OverrideGrant {
  channel: string;
  approvedBy: SessionUser;
  expiresAt: number;
}

interface SessionState {
  userId: number | null;
  grants: OverrideGrant[];
}

/**
 * Who is signed in on each session (an Electron window, the headless token), in memory only: a
 * restart signs everyone out, which is what a counter expects after the app was closed.
 * The gate reads the user's row on every call, so this book only needs the id.
 */
export class SessionBook {
  private readonly sessions = new Map<string, SessionState>();

  userIdOf(session: string): number | null {
    return this.sessions.get(session)?.userId ?? null;
  }

  /** Signing in (or switching user) starts clean: approvals given to the previous user do not carry over. */
  signIn(session: string, userId: number): void {
    this.sessions.set(session, { userId, grants: [] });
  }

  /** Locking drops the user and any approval not used yet. */
  lock(session: string): void {
    this.sessions.delete(session);
  }

  /** A deactivated user is signed out everywhere at once. */
  endUser(userId: number): void {
    for (const [session, state] of this.sessions) if (state.userId === userId) this.sessions.delete(session);
  }

  grant(session: string, grant: OverrideGrant): void {
    const state = this.sessions.get(session);
    if (!state) return;
    // One approval per channel: a second approval replaces the first rather than stacking up calls.
    state.grants = [...state.grants.filter((g) => g.channel !== grant.channel), grant];
  }

  /** Uses up this session's approval for the channel, if one is there and not expired. */
  takeGrant(session: string, channel: string, now: number): OverrideGrant | null {
    const state = this.sessions.get(session);
    if (!state) return null;
    state.grants = state.grants.filter((g) => g.expiresAt > now);
    const grant = state.grants.find((g) => g.channel === channel) ?? null;
    if (grant) state.grants = state.grants.filter((g) => g !== grant);
    return grant;
  }
}
