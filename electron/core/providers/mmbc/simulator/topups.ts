import { MMBC_PRODUCTS, OPERATOR_PREFIXES, type MmbcProduct } from '../catalog/pulsa-products';
import { wibIsoDate } from '../time';
import type { Deposit } from './deposit';
import { withDots } from './deposit';
import { digitsFrom } from './random';
import { topupRule, type TopupRule } from './rules';

/**
 * The simulator's pulsa transactions: the isipulsa decision (validation, itrx rule, deposit) and
 * the pending -> final transitions, evaluated lazily whenever state is read so no timer is left
 * running after a test.
 */
export type TopupStatus = 'sukses' | 'pending' | 'gagal';

export interface TopupTx {
  invoice: string;
  createdAt: number;
  product: MmbcProduct;
  destination: string;
  itrx: number;
  rule: TopupRule;
  status: TopupStatus;
  /** When a pending transaction becomes final; null = never. */
  settleAt: number | null;
  serial: string;
  debet: number;
}

export type TopupDecision = { ok: true; tx: TopupTx } | { ok: false; reason: string };

const PRODUCTS = new Map(MMBC_PRODUCTS.map((p) => [p.code, p]));

export class TopupBook {
  private readonly byInvoice = new Map<string, TopupTx>();
  private readonly usedItrx = new Set<string>();
  private counter = 0;

  constructor(
    private readonly deposit: Deposit,
    private readonly kodeagen: string,
    private readonly pendingDelayMs: number,
    private readonly now: () => number,
  ) {}

  product(code: string): MmbcProduct | undefined {
    return PRODUCTS.get(code.trim().toUpperCase());
  }

  submit(input: { kodeoperator: string; nomortujuan: string; itrx: string }): TopupDecision {
    this.settleDue();
    const product = this.product(input.kodeoperator);
    const number = input.nomortujuan.trim();
    if (!product) return no(`Kode operator ${input.kodeoperator} tidak terdaftar, silakan cek daftar harga.`);
    const label = `${product.type} ${product.operator} ${withDots(product.nominal)}(${product.code})`;
    if (product.status !== 'Ready') return no(`Maaf, produk ${label} sedang Close/gangguan, silakan coba beberapa saat lagi.`);
    if (!/^[1-9]\d{0,2}$/.test(input.itrx.trim())) return no(`Parameter itrx tidak valid: ${input.itrx}`);
    const local = toLocal(number);
    if (!local) return no(`Nomor tujuan ${number} tidak valid.`);
    if (!OPERATOR_PREFIXES[product.operator].some((p) => local.startsWith(p))) {
      return no(`Nomor tujuan ${number} bukan nomor ${product.operator}, transaksi ${label} dibatalkan.`);
    }
    const itrx = Number(input.itrx);
    const key = `${wibIsoDate(this.now())}|${local}|${product.code}|${itrx}`;
    if (this.usedItrx.has(key)) {
      return no(
        `Transaksi double! ${label} ke ${number} dengan itrx ${itrx} sudah pernah dilakukan hari ini. ` +
          `Gunakan itrx berikutnya untuk isi ulang yang baru.`,
      );
    }
    if (!this.deposit.canPay(product.price)) {
      return no(
        `Maaf, Saldo anda tidak cukup untuk isi ulang ${label} senilai ${product.price}, ` +
          `Saldo ${this.kodeagen}: ${this.deposit.balance}`,
      );
    }
    this.usedItrx.add(key);
    return { ok: true, tx: this.create(product, number, itrx) };
  }

  private create(product: MmbcProduct, destination: string, itrx: number): TopupTx {
    this.counter += 1;
    const invoice = `TRX${String(26_000_000 + this.counter)}`;
    const rule = topupRule(destination);
    const now = this.now();
    this.deposit.debit(product.price, invoice);
    const tx: TopupTx = {
      invoice,
      createdAt: now,
      product,
      destination,
      itrx,
      rule,
      status: 'pending',
      settleAt: rule === 'pending_forever' ? null : now + this.pendingDelayMs,
      serial: '',
      debet: product.price,
    };
    this.byInvoice.set(invoice, tx);
    if (rule === 'success') this.finish(tx, 'sukses');
    if (rule === 'fail') this.finish(tx, 'gagal');
    return tx;
  }

  find(invoice: string, destination: string): TopupTx | undefined {
    this.settleDue();
    const tx = this.byInvoice.get(invoice.trim().toUpperCase());
    return tx && tx.destination === destination.trim() ? tx : undefined;
  }

  list(): TopupTx[] {
    this.settleDue();
    return [...this.byInvoice.values()];
  }

  settleDue(): void {
    const now = this.now();
    for (const tx of this.byInvoice.values()) {
      if (tx.status !== 'pending' || tx.settleAt === null || tx.settleAt > now) continue;
      this.finish(tx, tx.rule === 'pending_fail' ? 'gagal' : 'sukses');
    }
  }

  private finish(tx: TopupTx, status: 'sukses' | 'gagal'): void {
    tx.status = status;
    tx.settleAt = null;
    if (status === 'sukses') {
      tx.serial = digitsFrom(tx.invoice, 16);
    } else {
      this.deposit.refund(tx.debet, tx.invoice);
      tx.debet = 0;
    }
  }
}

function no(reason: string): TopupDecision {
  return { ok: false, reason };
}

/** 08xx / 628xx / +628xx -> 08xx, or undefined when it is not a mobile number. */
function toLocal(number: string): string | undefined {
  const digits = number.replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const local = digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
  return /^08\d{8,11}$/.test(local) ? local : undefined;
}
