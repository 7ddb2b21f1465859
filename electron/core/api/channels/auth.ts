import { z } from 'zod';
import { userRoles } from '../../domain/user-role';
import { outletTimeZoneSchema, requestIdSchema } from '../schemas';

export const userRoleSchema = z.enum(userRoles);

/** 4 to 6 digits: typed on a PIN pad at the counter. Never echoed back, never logged, never audited. */
export const pinSchema = z.string().regex(/^\d{4,6}$/, { error: 'PIN harus 4 sampai 6 angka.' });

export const userNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Nama wajib diisi.' })
  .max(40, { error: 'Nama paling panjang 40 huruf.' });

export const sessionUserSchema = z.object({ id: z.number().int().positive(), name: z.string(), role: userRoleSchema });

/** One name on the sign-in screen. `waitUntil`: wrong PINs made this user wait (backoff or lock) until then. */
const signInChoice = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  role: userRoleSchema,
  /** False only for the "Owner" made when an older data folder was upgraded: setup sets its PIN. */
  hasPin: z.boolean(),
  waitUntil: z.number().int().nullable(),
});

export const outletProfileSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'Nama outlet wajib diisi.' }).max(48, { error: 'Nama outlet paling panjang 48 huruf.' }),
    address: z.string().trim().max(120, { error: 'Alamat paling panjang 120 huruf.' }),
    phone: z
      .string()
      .trim()
      .max(24, { error: 'Nomor telepon paling panjang 24 huruf.' })
      .regex(/^[0-9+\-() ]*$/, { error: 'Nomor telepon hanya angka, spasi, +, - dan tanda kurung.' }),
    footer: z.string().trim().max(200, { error: 'Catatan kaki struk paling panjang 200 huruf.' }),
    timeZone: outletTimeZoneSchema,
  })
  .strict();

const newUser = z.object({ name: userNameSchema, pin: pinSchema }).strict();

const userRow = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  hasPin: z.boolean(),
  waitUntil: z.number().int().nullable(),
  failedAttempts: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  lastSignInAt: z.number().int().nullable(),
});

export const authChannels = {
  /** Anyone: what the first screen needs (setup or sign-in, the names to pick, the idle lock). */
  'auth:status': {
    input: z.object({}).strict(),
    output: z.object({
      setupNeeded: z.boolean(),
      user: sessionUserSchema.nullable(),
      users: z.array(signInChoice),
      idleLockMinutes: z.number().int().positive(),
      outletName: z.string(),
    }),
  },
  /**
   * First run only (refused once done): the outlet, the owner and optional cashiers, in one
   * transaction; the owner is signed in on this session. On an upgraded data folder `owner` names
   * and sets the PIN of the "Owner" the upgrade made.
   */
  'setup:complete': {
    input: z
      .object({
        outlet: outletProfileSchema,
        owner: newUser,
        cashiers: z.array(newUser).max(20).default([]),
      })
      .strict(),
    output: z.object({ user: sessionUserSchema }),
  },
  'auth:signIn': {
    input: z.object({ userId: z.number().int().positive(), pin: pinSchema }).strict(),
    output: z.object({ user: sessionUserSchema }),
  },
  /** Locks this session (idle timer, "Kunci", switching user): every channel but these asks to sign in again. */
  'auth:lock': {
    input: z.object({}).strict(),
    output: z.object({ locked: z.literal(true) }),
  },
  /**
   * The owner approves, on the cashier's screen, one call of an owner channel by typing the owner
   * PIN. The approval is for this session, that channel, once, within two minutes.
   */
  'auth:approveOverride': {
    input: z.object({ channel: z.string().max(60), pin: pinSchema }).strict(),
    output: z.object({ channel: z.string(), approvedBy: sessionUserSchema, expiresAt: z.number().int() }),
  },
  /** Any signed-in user changes their own PIN (the current one proves it is them). */
  'auth:changePin': {
    input: z.object({ currentPin: pinSchema, newPin: pinSchema }).strict(),
    output: z.object({ changed: z.literal(true) }),
  },
  'auth:setIdleLock': {
    input: z.object({ minutes: z.number().int().min(1, { error: 'Paling cepat 1 menit.' }).max(240, { error: 'Paling lama 240 menit.' }) }).strict(),
    output: z.object({ idleLockMinutes: z.number().int().positive() }),
  },
  'outlet:profile': {
    input: z.object({}).strict(),
    output: outletProfileSchema,
  },
  'outlet:setProfile': {
    input: outletProfileSchema,
    output: outletProfileSchema,
  },
  'users:list': {
    input: z.object({}).strict(),
    output: z.object({ users: z.array(userRow) }),
  },
  'users:create': {
    input: z.object({ requestId: requestIdSchema.optional(), name: userNameSchema, role: userRoleSchema, pin: pinSchema }).strict(),
    output: userRow,
  },
  /** Rename, change role, deactivate/reactivate. The last active owner can be neither demoted nor deactivated. */
  'users:update': {
    input: z
      .object({ id: z.number().int().positive(), name: userNameSchema.optional(), role: userRoleSchema.optional(), active: z.boolean().optional() })
      .strict(),
    output: userRow,
  },
  /** The owner sets a new PIN for a user who forgot theirs; it also lifts a lock from wrong PINs. */
  'users:resetPin': {
    input: z.object({ id: z.number().int().positive(), pin: pinSchema }).strict(),
    output: userRow,
  },
} as const;
