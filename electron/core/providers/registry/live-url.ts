import { AppError } from '../../errors/app-error';

/**
 * Every provider address the owner types (a live base URL, IAK's postpaid URL). Live money moves
 * over these, so they must be https; plain http is only accepted for this computer itself (the
 * simulators, tests), where nothing crosses a network. Parsed, never prefix-matched. Empty = not set.
 */
export function normaliseProviderUrl(text: string, label = 'Alamat API'): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new AppError('invalid_input', `${label} "${trimmed.slice(0, 120)}" tidak valid. Contoh: https://api.provider.co.id`);
  }
  const httpAllowed = url.protocol === 'http:' && isLoopback(url.hostname);
  if (url.protocol !== 'https:' && !httpAllowed) {
    throw new AppError('invalid_input', `${label} harus diawali https:// (http:// hanya untuk alamat komputer ini, misalnya 127.0.0.1).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new AppError('invalid_input', `${label} tidak boleh berisi nama pengguna, sandi atau parameter.`);
  }
  return url.toString().replace(/\/+$/, '');
}

/** 127.0.0.0/8, localhost and ::1, as the URL parser normalises them. */
export function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const octets = hostname.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}
