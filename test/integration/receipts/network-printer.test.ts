import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendToNetworkPrinter } from '../../../electron/core/receipts/network-printer';
import { closedPort, startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';

/** Delivery over TCP 9100 against a fake printer on 127.0.0.1: bytes intact, and a readable reason when it fails. */
let printer: FakeNetworkPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

/** Bytes whose every 4 KB piece differs, so a lost, doubled or reordered chunk cannot go unnoticed. */
function patterned(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 7 + Math.floor(i / 4096)) % 256;
  return bytes;
}

describe('network printer (TCP 9100)', () => {
  it('delivers every byte in order, in 4 KB pieces, and reports how many', async () => {
    printer = await startFakeNetworkPrinter();
    const bytes = patterned(4096 * 5 + 123);
    const write = vi.spyOn(net.Socket.prototype, 'write');
    const result = await sendToNetworkPrinter({ host: '127.0.0.1', port: printer.port }, bytes);
    const pieces = write.mock.calls.map(([chunk]) => (chunk as Uint8Array).length);
    write.mockRestore();
    expect(result).toEqual({ ok: true, bytes: bytes.length });
    expect(pieces).toEqual([4096, 4096, 4096, 4096, 4096, 123]);
    expect(Buffer.compare(await printer.nextJob(), Buffer.from(bytes))).toBe(0);
  });

  it('says in Indonesian that the printer refused when nothing listens on the port', async () => {
    const port = await closedPort();
    const result = await sendToNetworkPrinter({ host: '127.0.0.1', port }, patterned(100));
    expect(result).toMatchObject({ ok: false, code: 'refused' });
    expect(!result.ok && result.reason).toMatch(new RegExp(`127\\.0\\.0\\.1:${port} menolak sambungan.*9100`));
  });

  it('gives up with a reason, and does not hang, when the printer stops taking data', async () => {
    printer = await startFakeNetworkPrinter();
    printer.stall();
    // Far more than the loopback buffers hold: the writes must block.
    const result = await sendToNetworkPrinter({ host: '127.0.0.1', port: printer.port }, new Uint8Array(64 * 1024 * 1024), { timeoutMs: 500 });
    expect(result).toMatchObject({ ok: false, code: 'stalled' });
    expect(!result.ok && result.reason).toMatch(/berhenti menerima data.*Periksa kertas/);
  });

  it('refuses an address that is no address, without trying', async () => {
    expect(await sendToNetworkPrinter({ host: ' ', port: 9100 }, patterned(10))).toMatchObject({ ok: false, code: 'invalid_address' });
    expect(await sendToNetworkPrinter({ host: '127.0.0.1', port: 70000 }, patterned(10))).toMatchObject({ ok: false, code: 'invalid_address' });
  });
});
