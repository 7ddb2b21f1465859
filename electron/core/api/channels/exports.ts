import { z } from 'zod';
import { businessDaySchema, requestIdSchema } from '../schemas';
import { dayRangeSchema } from './reports';

/**
 * The sales export of a day or a range: .xlsx (sheets Transaksi, Ringkasan, Mutasi deposit, Kas) or
 * CSV (the Transaksi rows; UTF-8 with BOM, CRLF, ';' by default for Indonesian Excel). An export runs
 * as a job: `exports:start` answers at once with the job id, progress comes as `exports:progress`
 * events, `exports:cancel` stops it and removes the partial file. Files go to the owner's export
 * folder (default: <data dir>/exports). Exports never contain secrets.
 */
export const exportFormatSchema = z.enum(['xlsx', 'csv'], { error: 'Format ekspor harus xlsx atau csv.' });
export const csvSeparatorSchema = z.enum([';', ','], { error: 'Pemisah CSV harus ; atau ,' });

export const exportJobView = z.object({
  jobId: z.string(),
  format: exportFormatSchema,
  from: businessDaySchema,
  to: businessDaySchema,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Rows written so far and the rows the export will hold. */
  done: z.number().int(),
  total: z.number().int(),
  fileName: z.string(),
  /** Where the finished file is (absolute path on this computer); null until done. */
  path: z.string().nullable(),
  message: z.string().nullable(),
});

export const exportSettingsView = z.object({
  /** Absolute folder the exports go to; the default is <data dir>/exports. */
  folder: z.string(),
  defaultFolder: z.string(),
  csvSeparator: csvSeparatorSchema,
  /** Export the day automatically when the day is closed. */
  autoExportAtDayClose: z.boolean(),
  autoExportFormat: exportFormatSchema,
});

export const exportChannels = {
  'exports:start': {
    input: z
      // requestId (optional): a retried call with the same id answers the same job instead of making a second file.
      .object({ format: exportFormatSchema, range: dayRangeSchema, csvSeparator: csvSeparatorSchema.optional(), requestId: requestIdSchema.optional() })
      .strict(),
    output: exportJobView,
  },
  'exports:status': { input: z.object({ jobId: z.string().max(64) }).strict(), output: exportJobView },
  'exports:cancel': { input: z.object({ jobId: z.string().max(64) }).strict(), output: exportJobView },
  /** Finished files in the export folder, newest first. */
  'exports:list': {
    input: z.object({}).strict(),
    output: z.object({ files: z.array(z.object({ fileName: z.string(), path: z.string(), bytes: z.number().int(), modifiedAt: z.number().int() })) }),
  },
  'exports:settings': { input: z.object({}).strict(), output: exportSettingsView },
  /** Only the fields sent change. An empty folder restores the default; a folder must exist and be writable. */
  'exports:setSettings': {
    input: z
      .object({
        folder: z.string().max(1000).optional(),
        csvSeparator: csvSeparatorSchema.optional(),
        autoExportAtDayClose: z.boolean().optional(),
        autoExportFormat: exportFormatSchema.optional(),
      })
      .strict(),
    output: exportSettingsView,
  },
} as const;

export const exportEvents = { 'exports:progress': exportJobView } as const;
