import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from '../composables/request-attempt';
import type { ChannelInput, ChannelOutput, ErrorBody } from '../api/contract-types';
import type { DayRange } from './report-range';

export type ExportJob = ChannelOutput<'exports:start'>;
export type ExportFormat = ExportJob['format'];
export type ExportSettings = ChannelOutput<'exports:settings'>;
export type ExportSettingsPatch = ChannelInput<'exports:setSettings'>;

/**
 * Two views of the same job (the start answer, a progress event, a status read) can arrive in any
 * order: the start answer travels over HTTP while events come over the event stream. A finished
 * state never goes back to running, and a running job never goes back in rows.
 */
export function newerJob(current: ExportJob, incoming: ExportJob): ExportJob {
  const finished = (job: ExportJob) => job.state !== 'running';
  if (finished(current) && !finished(incoming)) return current;
  if (finished(incoming) && !finished(current)) return incoming;
  if (finished(current)) return current;
  return incoming.done >= current.done ? incoming : current;
}

/**
 * The sales export as a job in the core: `exports:start` answers at once, rows written arrive as
 * `exports:progress`, `exports:cancel` stops it. One export at a time from this screen; the job
 * lives in this store, so leaving Laporan and coming back shows it still running.
 */
export const useExportsStore = defineStore('exports', () => {
  const job = shallowRef<ExportJob | null>(null);
  const starting = ref(false);
  const startError = ref<ErrorBody | null>(null);
  const cancelling = ref(false);
  const cancelError = ref<ErrorBody | null>(null);
  const running = computed(() => starting.value || job.value?.state === 'running');

  const settings = ref<ExportSettings | null>(null);
  const settingsError = ref<ErrorBody | null>(null);
  const saving = ref(false);
  const saveError = ref<ErrorBody | null>(null);

  /** A start whose answer was lost (offline, bad response) is retried with the same id: the core answers the same job, no second file. */
  const makeId = { fn: newRequestId };
  const attempts = createRequestAttempts(() => makeId.fn());

  /** Events that came before the start answer said which job is ours. */
  const early = new Map<string, ExportJob>();
  let listening = false;

  function listen(): void {
    if (listening) return;
    listening = true;
    usePos().on('exports:progress', (update) => {
      if (job.value && update.jobId === job.value.jobId) job.value = newerJob(job.value, update);
      else if (starting.value) early.set(update.jobId, early.has(update.jobId) ? newerJob(early.get(update.jobId)!, update) : update);
    });
  }

  async function start(format: ExportFormat, range: DayRange): Promise<void> {
    if (running.value) return;
    listen();
    starting.value = true;
    startError.value = null;
    cancelError.value = null;
    try {
      // The separator is not sent: the core uses the one in Settings › Ekspor.
      const payload = { format, range: { from: range.from, to: range.to } };
      const result = await usePos().call('exports:start', { requestId: attempts.idFor(payload), ...payload });
      attempts.settle(result);
      if (result.ok) {
        const seen = early.get(result.value.jobId);
        job.value = seen ? newerJob(result.value, seen) : result.value;
      } else {
        startError.value = result.error;
      }
    } finally {
      early.clear();
      starting.value = false;
    }
  }

  /** Stops the running export; the core removes the partial file. A second press is ignored. */
  async function cancel(): Promise<void> {
    const current = job.value;
    if (!current || current.state !== 'running' || cancelling.value) return;
    cancelling.value = true;
    try {
      const result = await usePos().call('exports:cancel', { jobId: current.jobId });
      if (result.ok && job.value?.jobId === current.jobId) job.value = newerJob(job.value, result.value);
      cancelError.value = result.ok ? null : result.error;
    } finally {
      cancelling.value = false;
    }
  }

  /** Reads the job again (back on the screen after an event could have been missed, e.g. a reconnect). */
  async function checkStatus(): Promise<void> {
    const current = job.value;
    if (!current || current.state !== 'running') return;
    listen();
    const result = await usePos().call('exports:status', { jobId: current.jobId });
    if (result.ok && job.value?.jobId === current.jobId) job.value = newerJob(job.value, result.value);
  }

  /** Hides a finished job's card. */
  function dismiss(): void {
    if (job.value && job.value.state !== 'running') job.value = null;
  }

  async function loadSettings(): Promise<void> {
    const result = await usePos().call('exports:settings', {});
    if (result.ok) settings.value = result.value;
    settingsError.value = result.ok ? null : result.error;
  }

  /** Sends only the fields that changed; a refusal stays under the form and changes nothing. */
  async function saveSettings(patch: ExportSettingsPatch): Promise<boolean> {
    if (saving.value) return false;
    saving.value = true;
    try {
      const result = await usePos().call('exports:setSettings', patch);
      if (result.ok) settings.value = result.value;
      saveError.value = result.ok ? null : result.error;
      return result.ok;
    } finally {
      saving.value = false;
    }
  }

  return { job, starting, startError, cancelling, cancelError, running, start, cancel, checkStatus, dismiss, settings, settingsError, saving, saveError, loadSettings, saveSettings };
});
