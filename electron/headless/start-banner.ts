/** What `npm run web` prints once the server listens: where to open Loket, in which modes, and where the data is. */
export interface ProviderMode {
  name: string;
  mode: 'sandbox' | 'live';
}

/**
 * The first line stays exactly `Loket headless: <url>` (scripts and the e2e harness read it). The
 * modes come next, because Live means real money: a cashier trying the app must know which
 * providers are only simulators (Sandbox) before selling.
 */
export function startBanner(url: string, dataDir: string, providers: readonly ProviderMode[]): string[] {
  const modes = providers.map((p) => `${p.name} ${p.mode === 'live' ? 'Live (uang sungguhan / real money)' : 'Sandbox (latihan / training)'}`);
  return [
    `Loket headless: ${url}`,
    `Mode penyedia / Provider mode: ${modes.length > 0 ? modes.join(', ') : '-'}`,
    'Buka alamat lengkap di atas, dengan token-nya / Open the full address above, token included.',
    `Data: ${dataDir}`,
  ];
}
