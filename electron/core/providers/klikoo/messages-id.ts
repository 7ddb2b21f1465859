/**
 * Klikoo's answers in the cashier's words. Klikoo writes its refusals and failure reasons in
 * Indonesian ("No pelanggan salah", "saldo tidak mencukupi"): those are the cashier's text as sent.
 * Its success envelope says "Success": a delivered sale reads as Loket's sentence, Klikoo's word
 * kept as `providerText` for the sale's history.
 */
export const KLIKOO_TX_TEXT = {
  success: 'Transaksi berhasil',
  pending: 'Transaksi sedang diproses Klikoo',
  failed: 'Transaksi gagal di Klikoo',
} as const;

/** `{ message, providerText }` with Klikoo's text kept only when it says something else. */
export function klikooWords(message: string, klikooText: string | undefined): { message: string; providerText?: string } {
  const original = klikooText?.trim();
  return original && original.toLowerCase() !== message.toLowerCase() ? { message, providerText: original } : { message };
}
