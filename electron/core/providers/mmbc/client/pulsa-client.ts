import { unparsedToReadError } from '../../http/parse-answer';
import type { MoneyOutcome, ReadResult } from '../../outcome';
import type { Rupiah } from '../../../money';
import { balanceAnswerSchema, priceItemSchema } from '../contract/pulsa';
import { amountOf } from './amounts';
import { neverThrowMoney, neverThrowRead, readRefused, readUnexpected, refusalOf } from './results';
import { mapTopupAnswer, mapTopupStatus } from './topup-mapping';
import type { MmbcTransport } from './transport';
import type { MmbcPriceList, MmbcProductInfo, TopupCheckRequest, TopupRequest } from './types';

/** Pulsa API calls (seed 000) plus ceksaldo. */
export interface MmbcPulsaCalls {
  getPriceList(): Promise<ReadResult<MmbcPriceList>>;
  /**
   * isipulsa. Money moves. NEVER retried by this client: MMBC has no client reference, so a
   * repeat is a second top-up (or, with the same itrx, a "double" refusal).
   */
  topup(request: TopupRequest): Promise<MoneyOutcome>;
  /** cekstatus by the MMBC invoice from topup's providerRef. */
  checkTopup(request: TopupCheckRequest): Promise<MoneyOutcome>;
  getBalance(): Promise<ReadResult<{ balance: Rupiah }>>;
}

export function pulsaCalls(transport: MmbcTransport): MmbcPulsaCalls {
  return {
    getPriceList: () =>
      neverThrowRead(async () => {
        const parsed = await transport.post('/json/pulsa/daftarharga', {});
        if (!parsed.ok) return unparsedToReadError(parsed);
        if (Array.isArray(parsed.body)) return { ok: true, value: priceList(parsed.body) };
        const refusal = refusalOf(parsed.body);
        return refusal !== undefined ? readRefused(refusal) : readUnexpected();
      }),

    topup: (request) =>
      neverThrowMoney(async () => {
        const problem = topupProblem(request);
        if (problem) return { status: 'failed', code: 'not_sent', message: problem };
        const parsed = await transport.post('/json/pulsa/isipulsa', {
          itrx: String(request.itrx),
          kodeoperator: request.productCode.trim(),
          nomortujuan: request.destination.trim(),
        });
        return mapTopupAnswer(parsed, request);
      }),

    checkTopup: (request) =>
      neverThrowMoney(async () => {
        if (request.invoice.trim() === '' || request.destination.trim() === '') {
          return { status: 'unknown', reason: 'unexpected_answer', message: 'Cek status MMBC butuh invoice dan nomor tujuan.' };
        }
        const parsed = await transport.post('/json/pulsa/cekstatus', {
          invoice: request.invoice.trim(),
          nomortujuan: request.destination.trim(),
        });
        return mapTopupStatus(parsed, request);
      }),

    getBalance: () =>
      neverThrowRead(async () => {
        const parsed = await transport.post('/json/ceksaldo', {});
        if (!parsed.ok) return unparsedToReadError(parsed);
        const refusal = refusalOf(parsed.body);
        if (refusal !== undefined) return readRefused(refusal);
        const answer = balanceAnswerSchema.safeParse(parsed.body);
        const balance = answer.success ? amountOf(answer.data.saldo) : undefined;
        return balance === undefined ? readUnexpected() : { ok: true, value: { balance } };
      }),
  };
}

function topupProblem(request: TopupRequest): string | undefined {
  if (!Number.isSafeInteger(request.itrx) || request.itrx < 1 || request.itrx > 999) return 'itrx harus bilangan bulat 1..999.';
  if (request.productCode.trim() === '') return 'Kode produk MMBC kosong.';
  if (!/^\+?\d{8,15}$/.test(request.destination.trim())) return `Nomor tujuan "${request.destination}" tidak valid.`;
  return undefined;
}

function priceList(rows: unknown[]): MmbcPriceList {
  const products: MmbcProductInfo[] = [];
  const rejected: MmbcPriceList['rejected'] = [];
  rows.forEach((row, index) => {
    const item = priceItemSchema.safeParse(row);
    if (!item.success) return void rejected.push({ index, reason: 'baris tidak sesuai format' });
    const d = item.data;
    const nominal = amountOf(d.nominal);
    const price = amountOf(d.harga);
    if (nominal === undefined || price === undefined) {
      return void rejected.push({ index, code: d.kodeoperator, reason: `nominal/harga tidak dikenali: ${String(d.nominal)} / ${String(d.harga)}` });
    }
    products.push({
      code: d.kodeoperator.trim(),
      type: d.tipe.trim(),
      operator: d.operator.trim(),
      description: (d.keterangan ?? '').trim(),
      nominal,
      price,
      available: d.status.trim().toLowerCase() === 'ready',
      status: d.status.trim(),
    });
  });
  return { products, rejected };
}
