import type { SimRoute } from '../../sim-kit';
import { MMBC_PRODUCTS, OPERATOR_CHECK_CODES } from '../catalog/pulsa-products';
import { formatTanggal } from '../time';
import type { MmbcSimContext } from './context';
import { withSeparators } from './deposit';
import { formOf, loginRefusal, no, ok } from './sim-http';
import type { TopupTx } from './topups';

/** POST /json/pulsa/daftarharga, /json/pulsa/isipulsa, /json/pulsa/cekstatus, /json/ceksaldo. */
export function pulsaRoutes(ctx: MmbcSimContext): SimRoute[] {
  return [
    {
      method: 'POST',
      path: '/json/pulsa/daftarharga',
      endpoint: 'daftarharga',
      handle: (req) => {
        const form = formOf(req);
        return loginRefusal(form, ctx.account) ?? ok(MMBC_PRODUCTS.map(priceRow));
      },
    },
    {
      method: 'POST',
      path: '/json/pulsa/isipulsa',
      endpoint: 'isipulsa',
      handle: (req) => {
        const form = formOf(req);
        const refused = loginRefusal(form, ctx.account);
        if (refused) return refused;
        const { kodeoperator = '', nomortujuan = '', itrx = '1' } = form;
        if (kodeoperator.trim() === '' || nomortujuan.trim() === '') return no('Parameter kodeoperator dan nomortujuan wajib diisi.');
        const decision = ctx.topups.submit({ kodeoperator, nomortujuan, itrx });
        if (!decision.ok) return no(decision.reason);
        return ok(topupAnswer(decision.tx, ctx));
      },
    },
    {
      method: 'POST',
      path: '/json/pulsa/cekstatus',
      endpoint: 'cekstatus',
      handle: (req) => {
        const form = formOf(req);
        const refused = loginRefusal(form, ctx.account);
        if (refused) return refused;
        const invoice = (form.invoice ?? '').trim();
        const number = (form.nomortujuan ?? '').trim();
        const tx = ctx.topups.find(invoice, number);
        if (!tx) return no(`Transaksi dengan invoice ${invoice} ke nomor ${number} tidak ditemukan.`);
        return ok(statusAnswer(tx, ctx));
      },
    },
    {
      method: 'POST',
      path: '/json/ceksaldo',
      endpoint: 'ceksaldo',
      handle: (req) => {
        const form = formOf(req);
        ctx.settle();
        return loginRefusal(form, ctx.account) ?? ok({ result: 'ok', saldo: withSeparators(ctx.deposit.balance) });
      },
    },
  ];
}

function priceRow(p: (typeof MMBC_PRODUCTS)[number]) {
  return {
    tipe: p.type,
    operator: p.operator,
    kodeoperator: p.code,
    keterangan: p.description,
    nominal: String(p.nominal),
    harga: String(p.price),
    status: p.status,
  };
}

function topupAnswer(tx: TopupTx, ctx: MmbcSimContext) {
  return {
    result: 'ok',
    tanggal: formatTanggal(tx.createdAt),
    invoice: tx.invoice,
    transaksi: tx.product.type,
    operator: tx.product.operator,
    kodeoperator: tx.product.code,
    nominal: String(tx.product.nominal),
    nomorpelanggan: tx.destination,
    serial: tx.serial,
    debet: String(tx.debet),
    saldo: withSeparators(ctx.deposit.balance),
    kodeagen: ctx.account.kodeagen,
    status: tx.status,
  };
}

/** The documented sample's invoice carries a leading space (" TRX11111"): reproduced on purpose. */
function statusAnswer(tx: TopupTx, ctx: MmbcSimContext) {
  return {
    result: 'ok',
    tanggal: formatTanggal(tx.createdAt),
    invoice: ` ${tx.invoice}`,
    transaksi: tx.product.type,
    operator: tx.product.operator,
    kodeoperator: tx.product.code,
    nominal: String(tx.product.nominal),
    nomortujuan: tx.destination,
    serial: tx.serial,
    description: describe(tx),
    kodeagen: ctx.account.kodeagen,
    status: tx.status,
  };
}

function describe(tx: TopupTx): string {
  const head =
    `Status transaksi ${tx.product.type} ${tx.product.operator}(${tx.product.code}) dgn Invoice ${tx.invoice} ` +
    `ke nomor ${tx.destination} adalah ${tx.status}`;
  if (tx.status === 'pending') return `${head}, transaksi sedang diproses operator.`;
  if (tx.status === 'gagal') return `${head}, saldo sudah dikembalikan.`;
  const codes = OPERATOR_CHECK_CODES[tx.product.operator];
  const check = tx.product.type === 'PULSA' ? `Silakan cek pulsa di ${codes.pulsa}` : `Silakan cek kuota di ${codes.data}`;
  return `${head} berhasil terkirim SN Operator: ${tx.serial}, ${check}`;
}
