/**
 * Providers that call back (IAK prepaid, Ayoconnect, Klikoo) POST a body to the partner's URL and
 * retry until they get HTTP 200. The simulators use this to do the same, bounded so a test run
 * never leaves retries behind.
 */
export async function deliverCallback(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { attempts?: number; retryDelayMs?: number } = {},
): Promise<boolean> {
  const attempts = options.attempts ?? 3;
  for (let i = 0; i < attempts; i += 1) {
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200) return true;
    } catch {
      // receiver down or slow: try again, like the real provider would
    }
    await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 200));
  }
  return false;
}
