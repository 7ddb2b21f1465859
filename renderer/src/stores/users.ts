import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type UserRow = ChannelOutput<'users:list'>['users'][number];
export type UserUpdate = Omit<ChannelInput<'users:update'>, 'id'>;

/**
 * Settings › Pengguna (owner): the users as the core lists them, and the owner's changes. Every
 * rule (unique names, the last active owner stays an active owner, PIN format) is the core's; its
 * refusal is answered as sent and the list is read again after every change.
 */
export const useUsersStore = defineStore('users', () => {
  const users = shallowRef<UserRow[]>([]);
  const loaded = ref(false);
  const loadError = ref<ErrorBody | null>(null);
  const busy = ref(false);

  async function load(): Promise<void> {
    const result = await usePos().call('users:list', {});
    if (result.ok) {
      users.value = result.value.users;
      loaded.value = true;
    }
    loadError.value = result.ok ? null : result.error;
  }

  async function change<T>(run: () => Promise<Result<T>>): Promise<Result<T> | null> {
    if (busy.value) return null;
    busy.value = true;
    try {
      const result = await run();
      await load();
      return result;
    } finally {
      busy.value = false;
    }
  }

  const create = (input: Omit<ChannelInput<'users:create'>, 'requestId'>) =>
    change(() => usePos().call('users:create', { requestId: newRequestId(), ...input }));
  const update = (id: number, patch: UserUpdate) => change(() => usePos().call('users:update', { id, ...patch }));
  const resetPin = (id: number, pin: string) => change(() => usePos().call('users:resetPin', { id, pin }));

  return { users, loaded, loadError, busy, load, create, update, resetPin };
});
