/** A user as the views name them: `seller` of a sale, `user` of a journal entry. */
export interface UserRef {
  id: number;
  name: string;
}

type Translate = (key: string) => string;

/**
 * The one way the screens show who did something. A row with no user (null) was made before
 * users existed (an upgraded outlet) or by background work; nothing in the row tells which, so
 * both read the same: "—" with the hint "sebelum pengguna / sistem" (as a tooltip, or spelled out
 * where there is no hover, e.g. a select option).
 */
export function userLabel(user: UserRef | null, t: Translate): { text: string; hint: string | null } {
  if (user) return { text: user.name, hint: null };
  return { text: t('people.noUser'), hint: t('people.noUserHint') };
}

/** A "by user" choice on a filter: everyone (''), the rows no user made ('none'), or one user's id. */
export type UserChoice = '' | 'none' | number;

/** The channels' `userId` for a choice: absent for everyone, null for no user. */
export function userIdFilter(choice: UserChoice): { userId?: number | null } {
  if (choice === '') return {};
  return { userId: choice === 'none' ? null : choice };
}
