import type { GeneratedBill, WireBillDetail } from './sim-types';

/**
 * Account numbers that appear in Ayoconnect's own docs/fixtures answer with the documented bill,
 * so the docs' examples can be replayed against the simulator:
 * - 0811111111 on any postpaid-mobile product: the seed 003 inquiry (RUSXXXXXXXNDI, 3 607).
 * - 516070377764 on PLN postpaid (LSTPPPOG): the 3-month fixture (JOENET LEMBAYUNG, 101 539).
 */
export const DOC_TELCO_NUMBER = '0811111111';
export const DOC_PLN_NUMBER = '516070377764';

export function telcoDocSample(paymentTime: string): GeneratedBill {
  return {
    customerName: 'RUSXXXXXXXNDI',
    billDetails: [
      { billId: '1', billInfo: [], isMandatory: true, key: 'Jumlah Tagihan', value: 3607 },
      { billId: '0', billInfo: [], isMandatory: true, key: 'Biaya Administrasi', value: 0 },
    ],
    totalAdmin: 0,
    amount: 3607,
    customerDetails: [
      { key: 'Nomor Pelanggan', value: DOC_TELCO_NUMBER },
      { key: 'Tanggal & Waktu Pembayaran', value: paymentTime },
      { key: 'Nama Pelanggan', value: 'RUSXXXXXXXNDI' },
    ],
    productDetails: [],
    extraFields: [],
    denom: '',
    validity: '',
  };
}

function plnMonth(billId: string, tag: number, denda: number, due: string, usage: string, stand: string, month: string): WireBillDetail {
  return {
    billId,
    billInfo: [
      { key: 'Rp Tag PLN', value: String(tag) },
      { key: 'Denda', value: String(denda) },
      { key: 'Jatuh Tempo', value: due },
      { key: 'Insentif', value: 'D0000000000' },
      { key: 'Pemakaian', value: usage },
      { key: 'Stand Meter', value: stand },
      { key: 'Bulan', value: month },
    ],
    isMandatory: true,
    key: 'Jumlah Tagihan',
    value: tag + denda,
  };
}

export function plnDocSample(paymentTime: string): GeneratedBill {
  return {
    customerName: 'JOENET LEMBAYUNG',
    billDetails: [
      plnMonth('1', 32661, 6000, '20-Feb-2016', '8200 kWh', '1076100-1084300', 'Jan 2016'),
      plnMonth('2', 43878, 3000, '20-Mar-2016', '10400 kWh', '1084300-1094700', 'Feb 2016'),
      plnMonth('3', 7000, 3000, '20-Apr-2016', '17600 kWh', '1094700-1112300', 'Mar 2016'),
      { billId: '0', billInfo: [], isMandatory: true, key: 'Biaya Administrasi', value: 6000 },
    ],
    totalAdmin: 6000,
    amount: 101539,
    customerDetails: [
      { key: 'Nama Pelanggan', value: 'JOENET LEMBAYUNG' },
      { key: 'Tanggal & Waktu Pembayaran', value: paymentTime },
      { key: 'Nomor Pelanggan', value: DOC_PLN_NUMBER },
    ],
    productDetails: [
      { key: 'BL/TH', value: 'Jan 2016, Feb 2016, Mar 2016' },
      { key: 'Total LBR Tagihan', value: '3 Bulan' },
      { key: 'Total Tarif/Daya', value: 'A1/000000550' },
      { key: 'Total Pemakaian', value: '36200 kWh' },
      { key: 'Stand Meter', value: '1076100-1084300, 1084300-1094700, 1094700-1112300' },
    ],
    extraFields: [],
    denom: '',
    validity: '',
  };
}
