import { z } from 'zod';
import { requestIdSchema } from '../schemas';

/** A folder or file the owner typed or picked: absolute, one line, not absurdly long. */
const absolutePathSchema = z
  .string()
  .trim()
  .min(1, { error: 'Folder wajib diisi.' })
  .max(500, { error: 'Alamat folder terlalu panjang.' })
  .refine((path) => !/[\0\r\n]/.test(path), { error: 'Alamat folder tidak valid.' })
  .refine((path) => path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'), {
    error: 'Tulis alamat folder lengkap, misalnya E:\\ atau /media/flashdisk.',
  });

/** A backup in the data folder's backups/, by its file name (never a path: the core joins it). */
const backupNameSchema = z.string().regex(/^loket-[A-Za-z0-9_.-]+\.db$/, { error: 'Nama cadangan tidak dikenal.' }).max(160);

const backupView = z.object({
  name: z.string(),
  at: z.number().int(),
  bytes: z.number().int().nonnegative(),
  /** scheduled, manual, pre-migration-vN, before-restore ... */
  reason: z.string(),
});

export const backupChannels = {
  'backups:list': {
    input: z.object({}).strict(),
    output: z.object({
      backups: z.array(backupView),
      /** When a backup was last copied out of this computer (to a USB stick); null: never. */
      lastCopiedAt: z.number().int().nullable(),
      /** True when nothing was copied out for 7 days: one broken disk would lose the books. */
      reminder: z.boolean(),
    }),
  },
  'backups:create': {
    input: z.object({ requestId: requestIdSchema.optional() }).strict(),
    output: backupView,
  },
  'backups:copyTo': {
    input: z.object({ name: backupNameSchema, folder: absolutePathSchema }).strict(),
    output: z.object({ file: z.string(), bytes: z.number().int().nonnegative() }),
  },
  /**
   * Replaces the books with a backup (from the list, or a file the owner brings back from a USB
   * stick). The current file is kept aside first; the core closes and re-opens on the restored file
   * and sends `app:reopened`: every screen reloads and everyone signs in again. Refused, changing
   * nothing, when the file is not a Loket ledger or was written by a newer version.
   */
  'backups:restore': {
    input: z.union([z.object({ name: backupNameSchema }).strict(), z.object({ file: absolutePathSchema }).strict()]),
    output: z.object({ restoredFrom: z.string(), keptAside: z.string() }),
  },
} as const;

export const backupEvents = {
  /** The core re-opened on another ledger file (a restore): screens reload, sessions are gone. */
  'app:reopened': z.object({ reason: z.enum(['restore']) }),
} as const;
