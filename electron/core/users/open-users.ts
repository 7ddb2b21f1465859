import type { AccessGate } from '../api/dispatch';
import type { Ledger } from '../ledger';
import { createAccessGate } from './access-gate';
import { PinGuard } from './pin-backoff';
import { SessionBook } from './session-book';
import { SetupState } from './setup-state';
import { UserRepo } from './user-repo';

/** The users side of one open core: the table, who is signed in where, setup, the PIN backoff and the gate. */
export interface Users {
  ledger: Ledger;
  repo: UserRepo;
  sessions: SessionBook;
  setup: SetupState;
  pins: PinGuard;
  gate: AccessGate;
  now: () => number;
}

export function openUsers(ledger: Ledger): Users {
  const now = ledger.now;
  const repo = new UserRepo(ledger.db);
  const sessions = new SessionBook();
  const setup = new SetupState(ledger.db);
  return { ledger, repo, sessions, setup, pins: new PinGuard(repo, now), gate: createAccessGate({ users: repo, sessions, setup, now }), now };
}
