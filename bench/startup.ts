import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../electron/core/app/core';
import { openCore } from '../electron/core/app/open-core';
import type { BenchResult } from './result';
import { copyDataset, type SalesDataset } from './support/sales-dataset';
import { OWNER_SESSION, signInOwner } from '../test/support/sessions';

/**
 * startup.1m: opening the core as the app does (in-process sandbox simulators, backups scheduled)
 * and answering the cashier's Home screen, on a data directory holding a year of history (1,000,000
 * sales) against an empty one, in alternating rounds. Each directory is opened once before timing:
 * the first start after an upgrade checks the whole journal once and seeds the training deposits;
 * every start after that is what the cashier waits for daily.
 */
export async function benchStartup(dataset: SalesDataset, rounds = 11): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'loket-bench-startup-'));
  try {
    const full = join(root, 'full');
    const empty = join(root, 'empty');
    copyDataset(dataset, full);
    mkdirSync(empty);
    const first = await timeStart(full);
    console.log(`[bench] startup.1m: first start on the copied history ${first.ms.toFixed(0)} ms (whole-journal check, once)`);
    await timeStart(empty);
    const fullMs: number[] = [];
    const emptyMs: number[] = [];
    let home = '';
    for (let round = 0; round < rounds; round += 1) {
      const a = await timeStart(full);
      const b = await timeStart(empty);
      fullMs.push(a.ms);
      emptyMs.push(b.ms);
      home = a.home;
    }
    const value = median(fullMs);
    const baseline = median(emptyMs);
    return {
      name: 'startup.1m',
      value: round(value, 1),
      unit: `ms, median of ${rounds} (openCore + ${home})`,
      baseline: round(baseline, 1),
      ratio: round(value / baseline, 3),
      goal: 'ratio <= 1.5',
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function timeStart(dataDir: string): Promise<{ ms: number; home: string }> {
  const start = performance.now();
  const core = await openCore({ dataDir });
  try {
    const opened = performance.now() - start;
    // Typing the PIN is the person's time, and scrypt is slow on purpose: not counted as start-up.
    await signInOwner(core);
    const homeStart = performance.now();
    const home = await answerHome(core);
    return { ms: opened + (performance.now() - homeStart), home };
  } finally {
    await core.close();
  }
}

/** What the Home screen asks: today's figures and the shift (balances and open sales before reports:today existed). */
async function answerHome(core: Core): Promise<string> {
  const today = await core.dispatch('reports:today', {}, OWNER_SESSION);
  const asked = ['reports:today', 'shifts:current'];
  if (!today.ok) {
    if (today.error.message !== 'Belum tersedia.') throw new Error(`reports:today: ${today.error.message}`);
    asked.splice(0, 1, 'ledger:balances', 'sales:open');
  }
  for (const channel of asked.filter((c) => c !== 'reports:today')) {
    const answer = await core.dispatch(channel, {}, OWNER_SESSION);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  }
  return asked.join(' + ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
