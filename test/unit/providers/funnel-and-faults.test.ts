import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpFunnel } from '../../../electron/core/providers/http/funnel';
import { parseJsonAnswer, unparsedToOutcome } from '../../../electron/core/providers/http/parse-answer';
import { startSimServer, type FaultMode, type SimServer } from '../../../electron/core/providers/sim-kit';

/**
 * The shared fault path every provider client goes through: each injected fault on a call the
 * provider processed must come out as `unknown` (never `failed`), and a refused connection as
 * `failed/not_sent` (the request never left).
 */
let sim: SimServer;
let charged = 0;
const schema = z.object({ status: z.string() });

beforeAll(async () => {
  sim = await startSimServer({
    routes: [
      {
        method: 'POST',
        path: '/buy',
        endpoint: 'buy',
        handle: () => {
          charged += 1;
          return { status: 200, json: { status: 'ok' } };
        },
      },
    ],
  });
});
afterAll(() => sim.close());

async function buy(timeoutMs = 300) {
  const funnel = createHttpFunnel({ baseUrl: sim.baseUrl, timeoutMs });
  const parsed = parseJsonAnswer(await funnel.send({ method: 'POST', path: '/buy', body: '{}' }), schema);
  return parsed.ok ? { status: 'success' } : unparsedToOutcome(parsed);
}

describe('funnel + simulator faults', () => {
  it('a clean call parses', async () => {
    expect(await buy()).toEqual({ status: 'success' });
  });

  const expected: Record<Exclude<FaultMode, 'delay'>, string> = {
    no_answer: 'timeout',
    reset: 'connection_reset',
    http_500: 'http_error',
    http_502: 'http_error',
    html: 'html_page',
    malformed_json: 'malformed_body',
  };
  for (const [mode, reason] of Object.entries(expected)) {
    for (const when of ['before', 'after'] as const) {
      it(`${mode} ${when} processing is unknown (${reason}), never failed`, async () => {
        const before = charged;
        sim.faults.set('buy', { mode: mode as FaultMode, when, times: 1 });
        expect(await buy()).toMatchObject({ status: 'unknown', reason });
        expect(charged - before).toBe(when === 'after' ? 1 : 0);
      });
    }
  }

  it('a delay past the client timeout is unknown; within it, the call succeeds', async () => {
    sim.faults.set('buy', { mode: 'delay', ms: 500, times: 1 });
    expect(await buy(200)).toMatchObject({ status: 'unknown', reason: 'timeout' });
    sim.faults.set('buy', { mode: 'delay', ms: 50, times: 1 });
    expect(await buy(2000)).toEqual({ status: 'success' });
  });

  it('faults can be armed over HTTP from another process', async () => {
    const res = await fetch(`${sim.baseUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint: 'buy', mode: 'http_500', times: 1 }) });
    expect(res.status).toBe(200);
    expect(await buy()).toMatchObject({ status: 'unknown', reason: 'http_error' });
    expect(await buy()).toEqual({ status: 'success' });
    const bad = await fetch(`${sim.baseUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint: 'buy', mode: 'explode' }) });
    expect(bad.status).toBe(400);
  });

  it('a refused connection is failed/not_sent: nothing reached the provider', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const funnel = createHttpFunnel({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300 });
    const parsed = parseJsonAnswer(await funnel.send({ method: 'POST', path: '/buy' }), schema);
    expect(parsed.ok ? null : unparsedToOutcome(parsed)).toMatchObject({ status: 'failed', code: 'not_sent' });
  });

  it('a body of the wrong shape is unknown (unexpected_answer)', async () => {
    const funnel = createHttpFunnel({ baseUrl: sim.baseUrl, timeoutMs: 300 });
    const parsed = parseJsonAnswer(await funnel.send({ method: 'POST', path: '/buy' }), z.object({ rc: z.string() }));
    expect(parsed.ok ? null : unparsedToOutcome(parsed)).toMatchObject({ status: 'unknown', reason: 'unexpected_answer' });
  });
});
