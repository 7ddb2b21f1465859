import type { CatalogueItem } from '../catalogue';
import { customerName, digits, dueDateLabel, maskName, monthLabel, paymentTimeLabel, rngFor, roundTo, type Rng } from './seed';
import type { GeneratedBill, WireBillDetail, WireKeyValue } from './sim-types';

/**
 * Generated postpaid bills, one bill line per month (billId "1".."n", oldest first) plus the admin
 * line (billId "0"), in the shape of the docs' PLN fixture. Arrears-type bills (PLN, PDAM) cover
 * the n months before the current one; BPJS Kesehatan pays n months starting with the current one.
 */
export interface BillInput {
  product: CatalogueItem;
  accountNumber: string;
  months: number;
  now: number;
}

function adminLine(value: number): WireBillDetail {
  return { billId: '0', billInfo: [], isMandatory: true, key: 'Biaya Administrasi', value };
}

function assemble(
  input: BillInput,
  name: string,
  lines: WireBillDetail[],
  totalAdmin: number,
  extra: { customerDetails?: WireKeyValue[]; productDetails?: WireKeyValue[]; adminLabel?: string } = {},
): GeneratedBill {
  const admin = { ...adminLine(totalAdmin), key: extra.adminLabel ?? 'Biaya Administrasi' };
  const billTotal = lines.reduce((sum, l) => sum + l.value, 0);
  return {
    customerName: name,
    billDetails: [...lines, admin],
    totalAdmin,
    amount: billTotal + totalAdmin,
    customerDetails: extra.customerDetails ?? [
      { key: 'Nama Pelanggan', value: name },
      { key: 'Tanggal & Waktu Pembayaran', value: paymentTimeLabel(input.now) },
      { key: 'Nomor Pelanggan', value: input.accountNumber },
    ],
    productDetails: extra.productDetails ?? [],
    extraFields: [],
    denom: '',
    validity: '',
  };
}

function monthOffsets(months: number): number[] {
  // oldest first: e.g. 3 months -> [-3, -2, -1]
  return Array.from({ length: months }, (_, i) => i - months);
}

export function telcoBill(input: BillInput): GeneratedBill {
  const rng = rngFor(input.product.code, input.accountNumber);
  const name = maskName(customerName(rng));
  const line: WireBillDetail = {
    billId: '1',
    billInfo: [{ key: 'Periode', value: monthLabel(input.now, -1) }],
    isMandatory: true,
    key: 'Jumlah Tagihan',
    value: roundTo(rng.int(60_000, 450_000), 1),
  };
  return assemble(input, name, [line], input.product.adminFee);
}

export function internetTvBill(input: BillInput): GeneratedBill {
  const rng = rngFor(input.product.code, input.accountNumber);
  const line: WireBillDetail = {
    billId: '1',
    billInfo: [{ key: 'Periode', value: monthLabel(input.now, -1) }],
    isMandatory: true,
    key: 'Jumlah Tagihan',
    value: roundTo(rng.int(180_000, 900_000), 1),
  };
  return assemble(input, customerName(rng), [line], input.product.adminFee);
}

export function plnBill(input: BillInput): GeneratedBill {
  const rng = rngFor(input.product.code, input.accountNumber);
  const tariff = rng.pick(['R1/000000900VA', 'R1/000001300VA', 'R1/000002200VA', 'R2/000003500VA']);
  let stand = rng.int(10_000, 90_000);
  const stands: string[] = [];
  let totalUsage = 0;
  const lines = monthOffsets(input.months).map((offset, i): WireBillDetail => {
    const usage = rng.int(90, 650);
    const from = stand;
    stand += usage;
    stands.push(`${from}-${stand}`);
    totalUsage += usage;
    const tag = roundTo(usage * rng.int(1_350, 1_700), 1);
    const denda = input.months > 1 && i < input.months - 1 ? 3000 : 0;
    return {
      billId: String(i + 1),
      billInfo: [
        { key: 'Rp Tag PLN', value: String(tag) },
        { key: 'Denda', value: String(denda) },
        { key: 'Jatuh Tempo', value: dueDateLabel(input.now, offset) },
        { key: 'Insentif', value: 'D0000000000' },
        { key: 'Pemakaian', value: `${usage} kWh` },
        { key: 'Stand Meter', value: `${from}-${stand}` },
        { key: 'Bulan', value: monthLabel(input.now, offset) },
      ],
      isMandatory: true,
      key: 'Jumlah Tagihan',
      value: tag + denda,
    };
  });
  const periods = monthOffsets(input.months).map((o) => monthLabel(input.now, o));
  return assemble(input, customerName(rng), lines, input.product.adminFee * input.months, {
    productDetails: [
      { key: 'BL/TH', value: periods.join(', ') },
      { key: 'Total LBR Tagihan', value: `${input.months} Bulan` },
      { key: 'Total Tarif/Daya', value: tariff },
      { key: 'Total Pemakaian', value: `${totalUsage} kWh` },
      { key: 'Stand Meter', value: stands.join(', ') },
    ],
  });
}

export function pdamBill(input: BillInput): GeneratedBill {
  const rng = rngFor(input.product.code, input.accountNumber);
  let stand = rng.int(100, 3_000);
  const lines = monthOffsets(input.months).map((offset, i): WireBillDetail => {
    const usage = rng.int(8, 45);
    const from = stand;
    stand += usage;
    const water = roundTo(usage * rng.int(4_500, 8_500) + 10_000, 100);
    const denda = input.months > 1 && i < input.months - 1 ? 5000 : 0;
    return {
      billId: String(i + 1),
      billInfo: [
        { key: 'Bulan', value: monthLabel(input.now, offset) },
        { key: 'Tagihan Air', value: String(water) },
        { key: 'Denda', value: String(denda) },
        { key: 'Pemakaian', value: `${usage} m3` },
        { key: 'Stand Meter', value: `${from}-${stand}` },
      ],
      isMandatory: true,
      key: 'Jumlah Tagihan',
      value: water + denda,
    };
  });
  const name = customerName(rng);
  return assemble(input, name, lines, input.product.adminFee * input.months, {
    productDetails: [
      { key: 'Wilayah', value: input.product.name },
      { key: 'Golongan', value: rng.pick(['R1', 'R2', 'R3', 'N1']) },
      { key: 'Jumlah Bulan', value: `${input.months} Bulan` },
    ],
  });
}

const BPJS_CLASS: Array<[string, number]> = [['Kelas 3', 35_000], ['Kelas 2', 100_000], ['Kelas 1', 150_000]];

export function bpjsKesehatanBill(input: BillInput): GeneratedBill {
  const rng = rngFor(input.product.code, input.accountNumber);
  const members = rng.int(1, 4);
  const [kelas, perMember] = rng.pick(BPJS_CLASS);
  const lines = Array.from({ length: input.months }, (_, i): WireBillDetail => ({
    billId: String(i + 1),
    billInfo: [
      { key: 'Periode', value: monthLabel(input.now, i) },
      { key: 'Jumlah Peserta', value: String(members) },
    ],
    isMandatory: true,
    key: 'Iuran',
    value: members * perMember,
  }));
  const name = customerName(rng);
  return assemble(input, name, lines, input.product.adminFee, {
    customerDetails: [
      { key: 'Nama Pelanggan', value: name },
      { key: 'Nomor VA', value: input.accountNumber },
      { key: 'Tanggal & Waktu Pembayaran', value: paymentTimeLabel(input.now) },
    ],
    productDetails: [
      { key: 'Jumlah Peserta', value: `${members} Orang` },
      { key: 'Jumlah Bulan', value: `${input.months} Bulan` },
      { key: 'Kelas', value: kelas },
    ],
  });
}

export function bpjsKetenagakerjaanBill(input: BillInput): GeneratedBill {
  const rng: Rng = rngFor(input.product.code, input.accountNumber);
  const isPu = input.product.code === 'TBPJPKPU';
  const parts: Array<[string, number]> = isPu
    ? [['Iuran JHT', rng.int(50_000, 400_000)], ['Iuran JKK', rng.int(10_000, 40_000)], ['Iuran JKM', rng.int(3_000, 9_000)], ['Iuran JPN', rng.int(20_000, 120_000)]]
    : [['Iuran JHT', 20_000], ['Iuran JKK', 10_000], ['Iuran JKM', 6_800]];
  const total = parts.reduce((sum, [, v]) => sum + v, 0);
  const line: WireBillDetail = {
    billId: '1',
    billInfo: parts.map(([key, value]) => ({ key, value: String(value) })),
    isMandatory: true,
    key: 'Total Iuran',
    value: total,
  };
  const name = isPu ? `PT ${customerName(rng).split(' ')[0]} SEJAHTERA` : customerName(rng);
  return assemble(input, name, [line], input.product.adminFee, {
    adminLabel: 'Biaya Transaksi',
    customerDetails: [
      { key: isPu ? 'Nama Perusahaan' : 'Nama', value: name },
      { key: isPu ? 'Kode Iuran' : 'NIK / ID Billing', value: input.accountNumber },
      { key: 'Tanggal & Waktu Pembayaran', value: paymentTimeLabel(input.now) },
    ],
    productDetails: isPu
      ? [{ key: 'NPP', value: digits(rng, 8) }, { key: 'Divisi', value: '000' }, { key: 'Bulan Tagihan', value: monthLabel(input.now, -1) }]
      : [{ key: 'Kantor Cabang', value: rng.pick(['JAKARTA GROGOL', 'BANDUNG SUCI', 'SURABAYA KAPASARI']) }],
  });
}
