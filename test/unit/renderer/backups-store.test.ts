import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { COPY_FOLDER_KEY, reasonKey, reloadOnReopen, sizeParts, stopReloadOnReopenForTests, useBackupsStore } from '../../../renderer/src/stores/backups';
import { createFakePos, ok } from './fake-pos';

const backup = (name: string, reason = 'manual') => ({ name, at: 1_764_000_000_000, bytes: 350_000, reason });

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => stopReloadOnReopenForTests());

describe('backups store', () => {
  it('makes a backup and reads the list again', async () => {
    let names = ['loket-a-scheduled.db'];
    const pos = createFakePos({
      'backups:list': () => ok({ backups: names.map((n) => backup(n)), lastCopiedAt: null, reminder: true }),
      'backups:create': () => {
        names = ['loket-b-manual.db', ...names];
        return ok(backup('loket-b-manual.db'));
      },
    });
    setPosClient(pos.client);
    const store = useBackupsStore();
    await store.load();
    expect(store.list?.reminder).toBe(true);
    await store.create();
    expect(store.created?.name).toBe('loket-b-manual.db');
    expect(store.list?.backups.map((b) => b.name)).toEqual(['loket-b-manual.db', 'loket-a-scheduled.db']);
  });

  it('remembers the folder after a copy succeeds, not after a refusal', async () => {
    let refuse = true;
    const pos = createFakePos({
      'backups:list': () => ok({ backups: [], lastCopiedAt: 1, reminder: false }),
      'backups:copyTo': (input) => (refuse ? failure('invalid_input', 'Folder E:\\ tidak ditemukan.') : ok({ file: `${input.folder}/x.db`, bytes: 10 })),
    });
    setPosClient(pos.client);
    const storage = memoryStorage();
    const store = useBackupsStore();
    expect(await store.copyTo('loket-x.db', 'E:\\', storage)).toBeNull();
    expect(store.actionError?.message).toBe('Folder E:\\ tidak ditemukan.');
    expect(storage.getItem(COPY_FOLDER_KEY)).toBeNull();
    refuse = false;
    expect(await store.copyTo('loket-x.db', '/media/stick', storage)).toEqual({ file: '/media/stick/x.db', bytes: 10 });
    expect(store.actionError).toBeNull();
    expect(store.rememberedFolder(storage)).toBe('/media/stick');
  });

  it('a restore refusal stays on screen; nothing reloads', async () => {
    const pos = createFakePos({ 'backups:restore': () => failure('invalid_input', 'File ini bukan buku Loket.') });
    setPosClient(pos.client);
    const store = useBackupsStore();
    expect(await store.restore({ file: '/media/stick/catatan.db' })).toBeNull();
    expect(store.actionError?.message).toBe('File ini bukan buku Loket.');
    expect(store.busy).toBeNull();
  });

  it('app:reopened reloads the page, once per event however often listening starts', () => {
    const pos = createFakePos({});
    setPosClient(pos.client);
    let reloads = 0;
    reloadOnReopen(() => (reloads += 1));
    reloadOnReopen(() => (reloads += 1));
    expect(reloads).toBe(0);
    pos.emit('app:reopened', { reason: 'restore' });
    expect(reloads).toBe(1);
  });

  it('names reasons and sizes as the owner reads them', () => {
    expect(['manual', 'scheduled', 'before-restore', 'pre-migration-v12', 'odd'].map(reasonKey)).toEqual(['manual', 'scheduled', 'beforeRestore', 'preMigration', 'other']);
    expect(sizeParts(300)).toEqual({ unit: 'kb', value: 1, decimals: 0 });
    expect(sizeParts(350_000)).toEqual({ unit: 'kb', value: 342, decimals: 0 });
    expect(sizeParts(5 * 1024 * 1024 + 200_000)).toEqual({ unit: 'mb', value: 5.2, decimals: 1 });
  });
});
