import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import type { ChannelInput, ChannelOutput } from '../../../renderer/src/api/contract-types';
import { failure } from '../../../renderer/src/api/pos-client';
import { AUDIT_PAGE_SIZE, useAuditStore } from '../../../renderer/src/stores/audit';
import { createFakePos, ok } from './fake-pos';

type Entry = ChannelOutput<'audit:list'>['entries'][number];
type Query = ChannelInput<'audit:list'>;

const line = (id: number, over: Partial<Entry> = {}): Entry => ({
  id,
  at: 1_764_000_000_000 + id,
  businessDay: '2026-11-24',
  user: { id: 1, name: 'Pemilik Uji' },
  approvedBy: null,
  action: 'catalog:setMarkup',
  label: 'mengubah harga jual',
  outcome: 'done',
  before: null,
  after: null,
  detail: null,
  ...over,
});

/** The core's paging: newest first, `limit` per page, older than `beforeId`. Answers can be held. */
function fakeCore(count: number) {
  const all = Array.from({ length: count }, (_, i) => line(count - i, i % 2 ? { outcome: 'refused', action: 'auth:signIn', label: 'masuk' } : {}));
  const held: (() => void)[] = [];
  const state = { hold: false, fail: false };
  const answer = (input: Query) => {
    if (state.fail) return failure('internal', 'Log audit tidak bisa dibaca.');
    const match = all.filter((e) => (!input.outcome || e.outcome === input.outcome) && (input.beforeId === undefined || e.id < input.beforeId));
    const limit = input.limit ?? 100;
    const page = match.slice(0, limit);
    return ok({ entries: page, nextBeforeId: match.length > limit ? page[page.length - 1]!.id : null });
  };
  const pos = createFakePos({
    'audit:list': (input) => (state.hold ? new Promise((resolve) => held.push(() => resolve(answer(input)))) : answer(input)),
    'users:list': () =>
      ok({
        users: [
          { id: 1, name: 'Pemilik Uji', role: 'owner' as const, active: true, hasPin: true, waitUntil: null, failedAttempts: 0, createdAt: 1, lastSignInAt: null },
          { id: 2, name: 'Kasir Uji', role: 'cashier' as const, active: true, hasPin: true, waitUntil: null, failedAttempts: 0, createdAt: 1, lastSignInAt: null },
        ],
      }),
  });
  return { pos, state, held };
}

let core: ReturnType<typeof fakeCore>;
const inputs = () => core.pos.calls.filter((c) => c.channel === 'audit:list').map((c) => c.input);

beforeEach(() => {
  setActivePinia(createPinia());
});

function start(count: number) {
  core = fakeCore(count);
  setPosClient(core.pos.client);
  return useAuditStore();
}

describe('audit store (Log audit)', () => {
  it('asks for the newest page with only the filters set, then pages back with beforeId', async () => {
    const audit = start(AUDIT_PAGE_SIZE + 3);
    await audit.search();
    expect(inputs()).toEqual([{ limit: AUDIT_PAGE_SIZE }]);
    expect(audit.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(audit.entries[0]!.id).toBe(AUDIT_PAGE_SIZE + 3);
    expect(audit.hasMore).toBe(true);

    await audit.loadMore();
    expect(inputs()[1]).toEqual({ limit: AUDIT_PAGE_SIZE, beforeId: 4 });
    expect(audit.entries.map((e) => e.id).slice(-3)).toEqual([3, 2, 1]);
    expect(audit.hasMore).toBe(false);
  });

  it('sends the chosen filters: days, user, outcome, action', async () => {
    const audit = start(3);
    Object.assign(audit.filters, { from: '2026-11-01', to: '2026-11-30', userId: 2, outcome: 'refused', action: 'auth:signIn' });
    await audit.search();
    expect(inputs()).toEqual([{ from: '2026-11-01', to: '2026-11-30', userId: 2, outcome: 'refused', action: 'auth:signIn', limit: AUDIT_PAGE_SIZE }]);
  });

  it('drops an older page that arrives after a new search (the list always matches the filters)', async () => {
    const audit = start(AUDIT_PAGE_SIZE + 10);
    await audit.search();
    core.state.hold = true;
    const more = audit.loadMore();
    audit.filters.outcome = 'refused';
    const search = audit.search();
    core.state.hold = false;
    // The search answers first, the older page of the old filters after it.
    const [releaseMore, releaseSearch] = core.held.splice(0);
    releaseSearch!();
    await search;
    releaseMore!();
    await more;
    expect(audit.entries.every((e) => e.outcome === 'refused')).toBe(true);
    expect(new Set(audit.entries.map((e) => e.id)).size).toBe(audit.entries.length);
  });

  it('keeps the error to show and retries the same load', async () => {
    const audit = start(3);
    core.state.fail = true;
    await audit.search();
    expect(audit.loadError).toEqual({ code: 'internal', message: 'Log audit tidak bisa dibaca.' });
    core.state.fail = false;
    await audit.retry();
    expect(audit.loadError).toBeNull();
    expect(audit.entries).toHaveLength(3);
  });

  it('lists the users to filter by (users:list) and the actions seen in the log', async () => {
    const audit = start(4);
    await Promise.all([audit.loadUsers(), audit.search()]);
    expect(audit.users).toEqual([
      { id: 1, name: 'Pemilik Uji' },
      { id: 2, name: 'Kasir Uji' },
    ]);
    expect(audit.actions).toEqual([
      { action: 'auth:signIn', label: 'masuk' },
      { action: 'catalog:setMarkup', label: 'mengubah harga jual' },
    ]);
  });
});
