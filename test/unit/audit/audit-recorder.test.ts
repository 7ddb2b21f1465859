import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../electron/core/api/contract';
import { createDispatcher, type AccessGate, type Handlers } from '../../../electron/core/api/dispatch';
import { AuditLog } from '../../../electron/core/audit/audit-log';
import { createAuditRecorder } from '../../../electron/core/audit/audit-recorder';
import { AppError } from '../../../electron/core/errors/app-error';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { OWNER_CALL, ownerGate } from '../../support/sessions';

let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

const CASHIER = { id: 2, name: 'Kasir Uji', role: 'cashier' as const };

/** A cashier's gate: owner channels are refused, the rest admitted as the cashier. */
const cashierGate: AccessGate = {
  admit: (session, _channel, access) =>
    access.who === 'owner'
      ? { ok: false, who: CASHIER, error: new AppError('forbidden', `Hanya pemilik yang boleh ${access.does}.`) }
      : { ok: true, call: { session, user: CASHIER, approvedBy: null } },
};

function notHere(): never {
  throw new Error('not used in this test');
}

/** Markup rules kept in memory behind catalog:markupRules / catalog:setMarkup, the rest unused. */
function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, notHere])) as unknown as Handlers;
  const rules = [
    { category: 'pulsa' as const, markup: 1000, rounding: 0 },
    { category: 'data' as const, markup: 2000, rounding: 0 },
  ];
  handlers['catalog:markupRules'] = () => ({ rules: rules.map((r) => ({ ...r })) });
  handlers['catalog:setMarkup'] = (input) => {
    const rule = rules.find((r) => r.category === input.category);
    if (!rule || Number(input.markup) < 0) throw new AppError('invalid_input', 'Markup tidak boleh negatif.');
    rule.markup = Number(input.markup);
    return { rules: rules.map((r) => ({ ...r })) };
  };
  handlers['ledger:balances'] = () => ({ accounts: [] });
  return handlers;
}

async function setUp(options: { gate?: AccessGate; handlers?: Handlers; report?: (msg: string, err: unknown) => void } = {}) {
  fx = await openTestLedger();
  const log = new AuditLog(fx.db, fx.ledger);
  const handlers = options.handlers ?? fakeHandlers();
  const observer = createAuditRecorder({ log, handlers: () => handlers, userName: () => null, report: options.report });
  const dispatch = createDispatcher(handlers, { gate: options.gate ?? ownerGate, observer, log: () => undefined });
  const rows = () => fx!.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
  return { dispatch, rows, log, db: fx.db };
}

describe('audit recorder (dispatch observer)', () => {
  it('records an owner action once, done, with who and the changed rule before and after', async () => {
    const t = await setUp();
    expect(await t.dispatch('catalog:setMarkup', { category: 'data', markup: '2500' }, 's')).toMatchObject({ ok: true });
    const rows = t.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: OWNER_CALL.user.id,
      user_name: OWNER_CALL.user.name,
      action: 'catalog:setMarkup',
      label: 'mengubah harga jual',
      outcome: 'done',
      detail: null,
    });
    expect(JSON.parse(rows[0]!.before_json as string)).toEqual({ category: 'data', markup: 2000, rounding: 0 });
    expect(JSON.parse(rows[0]!.after_json as string)).toEqual({ category: 'data', markup: 2500, rounding: 0 });
  });

  it('does not record calls that are not audited', async () => {
    const t = await setUp();
    await t.dispatch('catalog:markupRules', {}, 's');
    await t.dispatch('ledger:balances', {}, 's');
    expect(t.rows()).toHaveLength(0);
  });

  it("records the handler's refusal with its message and hands the same error back", async () => {
    const t = await setUp();
    const result = await t.dispatch('catalog:setMarkup', { category: 'data', markup: '-5' }, 's');
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Markup tidak boleh negatif.' } });
    expect(t.rows()).toEqual([expect.objectContaining({ outcome: 'refused', action: 'catalog:setMarkup', detail: 'Markup tidak boleh negatif.' })]);
  });

  it('records a call the gate refused, whatever the channel, naming who tried', async () => {
    const handlers = fakeHandlers();
    const t = await setUp({ gate: cashierGate, handlers });
    const result = await t.dispatch('catalog:setMarkup', { category: 'data', markup: '1' }, 'cashier');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.rows()).toEqual([
      expect.objectContaining({ user_id: CASHIER.id, user_name: 'Kasir Uji', action: 'catalog:setMarkup', outcome: 'refused', detail: 'Hanya pemilik yang boleh mengubah harga jual.' }),
    ]);
    // Refused before the handler: the rule is as it was.
    expect(handlers['catalog:markupRules']({}, OWNER_CALL)).toMatchObject({ rules: [{ markup: 1000 }, { markup: 2000 }] });
  });

  it('records the action with before = null when reading the setting fails, and the action still happens', async () => {
    const handlers = fakeHandlers();
    const real = handlers['catalog:markupRules'];
    let reads = 0;
    handlers['catalog:markupRules'] = (input, call) => {
      reads += 1;
      if (reads === 1) throw new Error('disk hiccup');
      return real(input, call);
    };
    const report = vi.fn();
    const t = await setUp({ handlers, report });
    expect(await t.dispatch('catalog:setMarkup', { category: 'pulsa', markup: '1500' }, 's')).toMatchObject({ ok: true, value: { rules: [{ markup: 1500 }, { markup: 2000 }] } });
    expect(t.rows()).toEqual([expect.objectContaining({ outcome: 'done', before_json: null, after_json: JSON.stringify({ category: 'pulsa', markup: 1500, rounding: 0 }) })]);
    expect(report).toHaveBeenCalled();
  });

  it('lets the action through unchanged when the audit line cannot be written', async () => {
    const report = vi.fn();
    const t = await setUp({ report });
    t.db.exec('DROP TABLE audit_log');
    expect(await t.dispatch('catalog:setMarkup', { category: 'pulsa', markup: '1700' }, 's')).toMatchObject({ ok: true, value: { rules: [{ markup: 1700 }, { markup: 2000 }] } });
    expect(report).toHaveBeenCalledWith(expect.stringContaining('catalog:setMarkup'), expect.anything());
    // A refusal too stays the refusal it was.
    expect(await t.dispatch('catalog:setMarkup', { category: 'data', markup: '-1' }, 's')).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Markup tidak boleh negatif.' } });
  });

  it('records what was asked and answered for an action without a setting to read, secrets hidden', async () => {
    const handlers = fakeHandlers();
    handlers['auth:changePin'] = () => ({ changed: true as const });
    const t = await setUp({ handlers });
    expect(await t.dispatch('auth:changePin', { currentPin: '1234', newPin: '987654' }, 's')).toMatchObject({ ok: true });
    const [row] = t.rows();
    expect(JSON.parse(row!.after_json as string)).toEqual({ input: { currentPin: '•••', newPin: '•••' }, answer: { changed: true } });
    expect(JSON.stringify(t.rows())).not.toMatch(/1234|987654/);
  });

  it('names the owner who approved a cashier\'s call', async () => {
    const owner = OWNER_CALL.user;
    const gate: AccessGate = { admit: (session) => ({ ok: true, call: { session, user: CASHIER, approvedBy: owner } }) };
    const t = await setUp({ gate });
    await t.dispatch('catalog:setMarkup', { category: 'pulsa', markup: '1100' }, 'cashier');
    expect(t.rows()[0]).toMatchObject({ user_name: 'Kasir Uji', approved_by_id: owner.id, approved_by_name: owner.name, outcome: 'done' });
  });
});
