import { describe, expect, it } from 'vitest';
import { deliveryFailure } from '../../../electron/core/receipts/network-printer';

const failure = (code: string) => deliveryFailure(Object.assign(new Error(`connect ${code}`), { code }), '192.168.1.50:9100', '192.168.1.50');

/** The socket errors a cashier meets, each as a reason to act on (the refused case runs for real in the integration test). */
describe('network printer failure reasons', () => {
  it('host unreachable: check the cable/Wi-Fi and the IP', () => {
    for (const code of ['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN']) {
      expect(failure(code)).toMatchObject({ ok: false, code: 'unreachable', reason: expect.stringMatching(/192\.168\.1\.50:9100 tidak terjangkau.*alamat IP/) });
    }
  });

  it('connect timeout, unknown name, reset and anything else', () => {
    expect(failure('ETIMEDOUT')).toMatchObject({ code: 'timeout', reason: expect.stringMatching(/tidak menjawab/) });
    expect(failure('ENOTFOUND')).toMatchObject({ code: 'unknown_host', reason: expect.stringMatching(/"192\.168\.1\.50" tidak dikenal/) });
    expect(failure('ECONNRESET')).toMatchObject({ code: 'reset', reason: expect.stringMatching(/memutus sambungan/) });
    expect(failure('EWHATEVER')).toMatchObject({ code: 'error', reason: expect.stringMatching(/^Gagal mengirim struk ke printer 192\.168\.1\.50:9100/) });
  });
});
