import { describe, expect, it } from 'vitest';
import { useRecordForm } from '../../../renderer/src/composables/use-record-form';
import type { Result } from '../../../renderer/src/api/contract-types';

type Recorded = { entryId: number; duplicate: boolean };
type Payload = { amount: string };

function setup(answers: Result<Recorded>[]) {
  const sent: { requestId: string; payload: Payload }[] = [];
  let n = 0;
  const form = useRecordForm<Payload, Recorded>(
    async (requestId, payload) => {
      sent.push({ requestId, payload });
      return answers.shift() ?? { ok: true, value: { entryId: sent.length, duplicate: false } };
    },
    () => `request-${++n}`,
  );
  const submit = async (amount: string) => {
    form.ask();
    return form.confirm({ amount });
  };
  return { form, sent, submit };
}

const offline: Result<Recorded> = { ok: false, error: { code: 'offline', message: 'Tidak terhubung' } };
const refused: Result<Recorded> = { ok: false, error: { code: 'invalid_input', message: 'Nominal tidak valid' } };

describe('record form', () => {
  it('sends nothing until the cashier confirms, and nothing after a cancel', async () => {
    const { form, sent } = setup([]);
    form.ask();
    expect(form.phase.value).toBe('confirming');
    form.cancel();
    expect(form.phase.value).toBe('editing');
    expect(await form.confirm({ amount: '1' })).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('sends once when confirm is pressed twice (double Enter / double click)', async () => {
    const { form, sent } = setup([]);
    form.ask();
    const first = form.confirm({ amount: '1000' });
    expect(form.phase.value).toBe('submitting');
    const second = form.confirm({ amount: '1000' });
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(sent).toHaveLength(1);
    expect(form.saved.value).toEqual({ duplicate: false });
  });

  it('reuses the request id when retrying the same payload after an unknown outcome', async () => {
    const { form, sent, submit } = setup([offline]);
    expect(await submit('5000')).toBe(false);
    expect(form.error.value?.code).toBe('offline');
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
    form.ask();
    expect(form.error.value).toBeNull();
  });
});
