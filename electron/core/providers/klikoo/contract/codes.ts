/**
 * Klikoo response codes (apis-response-code page, providers.md 4.4): `HHH SS CCCC` = HTTP status,
 * 2-digit service, 4-digit case. Callback and auth-signature samples use a 7-digit form
 * ("2000200"), so anything that is not 9 digits is read by its HTTP prefix only.
 */
export const SERVICE = { unknown: '00', auth: '01', transaction: '02', account: '03', product: '04' } as const;
export type ServiceCode = (typeof SERVICE)[keyof typeof SERVICE];

export const CASE = {
  success: '2000',
  created: '2001',
  badTimestamp: '6505',
  badSignature: '6508',
  validation: '6510',
  emptyField: '6512',
  productMismatch: '6525',
  badUuid: '6568',
  badGrantType: '6569',
  badToken: '6500',
  tokenExpired: '6535',
  badCredentials: '6570',
  needsVerification: '6524',
  notB2b: '6567',
  ipNotWhitelisted: '6571',
  notIrs: '6572',
  duplicateReference: '6563',
  userFetchFailed: '7001',
  customerNotFound: '7002',
  productNotFound: '7003',
  transactionNotFound: '7005',
  accountBlocked: '7009',
  wrongCustomerNumber: '7011',
  lastInstallment: '7012',
  internalError: '9999',
  notImplemented: '9976',
  supplierDown: '9991',
  billerError: '9998',
} as const;
export type CaseCode = (typeof CASE)[keyof typeof CASE];

/** The documented Indonesian text for each case, as the simulator sends it. */
export const CASE_MESSAGE: Record<CaseCode, string> = {
  '2000': 'Sukses',
  '2001': 'Berhasil dibuat',
  '6505': 'Waktu tidak sesuai',
  '6508': 'Signature tidak sesuai',
  '6510': 'Validasi Error',
  '6512': 'Field tidak boleh kosong',
  '6525': 'Produk tidak sesuai',
  '6568': 'UUID tidak sesuai',
  '6569': 'Grant type tidak sesuai',
  '6500': 'Token tidak sesuai',
  '6535': 'Token kadaluarsa',
  '6570': 'Kredensial tidak sesuai',
  '6524': 'Butuh verifikasi',
  '6567': 'User type bukan b2b',
  '6571': 'IP tidak ada di whitelist',
  '6572': 'User type bukan irs',
  '6563': 'ReferenceNo sudah digunakan',
  '7001': 'Gagal ambil data user',
  '7002': 'No Customer tidak ditemukan',
  '7003': 'Produk tidak ditemukan',
  '7005': 'Transaksi tidak ditemukan',
  '7009': 'Akun dinonaktifkan/diblokir',
  '7011': 'No pelanggan salah',
  '7012': 'Angsuran terakhir',
  '9999': 'Terjadi kesalahan pada sistem',
  '9976': 'Belum diimplementasikan',
  '9991': 'Supplier sedang gangguan',
  '9998': 'Pembayaran harus melebihi minimum ditambah biaya admin',
};

export interface KlikooCode {
  raw: string;
  http: number;
  /** Empty for the 7-digit form. */
  service: string;
  /** Empty for the 7-digit form. */
  caseCode: string;
}

export function parseResponseCode(raw: string): KlikooCode | null {
  const text = raw.trim();
  if (/^\d{9}$/.test(text)) {
    return { raw: text, http: Number(text.slice(0, 3)), service: text.slice(3, 5), caseCode: text.slice(5) };
  }
  if (/^\d{7}$/.test(text)) return { raw: text, http: Number(text.slice(0, 3)), service: '', caseCode: '' };
  return null;
}

export function responseCode(http: number, service: ServiceCode, caseCode: CaseCode): string {
  return `${http}${service}${caseCode}`;
}

/** Token problems the client answers by fetching a new token and trying once more. */
export const TOKEN_REJECTED: ReadonlySet<string> = new Set([CASE.badToken, CASE.tokenExpired]);

/**
 * 4xx cases that mean "refused before anything was created": a buy answered with one of these did
 * not and will not charge the deposit. 409 duplicate reference and 404 transaction-not-found are
 * deliberately absent (identity-type answers: the earlier transaction may exist).
 */
export const REFUSED_BEFORE_PROCESSING: ReadonlySet<string> = new Set([
  CASE.badTimestamp,
  CASE.badSignature,
  CASE.validation,
  CASE.emptyField,
  CASE.productMismatch,
  CASE.badUuid,
  CASE.badGrantType,
  CASE.badToken,
  CASE.tokenExpired,
  CASE.badCredentials,
  CASE.needsVerification,
  CASE.notB2b,
  CASE.ipNotWhitelisted,
  CASE.notIrs,
  CASE.userFetchFailed,
  CASE.customerNotFound,
  CASE.productNotFound,
  CASE.accountBlocked,
  CASE.wrongCustomerNumber,
  CASE.lastInstallment,
]);
