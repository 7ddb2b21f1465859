import type { Channel } from './contract';

/**
 * Who may call each channel. The screens hide what a cashier may not do; this table is the rule
 * itself: dispatch refuses a call the table does not allow, whatever screen or script sent it.
 *
 * - `anyone`: before sign-in (the first screen: setup, the names, the PIN pad, locking).
 * - `signedIn`: any signed-in user (selling, the counter's own work, reading what a cashier needs).
 * - `owner`: the owner only; a cashier's call is refused with `does` in the message, unless the owner
 *   approved exactly that call with the owner PIN (`auth:approveOverride`).
 *
 * `does` says in words what the call does (the refusal and the audit log use it). `audited`: the
 * call is written to the audit log, done or refused. `ownerWhen`: a signed-in channel that needs the
 * owner for some inputs (forcing a sale while an earlier one is still unresolved). `approvable`: the
 * owner may approve a cashier's call by PIN on the cashier's screen; the owner's own screens (users,
 * backups, providers, settings) are not: there the owner signs in themself.
 */
export type ChannelAccess =
  | { who: 'anyone'; does: string; audited?: boolean }
  | { who: 'signedIn'; does: string; audited?: boolean; ownerWhen?: { test(input: unknown): boolean; does: string } }
  | { who: 'owner'; does: string; audited: boolean; approvable: boolean };

const anyone = (does: string, audited = false): ChannelAccess => ({ who: 'anyone', does, audited });
const signedIn = (does: string): ChannelAccess => ({ who: 'signedIn', does });
/** An owner action a cashier's screen can meet (the owner approves it there by PIN): audited. */
const owner = (does: string): ChannelAccess => ({ who: 'owner', does, audited: true, approvable: true });
/** An owner action on the owner's own screens: audited, never approved for a cashier. */
const ownerSelf = (does: string): ChannelAccess => ({ who: 'owner', does, audited: true, approvable: false });
/** An owner screen's reading or tool that changes no books: refused to a cashier, not audited when done. */
const ownerReads = (does: string): ChannelAccess => ({ who: 'owner', does, audited: false, approvable: false });

const forcedSale = {
  test: (input: unknown) => typeof input === 'object' && input !== null && (input as { ownerOverride?: unknown }).ownerOverride !== undefined,
  does: 'memaksa penjualan saat transaksi sebelumnya masih diproses',
};

export const channelAccess: Record<Channel, ChannelAccess> = {
  // First screen
  'app:info': anyone('melihat info aplikasi'),
  'auth:status': anyone('melihat daftar pengguna'),
  'setup:complete': anyone('menyiapkan outlet', true),
  'auth:signIn': anyone('masuk', true),
  'auth:lock': anyone('mengunci layar'),
  // Signed in: the counter
  'auth:approveOverride': { who: 'signedIn', does: 'meminta persetujuan pemilik', audited: true },
  'auth:changePin': { who: 'signedIn', does: 'mengganti PIN sendiri', audited: true },
  'money:previewAmount': signedIn('membaca nominal'),
  'outlet:profile': signedIn('melihat profil outlet'),
  'ledger:balances': signedIn('melihat saldo'),
  'ledger:entryLimit': signedIn('melihat batas nominal'),
  'providers:list': signedIn('melihat penyedia'),
  'providers:testConnection': signedIn('menguji koneksi penyedia'),
  'providers:balances': signedIn('melihat saldo deposit'),
  'catalog:products': signedIn('melihat produk'),
  'catalog:detectOperator': signedIn('mengenali operator'),
  'catalog:sync': signedIn('memperbarui daftar harga'),
  'catalog:syncStatus': signedIn('melihat status daftar harga'),
  'sales:start': { who: 'signedIn', does: 'menjual', ownerWhen: forcedSale },
  'bills:inquire': signedIn('cek tagihan'),
  'bills:pay': { who: 'signedIn', does: 'membayar tagihan', ownerWhen: forcedSale },
  'pln:inquire': signedIn('cek meter PLN'),
  'ewallet:inquire': signedIn('cek akun e-wallet'),
  'sales:get': signedIn('melihat transaksi'),
  'sales:list': signedIn('melihat riwayat'),
  'sales:open': signedIn('melihat transaksi tertunda'),
  'sales:checkNow': signedIn('cek status transaksi'),
  'sales:operatorEvidence': signedIn('melihat bukti operator'),
  // A failed sale's money goes back to the customer: the cashier may do it (the screen confirms first).
  'sales:refund': { who: 'signedIn', does: 'mengembalikan uang transaksi gagal', audited: true },
  'sales:checkNumber': signedIn('memeriksa nomor pelanggan'),
  'sales:recentNumbers': signedIn('melihat nomor terakhir'),
  'sales:setFavourite': signedIn('menandai nomor favorit'),
  'receipts:preview': signedIn('melihat struk'),
  'receipts:print': signedIn('mencetak struk'),
  'receipts:pdf': signedIn('menyimpan struk PDF'),
  'receipts:settings': signedIn('melihat pengaturan struk'),
  'receipts:testPrint': signedIn('mencetak halaman uji'),
  'receipts:osPrinters': signedIn('melihat printer'),
  'shifts:current': signedIn('melihat kasir yang buka'),
  'shifts:open': signedIn('membuka kasir'),
  'shifts:previewOpen': signedIn('menghitung uang awal'),
  'shifts:previewClose': signedIn('menghitung uang tutup'),
  'shifts:close': signedIn('menutup kasir'),
  'shifts:report': signedIn('melihat laporan kasir'),
  'shifts:list': signedIn('melihat daftar shift'),
  'shifts:printReport': signedIn('mencetak laporan kasir'),
  'shifts:reportPdf': signedIn('menyimpan laporan kasir PDF'),
  'day:status': signedIn('melihat status hari'),
  'day:unclosed': signedIn('melihat hari belum ditutup'),
  'reports:today': signedIn('melihat ringkasan hari ini'),
  'flights:areas': signedIn('melihat bandara'),
  'flights:airlines': signedIn('melihat maskapai'),
  'flights:search': signedIn('mencari tiket'),
  'flights:price': signedIn('melihat harga tiket'),
  'flights:recentRoutes': signedIn('melihat rute terakhir'),
  'flights:checkPassengers': signedIn('memeriksa data penumpang'),
  'flights:book': signedIn('memesan tiket'),
  'flights:bookings': signedIn('melihat pesanan tiket'),
  'flights:booking': signedIn('melihat pesanan tiket'),
  'flights:refreshStatus': signedIn('cek status pesanan tiket'),
  'flights:issue': signedIn('menerbitkan tiket'),
  'flights:eticket': signedIn('mengunduh e-tiket'),
  'flights:pricingRule': signedIn('melihat aturan harga tiket'),
  // Owner only: money in and out, prices, providers, settings, users, backups; Laporan and exports (cost and
  // margin are the owner's business)
  'app:setTimeZone': ownerSelf('mengubah zona waktu'),
  'outlet:setProfile': ownerSelf('mengubah profil outlet'),
  'auth:setIdleLock': ownerSelf('mengubah waktu kunci layar'),
  'catalog:setMarkup': owner('mengubah harga jual'),
  'catalog:setRounding': owner('mengubah pembulatan harga jual'),
  'catalog:setProductPrice': owner('mengubah harga jual produk'),
  'flights:setPricingRule': owner('mengubah harga jual tiket'),
  'providers:configure': ownerSelf('mengubah mode, alamat atau kunci penyedia'),
  'ledger:recordOpeningCash': owner('mencatat modal kas'),
  'ledger:recordDepositTopUp': owner('mencatat tambah deposit'),
  'ledger:recordOwnerWithdrawal': owner('menarik uang kas'),
  'ledger:reverseOwnerEntry': owner('membatalkan catatan pemilik'),
  'ledger:setEntryLimit': ownerSelf('mengubah batas nominal'),
  'ledger:journalForDay': ownerReads('melihat buku besar'),
  'exports:settings': ownerReads('melihat pengaturan ekspor'),
  'exports:list': ownerReads('melihat file ekspor'),
  'exports:cancel': ownerReads('membatalkan ekspor'),
  'exports:status': ownerReads('melihat ekspor'),
  'exports:start': ownerReads('mengekspor penjualan'),
  'reports:charts': ownerReads('melihat grafik'),
  'reports:cashMovements': ownerReads('melihat mutasi kas'),
  'reports:depositMovements': ownerReads('melihat mutasi deposit'),
  'reports:summary': ownerReads('melihat laporan'),
  'catalog:markupRules': ownerReads('melihat aturan harga jual'),
  'sales:operatorDecision': owner('memutuskan transaksi yang menunggu operator'),
  'sales:resolveAlert': owner('menyelesaikan peringatan transaksi'),
  'receipts:setSettings': ownerSelf('mengubah pengaturan struk'),
  'exports:setSettings': ownerSelf('mengubah pengaturan ekspor'),
  'day:close': owner('menutup hari'),
  'users:list': ownerReads('melihat pengguna'),
  'users:create': ownerSelf('menambah pengguna'),
  'users:update': ownerSelf('mengubah pengguna'),
  'users:resetPin': ownerSelf('mengatur ulang PIN'),
  'audit:list': ownerReads('melihat log audit'),
  'backups:list': ownerReads('melihat cadangan'),
  'backups:create': ownerSelf('membuat cadangan'),
  'backups:copyTo': ownerSelf('menyalin cadangan'),
  'backups:restore': ownerSelf('memulihkan cadangan'),
};

/** Defence in depth: a channel missing from the table (a cast that slipped past the type) is refused. */
export function accessOf(channel: Channel): ChannelAccess | undefined {
  return Object.prototype.hasOwnProperty.call(channelAccess, channel) ? channelAccess[channel] : undefined;
}
