import { deliverCallback } from '../../sim-kit';
import type { KlikooTxStatus } from '../types';
import { callbackJson } from './respond';
import { serialFor } from './rules';
import type { KlikooSimState, SimTransaction } from './state';

const FAIL_REASON = 'Transaksi gagal: nomor tujuan tidak aktif atau ditolak operator';

/**
 * Moves transactions from PENDING to their final state: after `pendingDelayMs` by their fate, or
 * on demand through the control API. On success the deposit is charged (as Klikoo documents, only
 * then) and the serial issued; then the purchase callback is posted unless the fate is silent.
 */
export class Settlement {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly deliveries = new Set<Promise<boolean>>();
  callbackUrl: string | undefined;

  constructor(
    private readonly state: KlikooSimState,
    private readonly pendingDelayMs: () => number,
    callbackUrl: string | undefined,
  ) {
    this.callbackUrl = callbackUrl;
  }

  schedule(tx: SimTransaction): void {
    if (tx.fate === 'hold') return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.settle(tx, tx.fate === 'fail' ? 'FAILED' : 'SUCCESS');
    }, this.pendingDelayMs());
    this.timers.add(timer);
  }

  settle(tx: SimTransaction, status: Exclude<KlikooTxStatus, 'PENDING'>, reason?: string): void {
    if (tx.status !== 'PENDING') return;
    tx.beginningBalance = this.state.balance;
    if (status === 'SUCCESS') {
      this.state.balance -= tx.cost;
      tx.sn = serialFor(tx.product, tx.transactionId, tx.customerName || 'PELANGGAN', tx.powerCapacity);
      if (tx.billKey) {
        this.state.paidBills.add(tx.billKey);
        this.state.inquiries.delete(tx.billKey);
      }
    } else {
      tx.reason = reason ?? FAIL_REASON;
    }
    tx.status = status;
    tx.currentBalance = this.state.balance;
    if (tx.fate !== 'success_silent') this.sendCallback(tx);
  }

  private sendCallback(tx: SimTransaction): void {
    if (!this.callbackUrl) return;
    const delivery = deliverCallback(this.callbackUrl, JSON.stringify(callbackJson(tx)), { 'Content-Type': 'application/json' });
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.deliveries]);
  }
}
