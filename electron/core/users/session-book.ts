import type { SessionUser } from '../domain/user-role';

/**
 * The owner's approval of one call on one session (auth:approveOverride): the call the gate refused,
 * by channel and by its input's fingerprint, so the approval cannot be spent on other input (the
 * owner approves a withdrawal of Rp 50.000, not "a withdrawal").
 */
export interface OverrideGrant {
  channel: string;
  fingerprint: string;
  approvedBy: SessionUser;
  expiresAt: number;
}

/** A cashier's call the gate refused for want of the owner: what an approval would allow. */
export interface RefusedCall {
  channel: string;
  fingerprint: string;
}

interface SessionState {
  userId: number | null;
  grants: OverrideGrant[];
  /** The last refused call per channel: the one on the screen that is asking the owner. */
  refused: RefusedCall[];
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
    this.sessions.set(session, { userId, grants: [], refused: [] });
  }

  /** Locking drops the user and any approval not used yet. */
  lock(session: string): void {
    this.sessions.delete(session);
  }

  /** A deactivated user is signed out everywhere at once. */
  endUser(userId: number): void {
    for (const [session, state] of this.sessions) if (state.userId === userId) this.sessions.delete(session);
  }

  /** Remembers the refused call, replacing an earlier one of the same channel. */
  rememberRefused(session: string, call: RefusedCall): void {
    const state = this.sessions.get(session);
    if (!state) return;
    state.refused = [...state.refused.filter((r) => r.channel !== call.channel), call];
  }

  /** The refused call of this channel the owner is asked to approve (it stays until approved). */
  refusedCall(session: string, channel: string): RefusedCall | null {
    return this.sessions.get(session)?.refused.find((r) => r.channel === channel) ?? null;
  }

  /** Approves the refused call: it becomes a grant and leaves the waiting list. */
  grant(session: string, grant: OverrideGrant): void {
    const state = this.sessions.get(session);
    if (!state) return;
    state.refused = state.refused.filter((r) => r.channel !== grant.channel);
    // One approval per channel: a second approval replaces the first rather than stacking up calls.
    state.grants = [...state.grants.filter((g) => g.channel !== grant.channel), grant];
  }

  /** Uses up this session's approval for exactly this call (channel and input), if one is there and not expired. */
  takeGrant(session: string, call: RefusedCall, now: number): OverrideGrant | null {
    const state = this.sessions.get(session);
    if (!state) return null;
    state.grants = state.grants.filter((g) => g.expiresAt > now);
    const grant = state.grants.find((g) => g.channel === call.channel && g.fingerprint === call.fingerprint) ?? null;
    if (grant) state.grants = state.grants.filter((g) => g !== grant);
    return grant;
  }
}
