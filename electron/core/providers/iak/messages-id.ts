/**
 * IAK answers in English ("INVOICE HAS BEEN PAID"); a cashier in a warung reads Indonesian. Each code
 * gets the text the cashier can act on; IAK's own words go to the sale's history (providerText).
 */
const PREPAID_ID: Readonly<Record<string, string>> = {
  '00': 'Transaksi berhasil',
  '06': 'Transaksi tidak ditemukan di IAK',
  '07': 'Transaksi gagal',
  '10': 'Batas isi ulang ke nomor ini hari ini sudah tercapai',
  '12': 'Saldo maksimum di nomor tujuan terlampaui',
  '13': 'Nomor pelanggan diblokir',
  '14': 'Nomor tujuan salah',
  '16': 'Nomor tidak sesuai dengan operator produk',
  '17': 'Deposit IAK tidak cukup',
  '20': 'Kode produk tidak dikenal',
  '39': 'Transaksi sedang diproses',
  '102': 'Alamat IP outlet belum didaftarkan di IAK',
  '106': 'Produk sedang gangguan / tidak tersedia',
  '107': 'Format permintaan salah',
  '110': 'Sistem IAK sedang pemeliharaan',
  '117': 'Alamat API salah',
  '118': 'Akun IAK ditangguhkan',
  '121': 'Batas isi ulang bulanan terlampaui',
  '201': 'Kode jawaban tidak dikenal (dianggap diproses)',
  '202': 'Nomor dan produk yang sama hanya boleh 1 kali sehari',
  '203': 'Nomor tujuan terlalu panjang',
  '204': 'Autentikasi salah (username/API key)',
  '206': 'Nomor tujuan diblokir',
  '207': 'Nomor yang sama hanya boleh 1 kali sehari',
  '208': 'Data tidak valid',
};

const POSTPAID_ID: Readonly<Record<string, string>> = {
  '00': 'Berhasil',
  '01': 'Tagihan sudah dibayar',
  '02': 'Tagihan belum dibayar',
  '03': 'Nomor referensi tidak valid',
  '04': 'Data tagihan kedaluwarsa, cek ulang tagihan',
  '05': 'Kesalahan tidak dikenal (dianggap diproses)',
  '06': 'Data cek tagihan tidak ditemukan',
  '07': 'Transaksi gagal',
  '08': 'ID tagihan diblokir',
  '09': 'Cek tagihan gagal',
  '10': 'Tagihan belum tersedia',
  '11': 'Nomor referensi ganda',
  '13': 'Nomor pelanggan diblokir',
  '14': 'Nomor pelanggan salah',
  '15': 'Nomor tidak didukung',
  '16': 'Nomor tidak sesuai dengan operator',
  '17': 'Deposit IAK tidak cukup',
  '20': 'Produk tidak terdaftar',
  '30': 'Pembayaran harus di loket resmi / PDAM',
  '31': 'Ditolak: total tagihan melebihi batas',
  '32': 'Gagal: bayar tagihan semua periode',
  '33': 'Transaksi belum bisa diproses, coba lagi nanti',
  '34': 'Tagihan sudah dibayar',
  '35': 'Ditolak: masih ada tunggakan lain',
  '36': 'Lewat jatuh tempo, bayar di loket resmi / PDAM',
  '37': 'Pembayaran gagal',
  '38': 'Pembayaran gagal, silakan ulangi permintaan',
  '39': 'Transaksi sedang diproses',
  '40': 'Ditolak: sebagian atau semua tagihan sudah dibayar',
  '41': 'Tidak bisa dibayar di loket, bayar ke perusahaan terkait',
  '42': 'Permintaan pembayaran belum diterima',
  '91': 'Gangguan database biller',
  '92': 'Gangguan umum',
  '93': 'Nominal tidak valid',
  '94': 'Layanan sudah berakhir',
  '100': 'Tanda tangan (sign) tidak valid',
  '101': 'Perintah tidak valid',
  '102': 'Alamat IP outlet belum didaftarkan di IAK',
  '103': 'Waktu habis menunggu biller',
  '105': 'Gangguan sistem biller',
  '106': 'Produk sedang gangguan / tidak tersedia',
  '107': 'Format permintaan salah',
  '108': 'ID ini tidak bisa dipakai untuk produk ini',
  '109': 'Sistem sedang tutup buku (cut off)',
  '110': 'Sistem IAK sedang pemeliharaan',
  '117': 'Alamat API salah',
  '118': 'Akun IAK ditangguhkan',
  '201': 'Kode jawaban tidak dikenal (dianggap diproses)',
};

function compose(table: Readonly<Record<string, string>>, rc: string): string {
  // A code Loket does not know yet still reads in Indonesian; IAK's words go to the detail (providerText).
  return table[rc] ?? `IAK menjawab kode ${rc}`;
}

export const prepaidCashierMessage = (rc: string, _providerText?: string): string => compose(PREPAID_ID, rc);
export const postpaidCashierMessage = (rc: string, _providerText?: string): string => compose(POSTPAID_ID, rc);

/** Adds IAK's own words (`message` as sent) to an outcome whose text is Loket's, when they say something else. */
export function withIakWords<T extends { message: string; providerText?: string }>(outcome: T, iakText: string | undefined): T {
  const words = iakText?.trim();
  if (!words || words.toLowerCase() === outcome.message.toLowerCase() || outcome.providerText) return outcome;
  return { ...outcome, providerText: words };
}
