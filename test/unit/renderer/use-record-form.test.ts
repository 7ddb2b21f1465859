import { describe, expect, it } from 'vitest';
import { useRecordForm } from '../../../renderer/src/composables/use-record-form';
import type { Result } from '../../../renderer/src/api/contract-types';
import { errorText } from '../../../renderer/src/format/error-text';

type Recorded = { entryId: number; duplicate: boolean };
type Payload = { amount: string };
type Preview = { amount: number };

function setup(answers: Result<Recorded>[], check?: (payload: Payload) => Promise<Result<Preview>>) {
  const sent: { requestId: string; payload: Payload }[] = [];
  let n = 0;
  const form = useRecordForm<Payload, Recorded, Preview>(
    async (requestId, payload) => {
      sent.push({ requestId, payload });
      return answers.shift() ?? { ok: true, value: { entryId: sent.length, duplicate: false } };
    },
    { makeId: () => `request-${++n}`, check },
  );
  const submit = async (amount: string) => {
    await form.ask({ amount });
    return form.confirm();
  };
  return { form, sent, submit };
}

const offline: Result<Recorded> = { ok: false, error: { code: 'offline', message: 'Tidak terhubung' } };
const refused: Result<Recorded> = { ok: false, error: { code: 'invalid_input', message: 'Nominal tidak valid' } };

/** The core's amount reading, as money:previewAmount answers it. */
async function corePreview({ amount }: Payload): Promise<Result<Preview>> {
  if (amount === '500.000') return { ok: true, value: { amount: 500_000 } };
  return { ok: false, error: { code: 'invalid_input', message: `Nominal "${amount}" tidak valid.` } };
}

describe('record form', () => {
  it('sends nothing until the cashier confirms, and nothing after a cancel', async () => {
    const { form, sent } = setup([]);
    expect(await form.ask({ amount: '1' })).toBe(true);
    expect(form.phase.value).toBe('confirming');
    form.cancel();
    expect(form.phase.value).toBe('editing');
    expect(await form.confirm()).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('sends once when confirm is pressed twice (double Enter / double click)', async () => {
    const { form, sent } = setup([]);
    await form.ask({ amount: '1000' });
    const first = form.confirm();
    expect(form.phase.value).toBe('submitting');
    const second = form.confirm();
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(sent).toHaveLength(1);
    expect(form.saved.value).toEqual({ duplicate: false });
  });

  it('sends exactly the payload that was confirmed', async () => {
    const { form, sent } = setup([]);
    await form.ask({ amount: '1000' });
    await form.confirm();
    expect(sent[0]?.payload).toEqual({ amount: '1000' });
  });

  it('reuses the request id when retrying the same payload after an unknown outcome', async () => {
    const { form, sent, submit } = setup([offline]);
    expect(await submit('5000')).toBe(false);
    expect(form.error.value?.code).toBe('offline');
    expect(await submit('5000')).toBe(true);
    expect(sent.map((s) => s.requestId)).toEqual(['request-1', 'request-1']);
  });

  /** What the core's dispatch answers when a handler ran but its answer failed the output schema. */
  const ANSWER_NOT_SHOWN =
    'Perintah sudah dijalankan dan datanya tersimpan, tetapi hasilnya tidak dapat ditampilkan. Muat ulang layar dan periksa datanya sebelum mengulang.';

  it('shows the core\'s "saved but not shown" answer as sent, and a retry reuses the request id (recorded once)', async () => {
    const notShown: Result<Recorded> = { ok: false, error: { code: 'internal', message: ANSWER_NOT_SHOWN } };
    const { form, sent, submit } = setup([notShown]);
    expect(await submit('5000')).toBe(false);
    expect(errorText(form.error.value!, (key) => key)).toBe(ANSWER_NOT_SHOWN);
    expect(errorText(form.error.value!, (key) => key)).not.toMatch(/tidak diubah/i);
    expect(await submit('5000')).toBe(true);
    expect(sent.map((s) => s.requestId)).toEqual(['request-1', 'request-1']);
  });

  it('uses a new request id after a success, after a refusal, and when the payload changes', async () => {
    const { sent, submit } = setup([refused, offline]);
    await submit('abc'); // refused: nothing recorded
    await submit('abc'); // offline: outcome unknown
    await submit('5000'); // edited: a different submission
    await submit('5000'); // after success: a new submission
    expect(sent.map((s) => s.requestId)).toEqual(['request-1', 'request-2', 'request-3', 'request-4']);
  });

  it('clears the previous message when a new submission starts', async () => {
    const { form, submit } = setup([refused]);
    await submit('abc');
    expect(form.error.value?.message).toBe('Nominal tidak valid');
    await form.ask({ amount: '1' });
    expect(form.error.value).toBeNull();
  });
});

describe('record form with the core checking the amount first', () => {
  it('opens the confirmation with the core reading of the amount', async () => {
    const { form } = setup([], corePreview);
    const asking = form.ask({ amount: '500.000' });
    expect(form.phase.value).toBe('checking');
    expect(await asking).toBe(true);
    expect(form.phase.value).toBe('confirming');
    expect(form.checked.value).toEqual({ amount: 500_000 });
  });

  it.each(['abc', '1,5', '-5000'])('refuses %j before the confirmation opens, and sends nothing', async (typed) => {
    const { form, sent } = setup([], corePreview);
    expect(await form.ask({ amount: typed })).toBe(false);
    expect(form.phase.value).toBe('editing');
    expect(form.error.value).toEqual({ code: 'invalid_input', message: `Nominal "${typed}" tidak valid.` });
    expect(form.checked.value).toBeNull();
    expect(await form.confirm()).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('does not open the confirmation when the core cannot be reached for the check', async () => {
    const { form, sent } = setup([], async () => ({ ok: false, error: { code: 'offline', message: 'x' } }));
    expect(await form.ask({ amount: '500.000' })).toBe(false);
    expect(form.error.value?.code).toBe('offline');
    expect(sent).toHaveLength(0);
  });

  it('stays in the form when cancelled while the check is on its way', async () => {
    let answer: (r: Result<Preview>) => void = () => undefined;
    const { form, sent } = setup([], () => new Promise((resolve) => (answer = resolve)));
    const asking = form.ask({ amount: '500.000' });
    form.cancel();
    answer({ ok: true, value: { amount: 500_000 } });
    expect(await asking).toBe(false);
    expect(form.phase.value).toBe('editing');
    expect(await form.confirm()).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('ignores a second ask while the first check is on its way', async () => {
    let calls = 0;
    const { form } = setup([], async (p) => {
      calls += 1;
      return corePreview(p);
    });
    const first = form.ask({ amount: '500.000' });
    expect(await form.ask({ amount: '500.000' })).toBe(false);
    expect(await first).toBe(true);
    expect(calls).toBe(1);
  });
});
