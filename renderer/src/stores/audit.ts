import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';

export type AuditEntry = ChannelOutput<'audit:list'>['entries'][number];
export type AuditOutcome = AuditEntry['outcome'];

export const AUDIT_PAGE_SIZE = 50;

/**
 * Log audit (owner page): the core's audit lines newest first, filtered by the outlet's business
 * days, user, outcome and action, paged back with "Muat lebih banyak". Every new search outdates
 * the loads before it, so an older answer never lands in a list of other filters.
 */
export const useAuditStore = defineStore('audit', () => {
  /** '' / null = no filter. */
  const filters = reactive({ from: '', to: '', userId: null as number | null, outcome: '' as AuditOutcome | '', action: '' });
  const entries = shallowRef<AuditEntry[]>([]);
  const nextBeforeId = ref<number | null>(null);
  const loading = ref(false);
  const loadError = ref<ErrorBody | null>(null);
  const users = ref<{ id: number; name: string }[]>([]);
  /** Every action seen since the page opened (the access table's words come with the lines). */
  const seenActions = reactive(new Map<string, string>());
  let generation = 0;
  let lastFailed: 'search' | 'more' | null = null;

  const hasMore = computed(() => nextBeforeId.value !== null);
  const actions = computed(() => [...seenActions].map(([action, label]) => ({ action, label })).sort((a, b) => a.action.localeCompare(b.action)));

  function query(beforeId?: number): ChannelInput<'audit:list'> {
    return {
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...(filters.userId !== null ? { userId: filters.userId } : {}),
      ...(filters.outcome ? { outcome: filters.outcome } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(beforeId !== undefined ? { beforeId } : {}),
      limit: AUDIT_PAGE_SIZE,
    };
  }

  async function load(kind: 'search' | 'more'): Promise<void> {
    const mine = kind === 'search' ? ++generation : generation;
    const beforeId = kind === 'more' ? (nextBeforeId.value ?? undefined) : undefined;
    if (kind === 'more' && beforeId === undefined) return;
    loading.value = true;
    const result = await usePos().call('audit:list', query(beforeId));
    if (mine !== generation) return;
    loading.value = false;
    lastFailed = result.ok ? null : kind;
    loadError.value = result.ok ? null : result.error;
    if (!result.ok) {
      if (kind === 'search') {
        entries.value = [];
        nextBeforeId.value = null;
      }
      return;
    }
    for (const entry of result.value.entries) seenActions.set(entry.action, entry.label);
    entries.value = kind === 'search' ? result.value.entries : [...entries.value, ...result.value.entries];
    nextBeforeId.value = result.value.nextBeforeId;
  }

  const search = () => load('search');
  const loadMore = () => load('more');
  const retry = () => load(lastFailed ?? 'search');

  /** Names for the user filter; without them the filter offers only "everyone". */
  async function loadUsers(): Promise<void> {
    const result = await usePos().call('users:list', {});
    if (result.ok) users.value = result.value.users.map((u) => ({ id: u.id, name: u.name }));
  }

  return { filters, entries, nextBeforeId, hasMore, loading, loadError, users, actions, search, loadMore, retry, loadUsers };
});
