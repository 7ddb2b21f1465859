import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import type { Channel, ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type AuthStatus = ChannelOutput<'auth:status'>;
export type SessionUser = NonNullable<AuthStatus['user']>;
export type SignInChoice = AuthStatus['users'][number];
export type SetupInput = ChannelInput<'setup:complete'>;

/** An owner call a cashier's screen made and the core refused: waiting for the owner's PIN. */
export interface ApprovalRequest {
  channel: Channel;
  /** The core's refusal ("Hanya pemilik yang boleh ..."), shown in the dialog. */
  refusal: ErrorBody;
  error: ErrorBody | null;
  busy: boolean;
}

/**
 * Who is at the counter: the first screen's facts (`auth:status`), signing in and locking, and the
 * owner's approval of one refused call. The core holds the session; this store mirrors it so the
 * shell shows only what the signed-in user may see (the core refuses the rest anyway).
 */
export const useAuthStore = defineStore('auth', () => {
  const status = shallowRef<AuthStatus | null>(null);
  const loadError = ref<ErrorBody | null>(null);
  const user = shallowRef<SessionUser | null>(null);
  /** Moves at every sign-in: the shell (re)starts its stores for the new session. */
  const sessionKey = ref(0);
  /** The tile picked on the sign-in screen after a lock: the same user types their PIN again. */
  const preselectedUserId = ref<number | null>(null);
  const approval = ref<ApprovalRequest | null>(null);
  let settleApproval: ((approved: boolean) => void) | null = null;

  const isOwner = computed(() => user.value?.role === 'owner');
  const setupNeeded = computed(() => status.value?.setupNeeded ?? false);
  const idleLockMinutes = computed(() => status.value?.idleLockMinutes ?? 5);

  /** Reads the first screen's facts; the core says whether this session is already signed in. */
  async function load(): Promise<Result<AuthStatus>> {
    const result = await usePos().call('auth:status', {});
    if (result.ok) {
      status.value = result.value;
      if (result.value.user?.id !== user.value?.id) {
        user.value = result.value.user;
        if (user.value) sessionKey.value += 1;
      } else {
        user.value = result.value.user;
      }
    }
    loadError.value = result.ok ? null : result.error;
    return result;
  }

  function signedIn(next: SessionUser): void {
    user.value = next;
    preselectedUserId.value = next.id;
    sessionKey.value += 1;
  }

  async function setup(input: SetupInput): Promise<Result<ChannelOutput<'setup:complete'>>> {
    const result = await usePos().call('setup:complete', input);
    if (result.ok) {
      signedIn(result.value.user);
      await load();
    }
    return result;
  }

  /** A refusal (wrong PIN, waiting) re-reads the names so the tile shows its wait. */
  async function signIn(userId: number, pin: string): Promise<Result<ChannelOutput<'auth:signIn'>>> {
    const result = await usePos().call('auth:signIn', { userId, pin });
    if (result.ok) signedIn(result.value.user);
    await load();
    return result;
  }

  /**
   * Locks this session in the core and hides the shell. `keepUser`: the sign-in screen opens on the
   * same user's PIN pad (idle lock, "Kunci"); false goes back to the names ("Ganti pengguna").
   */
  async function lock(keepUser = true): Promise<void> {
    const previous = user.value;
    cancelApproval();
    user.value = null;
    preselectedUserId.value = keepUser && previous ? previous.id : null;
    await usePos().call('auth:lock', {});
    await load();
  }

  function forgetPreselection(): void {
    preselectedUserId.value = null;
  }

  function changePin(currentPin: string, newPin: string) {
    return usePos().call('auth:changePin', { currentPin, newPin });
  }

  async function setIdleLock(minutes: number): Promise<Result<ChannelOutput<'auth:setIdleLock'>>> {
    const result = await usePos().call('auth:setIdleLock', { minutes });
    if (result.ok && status.value) status.value = { ...status.value, idleLockMinutes: result.value.idleLockMinutes };
    return result;
  }

  /**
   * THE way a screen a cashier can reach calls an owner channel: when the core refuses the call as
   * `forbidden` for a cashier, the owner-approval dialog opens; the owner types their PIN on this
   * screen (`auth:approveOverride` for that channel) and the call is sent once more. Cancelled, the
   * first refusal is the answer. The owner's own calls never get here (the core admits them).
   */
  async function withOwnerApproval<T>(channel: Channel, run: () => Promise<Result<T>>): Promise<Result<T>> {
    const first = await run();
    if (first.ok || first.error.code !== 'forbidden' || isOwner.value || !user.value || approval.value) return first;
    const approved = await askOwner(channel, first.error);
    return approved ? run() : first;
  }

  function askOwner(channel: Channel, refusal: ErrorBody): Promise<boolean> {
    approval.value = { channel, refusal, error: null, busy: false };
    return new Promise((resolve) => {
      settleApproval = resolve;
    });
  }

  function finishApproval(approved: boolean): void {
    const settle = settleApproval;
    settleApproval = null;
    approval.value = null;
    settle?.(approved);
  }

  /** The owner's PIN for the waiting call; a wrong PIN keeps the dialog open with the core's words. */
  async function approve(pin: string): Promise<boolean> {
    const request = approval.value;
    if (!request || request.busy) return false;
    request.busy = true;
    request.error = null;
    const result = await usePos().call('auth:approveOverride', { channel: request.channel, pin });
    if (approval.value !== request) return false;
    request.busy = false;
    if (!result.ok) {
      request.error = result.error;
      return false;
    }
    finishApproval(true);
    return true;
  }

  function cancelApproval(): void {
    if (approval.value) finishApproval(false);
  }

  return {
    status,
    loadError,
    user,
    sessionKey,
    preselectedUserId,
    approval,
    isOwner,
    setupNeeded,
    idleLockMinutes,
    load,
    setup,
    signIn,
    lock,
    forgetPreselection,
    changePin,
    setIdleLock,
    withOwnerApproval,
    approve,
    cancelApproval,
  };
});
