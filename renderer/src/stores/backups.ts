import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';

export type BackupList = ChannelOutput<'backups:list'>;
export type Backup = BackupList['backups'][number];
export type CopiedOut = ChannelOutput<'backups:copyTo'>;
export type RestoreSource = ChannelInput<'backups:restore'>;

/** The last folder a backup was copied to (a USB stick's path), remembered on this PC. */
export const COPY_FOLDER_KEY = 'loket.backups.copyFolder';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The i18n key of a backup's reason as the core names it in the file name (`pre-migration-v12` ...). */
export function reasonKey(reason: string): 'manual' | 'scheduled' | 'beforeRestore' | 'preMigration' | 'other' {
  if (reason === 'manual' || reason === 'scheduled') return reason;
  if (reason === 'before-restore') return 'beforeRestore';
  if (reason.startsWith('pre-migration')) return 'preMigration';
  return 'other';
}

/** A size the owner reads: whole KB under a megabyte (never "0 KB"), MB with one decimal above. */
export function sizeParts(bytes: number): { unit: 'kb' | 'mb'; value: number; decimals: 0 | 1 } {
  if (bytes < 1024 * 1024) return { unit: 'kb', value: Math.max(1, Math.round(bytes / 1024)), decimals: 0 };
  return { unit: 'mb', value: Math.round((bytes / (1024 * 1024)) * 10) / 10, decimals: 1 };
}

/**
 * The core re-opened on another ledger file (a restore): everything on every screen belongs to the
 * old books and every session is gone, so the page starts over (and asks to sign in again).
 * Started once by App.vue; `reload` is replaceable for tests.
 */
let reopenListening = false;
export function reloadOnReopen(reload: () => void = () => window.location.reload()): void {
  if (reopenListening) return;
  reopenListening = true;
  usePos().on('app:reopened', () => reload());
}
/** Tests start listening afresh. */
export function stopReloadOnReopenForTests(): void {
  reopenListening = false;
}

/**
 * Settings › Cadangan: the backups folder, "Cadangkan sekarang", copy to a folder (USB stick) and
 * restore. A restore ends with the core re-opening: the page reloads on `app:reopened`.
 */
export const useBackupsStore = defineStore('backups', () => {
  const list = ref<BackupList | null>(null);
  const loadError = ref<ErrorBody | null>(null);
  const busy = ref<'create' | 'copy' | 'restore' | null>(null);
  const actionError = ref<ErrorBody | null>(null);
  const created = ref<Backup | null>(null);
  const copied = ref<CopiedOut | null>(null);

  async function load(): Promise<void> {
    const result = await usePos().call('backups:list', {});
    if (result.ok) list.value = result.value;
    loadError.value = result.ok ? null : result.error;
  }

  async function run<T>(kind: 'create' | 'copy' | 'restore', work: () => Promise<{ ok: true; value: T } | { ok: false; error: ErrorBody }>): Promise<T | null> {
    if (busy.value) return null;
    busy.value = kind;
    actionError.value = null;
    try {
      const result = await work();
      if (!result.ok) {
        actionError.value = result.error;
        return null;
      }
      return result.value;
    } finally {
      busy.value = null;
    }
  }

  async function create(): Promise<Backup | null> {
    copied.value = null;
    const made = await run('create', () => usePos().call('backups:create', { requestId: newRequestId() }));
    if (made) {
      created.value = made;
      await load();
    }
    return made;
  }

  async function copyTo(name: string, folder: string, storage: Storage = localStorage): Promise<CopiedOut | null> {
    created.value = null;
    const answer = await run('copy', () => usePos().call('backups:copyTo', { name, folder }));
    if (answer) {
      copied.value = answer;
      storage.setItem(COPY_FOLDER_KEY, folder.trim());
      await load();
    }
    return answer;
  }

  /** The core answers after it re-opened; `app:reopened` reloads the page (everyone signs in again). */
  async function restore(source: RestoreSource): Promise<ChannelOutput<'backups:restore'> | null> {
    return run('restore', () => usePos().call('backups:restore', source));
  }

  function rememberedFolder(storage: Storage = localStorage): string {
    return storage.getItem(COPY_FOLDER_KEY) ?? '';
  }

  return { list, loadError, busy, actionError, created, copied, load, create, copyTo, restore, rememberedFolder };
});
