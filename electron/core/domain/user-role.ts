/**
 * Who works at the counter. The owner runs the outlet (prices, providers, money in and out,
 * settings, users, backups); a cashier sells, refunds a failed sale and asks the owner to approve
 * anything more. A supervisor role was left out: two roles cover a warung and stay easy to reason about.
 */
export const userRoles = ['owner', 'cashier'] as const;
export type UserRole = (typeof userRoles)[number];

/** The signed-in user a call runs as. */
export interface SessionUser {
  id: number;
  name: string;
  role: UserRole;
}
