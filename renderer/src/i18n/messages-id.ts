import { pricesId } from './prices-id';
import { counterId } from './counter-id';
import { receiptsId } from './receipts-id';
import { flightsId } from './flights-id';
import { reportsId } from './reports-id';
import { sellingId } from './selling-id';
import { historyId } from './history-id';
import { authId } from './auth-id';
import { auditId } from './audit-id';
import { backupsId } from './backups-id';
import { peopleId } from './people-id';

/** Bahasa Indonesia: the default and the reference for every key (English must match its shape). */
export const id = {
  app: {
    name: 'Loket',
    businessDay: 'Hari usaha',
    language: 'Bahasa',
    online: 'Terhubung',
    offline: 'Tidak terhubung',
    connecting: 'Menghubungkan…',
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
      sandboxNote:
        '{provider} sedang di mode Sandbox (latihan). Top-up ini uang sungguhan dan disimpan untuk mode Live; deposit latihan {provider} tidak berubah.',
      savedParked: '{provider} di Sandbox (latihan): {amount} uang sungguhan disimpan untuk mode Live; deposit latihan tidak berubah.',
    },
    withdrawal: {
      title: 'Ambil kas',
      hint: 'Pemilik mengambil uang tunai dari laci.',
      confirm: 'Catat pengambilan kas?',
    },
  },
  settings: {
    title: 'Pengaturan penyedia',
    intro:
      'Sandbox memakai simulator di komputer ini dengan deposit latihan, aman untuk mencoba. Live mengirim transaksi ke penyedia sungguhan dengan uang sungguhan.',
    loading: 'Memuat penyedia…',
    retry: 'Muat ulang',
    mode: {
      label: 'Mode',
      sandbox: 'Sandbox',
      live: 'Live',
      sandboxHint: 'Latihan: simulator di komputer ini, bukan uang sungguhan',
      liveHint: 'Uang sungguhan di penyedia',
    },
    baseUrl: 'Alamat API',
    lastOk: 'Terakhir berhasil',
    lastError: 'Galat terakhir',
    never: 'Belum pernah',
    none: 'Tidak ada',
    notSet: 'Belum diisi',
    test: 'Tes koneksi',
    testing: 'Menguji…',
    testBalance: 'Saldo deposit',
    live: {
      summary: 'Atur mode Live',
      hint: 'Alamat API dan kredensial dari {provider}. Kredensial disimpan terenkripsi di komputer ini dan tidak pernah ditampilkan lagi; isi kolom hanya untuk menggantinya.',
      baseUrl: 'Alamat API Live',
      baseUrlPlaceholder: 'contoh: https://api.penyedia.co.id',
      stored: 'Tersimpan',
      missing: 'Belum diisi',
      willClear: 'Akan dihapus',
      placeholderStored: 'Tersimpan; isi hanya untuk mengganti',
      placeholderMissing: 'Belum diisi',
      clear: 'Hapus',
      keep: 'Jangan hapus',
      save: 'Simpan',
      saving: 'Menyimpan…',
      saved: 'Tersimpan.',
      nothingChanged: 'Belum ada perubahan untuk disimpan.',
      multilineKeys: 'Ctrl+Enter = simpan',
    },
    switch: {
      toLive: 'Beralih ke Live',
      toSandbox: 'Kembali ke Sandbox',
      switching: 'Mengganti…',
      confirmLive: 'Beralih {provider} ke Live?',
      confirmSandbox: 'Kembalikan {provider} ke Sandbox?',
      warnLive:
        'Mode Live memakai deposit dan uang sungguhan di {provider}. Setiap penjualan benar-benar dikirim ke penyedia dan tidak bisa dibatalkan dari Loket.',
      warnSandbox:
        'Di Sandbox, penjualan {provider} hanya latihan ke simulator: pelanggan tidak menerima apa pun. Jangan terima uang pelanggan untuk penjualan latihan.',
      okLive: 'Ya, beralih ke Live',
      okSandbox: 'Ya, kembali ke Sandbox',
      provider: 'Penyedia',
      mode: 'Mode baru',
      credentials: 'Kredensial',
      storedCount: '{stored} dari {total} tersimpan',
      done: 'Mode sekarang {mode}.',
    },
  },
  confirm: {
    amount: 'Nominal',
    asTyped: 'sesuai ketikan',
    ok: 'Ya, catat',
    cancel: 'Batal',
    keys: 'Enter = catat, Esc = batal',
  },
  selling: sellingId,
  history: historyId,
  prices: pricesId,
  receipts: receiptsId,
  reports: reportsId,
  flights: flightsId,
  auth: authId,
  audit: auditId,
  backups: backupsId,
  people: peopleId,
  loadError: { retry: 'Coba lagi' },
  counter: counterId,
  errors: {
    offline: 'Tidak terhubung ke Loket. Periksa apakah aplikasi masih berjalan, lalu coba lagi.',
    bad_response: 'Jawaban dari Loket tidak bisa dibaca. Periksa saldo sebelum mengulang.',
  },
};

export type MessageSchema = typeof id;
