/**
 * One id per form submission, so a double-click or a retry after a lost answer records once.
 * randomUUID needs a secure context; file:// and 127.0.0.1 are, but fall back to
 * getRandomValues (available everywhere) rather than fail a sale over it.
 */
export function newRequestId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
