/** Bahasa Indonesia: the default and the reference for every key (English must match its shape). */
export const id = {
  app: {
    name: 'Loket',
    businessDay: 'Hari usaha',
    language: 'Bahasa',
    online: 'Terhubung',
    offline: 'Tidak terhubung',
  },
  nav: {
    label: 'Menu kasir',
    home: 'Beranda',
    topup: 'Top-up',
    bills: 'Tagihan',
    flights: 'Tiket Pesawat',
    history: 'Riwayat',
    reports: 'Laporan',
    settings: 'Pengaturan',
  },
  placeholder: {
    body: 'Layar ini sedang disiapkan. Gunakan F1 untuk kembali ke Beranda.',
  },
  balances: {
    title: 'Saldo',
    cashDrawer: 'Kas laci',
    held: 'Saldo proses',
    heldHint: 'Deposit tertahan untuk transaksi yang belum selesai',
    deposit: 'Deposit {provider}',
    loading: 'Memuat saldo…',
    retry: 'Muat ulang',
  },
  journal: {
    title: 'Jurnal hari ini',
    empty: 'Belum ada catatan hari ini.',
    time: 'Jam',
    description: 'Keterangan',
    amount: 'Nominal',
    entries: 'catatan',
  },
  ops: {
    title: 'Operasi pemilik',
    amount: 'Nominal (Rp)',
    amountPlaceholder: 'contoh: 500.000',
    note: 'Catatan (opsional)',
    submit: 'Lanjut',
    checking: 'Memeriksa nominal…',
    submitting: 'Menyimpan…',
    saved: 'Tercatat.',
    duplicate: 'Sudah tercatat sebelumnya; tidak dicatat dua kali.',
    openingCash: {
      title: 'Kas awal',
      hint: 'Uang tunai di laci saat toko buka.',
      confirm: 'Catat kas awal?',
    },
    depositTopUp: {
      title: 'Isi deposit',
      hint: 'Tambah deposit ke penyedia.',
      provider: 'Penyedia',
      source: 'Sumber dana',
      sourceCash: 'Kas laci',
      sourceBank: 'Transfer bank',
      confirm: 'Catat isi deposit?',
    },
    withdrawal: {
      title: 'Ambil kas',
      hint: 'Pemilik mengambil uang tunai dari laci.',
      confirm: 'Catat pengambilan kas?',
    },
  },
  confirm: {
    amount: 'Nominal',
    asTyped: 'sesuai ketikan',
    ok: 'Ya, catat',
    cancel: 'Batal',
    keys: 'Enter = catat, Esc = batal',
  },
  errors: {
    offline: 'Tidak terhubung ke Loket. Periksa apakah aplikasi masih berjalan, lalu coba lagi.',
    bad_response: 'Jawaban dari Loket tidak bisa dibaca. Periksa saldo sebelum mengulang.',
  },
};

export type MessageSchema = typeof id;
