import { createWriteStream, type WriteStream } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../ledger/private-files';
import type { TransaksiCell } from './transaksi-columns';

/** Writes one export file: the Transaksi rows chunk by chunk (the .xlsx writer then writes its report sheets). */
export interface ExportWriter {
  writeRows(rows: readonly (readonly TransaksiCell[])[]): Promise<void>;
  /** Completes the file: when this resolves every byte is on disk and the file is closed. */
  finish(): Promise<void>;
  /** Stops writing and closes the file; the caller removes it. Never throws. */
  abort(): Promise<void>;
}

/**
 * The file the writer streams into: created new (never over an existing file), owner-only, and
 * watched for errors from the first byte, because a write stream error nobody listens to (disk
 * full, USB drive pulled out) would take the whole app down instead of failing one export.
 */
export class ExportFile {
  readonly stream: WriteStream;
  private failure: Error | null = null;
  private readonly closed: Promise<void>;
  /** Rejects with the file's first error: raced against writers that would otherwise wait forever. */
  readonly failed: Promise<never>;

  constructor(path: string) {
    this.stream = createWriteStream(path, { flags: 'wx', mode: PRIVATE_FILE_MODE });
    this.failed = new Promise<never>((_resolve, reject) => {
      this.stream.on('error', (err) => {
        this.failure ??= err;
        reject(err);
      });
    });
    this.failed.catch(() => undefined);
    this.closed = new Promise((resolve) => this.stream.once('close', () => resolve()));
  }

  /** Throws the first error the file reported, if any. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  async whenClosed(): Promise<void> {
    await this.closed;
    this.check();
  }

  async close(): Promise<void> {
    if (!this.stream.closed) this.stream.destroy();
    await this.closed;
  }
}
