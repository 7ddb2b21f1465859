import { AppError } from '../errors/app-error';
import { verifyPin } from './pin-hash';
import type { UserRecord, UserRepo } from './user-repo';

/** Wrong PINs before the first wait: a slip of the finger costs nothing. */
const FREE_WRONG_PINS = 2;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * How long to wait after the n-th wrong PIN in a row: the 3rd → 30 s, the 4th → 60 s, the 5th and
 * after → 15 minutes. Guessing 4 digits at 15 minutes a try takes years; a cashier who mistyped
 * twice is not slowed down. The count and the end of the wait live in app_user, so a restart lifts nothing.
 */
export function waitAfterWrongPin(wrongInARow: number): number {
  if (wrongInARow <= FREE_WRONG_PINS) return 0;
  if (wrongInARow === 3) return 30 * SECOND;
  if (wrongInARow === 4) return 60 * SECOND;
  return 15 * MINUTE;
}

/** "14 menit", "25 detik": rounded up, so "0 detik" is never shown while still waiting. */
export function waitInWords(ms: number): string {
  if (ms >= MINUTE) return `${Math.ceil(ms / MINUTE)} menit`;
  return `${Math.max(1, Math.ceil(ms / SECOND))} detik`;
}

export function waitingError(waitUntil: number, now: number): AppError {
  return new AppError('locked', `Terlalu banyak PIN salah. Coba lagi dalam ${waitInWords(waitUntil - now)}.`);
}

export type PinCheck = { ok: true } | { ok: false; error: AppError };

/**
 * Checks one user's PIN under the backoff: sign-in, changing one's own PIN and the owner's PIN typed
 * for an override all go through here, so no path offers unlimited guesses. While the user must
 * wait the PIN is not even checked.
 *
 * PIN checks run one at a time, each reading the user's row afresh: scrypt is asynchronous, so
 * checks left to overlap would all pass the "still waiting?" test before the first wrong PIN was
 * counted, and a script could fire a thousand guesses at once past the backoff.
 */
export class PinGuard {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repo: UserRepo,
    private readonly now: () => number,
  ) {}

  /** Runs `work` after every PIN check before it has finished (a counter signs in a few times a day: one line is plenty). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Still waiting after wrong PINs: the end of the wait, else null. */
  waitUntil(user: UserRecord): number | null {
    return user.waitUntil !== null && user.waitUntil > this.now() ? user.waitUntil : null;
  }

  check(user: UserRecord, pin: string): Promise<PinCheck> {
    return this.exclusive(async () => {
      const fresh = this.repo.byId(user.id) ?? user;
      const waiting = this.waitUntil(fresh);
      if (waiting !== null) return { ok: false, error: waitingError(waiting, this.now()) };
      if (await verifyPin(pin, fresh.pinHash)) {
        this.repo.rightPin(fresh.id);
        return { ok: true };
      }
      return { ok: false, error: this.countWrong(fresh) };
    });
  }

  /** Counts a wrong PIN against the user (and starts the wait it earns); returns the refusal to show. */
  countWrong(user: UserRecord): AppError {
    const wrong = this.repo.countWrongPin(user.id);
    const wait = waitAfterWrongPin(wrong);
    if (wait > 0) this.repo.setWaitUntil(user.id, this.now() + wait);
    return new AppError('wrong_pin', wrongPinMessage(wrong, wait));
  }

  /** Throws the refusal (wrong PIN or waiting); returns when the PIN is right. */
  async require(user: UserRecord, pin: string): Promise<void> {
    const result = await this.check(user, pin);
    if (!result.ok) throw result.error;
  }
}

function wrongPinMessage(wrongInARow: number, wait: number): string {
  if (wait > 0) return `PIN salah. Coba lagi dalam ${waitInWords(wait)}.`;
  const left = FREE_WRONG_PINS + 1 - wrongInARow;
  return `PIN salah. Jika salah ${left} kali lagi, Anda harus menunggu sebelum mencoba lagi.`;
}
