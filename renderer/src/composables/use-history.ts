import { reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';
import type { SaleDetail, SaleState, SaleView } from '../format/sale';
import { userIdFilter, type UserChoice } from '../format/user-label';

export interface HistoryFilters {
  query: string;
  state: SaleState | '';
  from: string;
  to: string;
  /** Whose sales: everyone (''), nobody signed in ('none'), or one user. */
  user: UserChoice;
}

const LIMIT = 200;

export type SalesTotals = ChannelOutput<'sales:list'>['totals'];

/** Sales as `sales:list` finds them, and one sale's full story from `sales:get`. */
export function useHistory() {
  const filters = reactive<HistoryFilters>({ query: '', state: '', from: '', to: '', user: '' });
  const sales = shallowRef<SaleView[]>([]);
  /** The whole filter's count and successful sales' price, from the core (not only the loaded rows). */
  const totals = shallowRef<SalesTotals | null>(null);
  const loading = ref(false);
  const error = ref<ErrorBody | null>(null);
  const selectedId = ref<number | null>(null);
  const detail = shallowRef<SaleDetail | null>(null);
  const detailError = ref<ErrorBody | null>(null);
  let asked = 0;

  function input(): ChannelInput<'sales:list'> {
    const query = filters.query.trim();
    return {
      limit: LIMIT,
      ...(query ? { query } : {}),
      ...(filters.state ? { state: filters.state } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...userIdFilter(filters.user),
    };
  }

  async function search(): Promise<void> {
    const mine = ++asked;
    loading.value = true;
    const result = await usePos().call('sales:list', input());
    if (mine !== asked) return;
    loading.value = false;
    if (result.ok) {
      sales.value = result.value.sales;
      totals.value = result.value.totals;
    }
    error.value = result.ok ? null : result.error;
  }

  async function select(id: number | null): Promise<void> {
    selectedId.value = id;
    if (id === null) {
      detail.value = null;
      return;
    }
    const result = await usePos().call('sales:get', { id });
    if (selectedId.value !== id) return;
    detail.value = result.ok ? result.value : null;
    detailError.value = result.ok ? null : result.error;
  }

  /** A sale moved (`sales:updated`): the list and the open detail show its new state. */
  async function refresh(): Promise<void> {
    await Promise.all([search(), selectedId.value === null ? null : select(selectedId.value)]);
  }

  return { filters, sales, totals, loading, error, selectedId, detail, detailError, search, select, refresh };
}
