import type { IakPostpaidCatalogItem } from '../catalog';
import { customerName, seedInt } from './rules';

/**
 * Deterministic bills for the simulator's inquiries, with the product-specific `desc` shapes of IAK's
 * docs (telco/internet, PLN, BPJS, PDAM). Money here is plain integers: the wire format.
 */
export interface SimBill {
  trName: string;
  period: string;
  nominal: number;
  admin: number;
  price: number;
  sellingPrice: number;
  desc: Record<string, unknown>;
}

const MONTHS_ID = ['JAN', 'FEB', 'MAR', 'APR', 'MEI', 'JUN', 'JUL', 'AGU', 'SEP', 'OKT', 'NOV', 'DES'];

/** Bill months ending last month (WIB), oldest first: [{ ym: '202604', label: 'APR 2026' }, ...]. */
function billMonths(count: number, now: number): { ym: string; label: string }[] {
  const wib = new Date(now + 7 * 3600_000);
  const out: { ym: string; label: string }[] = [];
  for (let i = count; i >= 1; i -= 1) {
    const d = new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth() - i, 1));
    const ym = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    out.push({ ym, label: `${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
  }
  return out;
}

const round100 = (n: number): number => Math.round(n / 100) * 100;

/** The bill of IAK's own telco sample (seed 002): HPTHREE 08991230000, INTAN NUR AZIZA, 55.000. */
function seedSampleBill(product: IakPostpaidCatalogItem): SimBill {
  return {
    trName: 'INTAN NUR AZIZA',
    period: '',
    nominal: 55000,
    admin: 0,
    price: 55000,
    sellingPrice: 55000 - product.komisi,
    desc: { kode_area: '', divre: '', datel: '', jumlah_tagihan: 1, tagihan: { detail: [{ periode: '', nilai_tagihan: '', admin: '', total: '' }] } },
  };
}

export function makeBill(product: IakPostpaidCatalogItem, hp: string, bills: number, now: number, month?: number): SimBill {
  if (product.code === 'HPTHREE' && hp === '08991230000') return seedSampleBill(product);
  const key = `${product.code}:${hp}`;
  const name = customerName(key);
  if (product.type === 'bpjs') return bpjsBill(product, key, name, month ?? 1);
  if (product.code === 'PLNNONTAG') return nonTaglisBill(product, key, name, now);
  const months = billMonths(bills, now);
  const period = months.length > 1 ? `${months[0]!.ym},${months[months.length - 1]!.ym}` : months[0]!.ym;
  const amounts = months.map((m) => round100(seedInt(`${key}:${m.ym}`, ...range(product))));
  const admin = product.fee * bills;
  const shaped =
    product.type === 'pln' ? plnDesc(key, months, amounts, product.fee) : product.type === 'pdam' ? pdamDesc(product, key, months, amounts) : telcoDesc(product, months, amounts);
  const nominal = shaped.nominal;
  const price = nominal + admin;
  return { trName: name, period, nominal, admin, price, sellingPrice: price - product.komisi * bills, desc: shaped.desc };
}

function range(product: IakPostpaidCatalogItem): [number, number] {
  switch (product.type) {
    case 'hp': return [45_000, 350_000];
    case 'pln': return [85_000, 750_000];
    case 'internet': return [185_000, 650_000];
    case 'tv': return [150_000, 450_000];
    case 'pdam': return [40_000, 260_000];
    case 'gas': return [50_000, 400_000];
    case 'finance': return [450_000, 2_500_000];
    default: return [50_000, 300_000];
  }
}

function telcoDesc(product: IakPostpaidCatalogItem, months: { label: string }[], amounts: number[]): { nominal: number; desc: Record<string, unknown> } {
  const fixedLine = product.type !== 'hp';
  const detail = months.map((m, i) => ({
    periode: m.label,
    nilai_tagihan: String(amounts[i]),
    admin: String(product.fee),
    total: amounts[i]! + product.fee,
  }));
  return {
    nominal: amounts.reduce((a, b) => a + b, 0),
    desc: {
      kode_area: fixedLine ? '0751' : '',
      divre: fixedLine ? '01' : '',
      datel: fixedLine ? '0006' : '',
      jumlah_tagihan: months.length,
      tagihan: { detail },
    },
  };
}

const PLN_TARIFFS: [string, number][] = [['R1', 900], ['R1', 1300], ['R1', 2200], ['R2', 3500], ['B1', 5500]];

function plnDesc(key: string, months: { ym: string }[], amounts: number[], fee: number): { nominal: number; desc: Record<string, unknown> } {
  const [tarif, daya] = PLN_TARIFFS[seedInt(`tariff:${key}`, 0, PLN_TARIFFS.length - 1)]!;
  let meter = seedInt(`meter:${key}`, 10_000, 90_000);
  // Older months carry a late fee (denda), as PLN bills do.
  const detail = months.map((m, i) => {
    const start = meter;
    meter += Math.max(1, Math.round(amounts[i]! / 1445));
    const denda = i < months.length - 1 ? 5000 : 0;
    return {
      meter_awal: String(start).padStart(8, '0'),
      meter_akhir: String(meter).padStart(8, '0'),
      periode: m.ym,
      nilai_tagihan: String(amounts[i]),
      admin: String(fee),
      denda: String(denda),
      total: amounts[i]! + fee + denda,
    };
  });
  const nominal = detail.reduce((sum, d) => sum + Number(d.nilai_tagihan) + Number(d.denda), 0);
  return { nominal, desc: { tarif, daya, lembar_tagihan: String(months.length), lembar_tagihan_sisa: '0', tagihan: { detail } } };
}

function pdamDesc(product: IakPostpaidCatalogItem, key: string, months: { ym: string }[], amounts: number[]): { nominal: number; desc: Record<string, unknown> } {
  let meter = seedInt(`pdam-meter:${key}`, 1_000, 9_000);
  const detail = months.map((m, i) => {
    const first = meter;
    meter += seedInt(`use:${key}:${m.ym}`, 12, 40);
    const penalty = i < months.length - 1 ? 7500 : 0;
    return { period: m.ym, first_meter: first, last_meter: meter, penalty, bill_amount: amounts[i]!, misc_amount: 750 };
  });
  const nominal = detail.reduce((sum, d) => sum + d.bill_amount + d.penalty + d.misc_amount, 0);
  const streets = ['JL. MERDEKA NO. 12', 'JL. DIPONEGORO 45', 'PERUM GRIYA ASRI BLOK C-7', 'JL. SUDIRMAN GG. MAWAR 3'];
  return {
    nominal,
    desc: {
      bill_quantity: months.length,
      address: streets[seedInt(`addr:${key}`, 0, streets.length - 1)],
      biller_admin: '',
      pdam_name: product.name.toUpperCase(),
      stamp_duty: '',
      bill: { detail },
    },
  };
}

const NON_TAGLIS = ['PENYAMBUNGAN BARU', 'PERUBAHAN DAYA', 'PENYAMBUNGAN SEMENTARA'];

/** PLN non-taglis (new connection, power change): one charge, desc per pln-nontaglist/inquiry.md. */
function nonTaglisBill(product: IakPostpaidCatalogItem, key: string, name: string, now: number): SimBill {
  const nominal = round100(seedInt(`nontag:${key}`, 250_000, 2_500_000));
  const price = nominal + product.fee;
  const registered = new Date(now - seedInt(`reg:${key}`, 3, 40) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return {
    trName: name,
    period: '',
    nominal,
    admin: product.fee,
    price,
    sellingPrice: price - product.komisi,
    desc: {
      transaksi: NON_TAGLIS[seedInt(`jenis:${key}`, 0, NON_TAGLIS.length - 1)],
      no_registrasi: `53${String(seedInt(`noreg:${key}`, 10_000_000, 99_999_999))}${String(seedInt(`noreg2:${key}`, 100, 999))}`,
      tanggal_registrasi: registered,
    },
  };
}

/** BPJS Kesehatan 2026 mandiri premiums per person per month (kelas 3 / 2 / 1). */
const BPJS_PREMIUMS = [42_000, 100_000, 150_000];

function bpjsBill(product: IakPostpaidCatalogItem, key: string, name: string, month: number): SimBill {
  const premium = BPJS_PREMIUMS[seedInt(`class:${key}`, 0, BPJS_PREMIUMS.length - 1)]!;
  const people = seedInt(`people:${key}`, 1, 4);
  const nominal = premium * people * month;
  const price = nominal + product.fee;
  return {
    trName: name,
    period: String(month).padStart(2, '0'),
    nominal,
    admin: product.fee,
    price,
    sellingPrice: price - product.komisi,
    desc: { kode_cabang: '0901', nama_cabang: 'JAKARTA PUSAT', sisa_pembayaran: '0', jumlah_peserta: String(people) },
  };
}
