import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Provider credentials live only in the main process, sealed at rest. The store keeps sealed
 * strings in one JSON file; HOW a value is sealed is the cipher's job: Electron's safeStorage in the
 * desktop app, an owner-only key file in headless mode. Nothing here ever logs a value.
 */
export interface SecretCipher {
  seal(plain: string): string;
  open(sealed: string): string;
}

export interface SecretStore {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  remove(name: string): void;
  names(): string[];
}

type SealedFile = { version: 1; entries: Record<string, string> };

export class SealedFileSecretStore implements SecretStore {
  constructor(
    private readonly file: string,
    private readonly cipher: SecretCipher,
  ) {}

  get(name: string): string | undefined {
    const sealed = this.read().entries[name];
    return sealed === undefined ? undefined : this.cipher.open(sealed);
  }

  set(name: string, value: string): void {
    const data = this.read();
    data.entries[name] = this.cipher.seal(value);
    this.write(data);
  }

  remove(name: string): void {
    const data = this.read();
    delete data.entries[name];
    this.write(data);
  }

  names(): string[] {
    return Object.keys(this.read().entries);
  }

  private read(): SealedFile {
    if (!existsSync(this.file)) return { version: 1, entries: {} };
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as SealedFile;
    return { version: 1, entries: { ...parsed.entries } };
  }

  /** Write-then-rename, so a power cut leaves the old file or the new one, never half of one. */
  private write(data: SealedFile): void {
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(data), { mode: 0o600 });
    renameSync(temp, this.file);
  }
}

/** For tests and for a process that must never hold secrets on disk. */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  get(name: string): string | undefined {
    return this.values.get(name);
  }
  set(name: string, value: string): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  names(): string[] {
    return [...this.values.keys()];
  }
}
