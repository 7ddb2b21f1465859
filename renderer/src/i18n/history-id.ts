/** Riwayat: the sales list and a sale's detail. */
export const historyId = {
  title: 'Riwayat transaksi',
  search: 'Cari nomor atau ref',
  searchPlaceholder: 'nomor pelanggan, ref, SN',
  state: 'Status',
  allStates: 'Semua status',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  apply: 'Cari',
  empty: 'Tidak ada transaksi yang cocok.',
  loading: 'Memuat…',
  time: 'Waktu',
  detail: 'Rincian transaksi',
  chooseSale: 'Pilih transaksi untuk melihat rinciannya.',
  events: 'Perubahan status',
  billLines: 'Rincian tagihan',
  created: 'Dibuat',
  settled: 'Selesai',
  message: 'Pesan',
  refund: 'Pengembalian',
  refundState: { none: '—', due: 'Harus dikembalikan', paid: 'Sudah dikembalikan' },
  source: {
    cashier: 'kasir',
    provider: 'penyedia',
    poll: 'cek status',
    callback: 'callback',
    recovery: 'pemulihan',
    operator: 'operator',
  },
};

export type HistoryMessages = typeof historyId;
