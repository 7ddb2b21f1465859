import { rcMessages } from './contract/response-codes';
import { messageText, type Envelope } from './contract/responses';

/**
 * Ayoconnect's answer in the cashier's words: Ayoconnect's own Indonesian text (message.ID), else
 * Loket's Indonesian for a documented code, else "Ayoconnect menjawab kode N". What
 * Ayoconnect wrote, when it says something else (an English string, another wording), is kept as
 * `providerText` for the sale's history only.
 */
export function ayoconnectCashierWords(code: number | undefined, said: Envelope['message']): { message: string; providerText?: string } {
  const known = code !== undefined ? rcMessages[code]?.ID : undefined;
  const indonesian = typeof said === 'object' && said?.ID?.trim() ? said.ID.trim() : undefined;
  const message = indonesian ?? known ?? `Ayoconnect menjawab kode ${code ?? '-'}`;
  const original = messageText(said).trim();
  return original && original.toLowerCase() !== message.toLowerCase() ? { message, providerText: original } : { message };
}
