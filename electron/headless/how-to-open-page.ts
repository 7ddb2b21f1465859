/**
 * Where the screens send a browser that has no session token (someone typed the bare address, or
 * opened it in a new window): a plain page, in Indonesian and English, saying how to open Loket.
 * It never holds the token itself; the token is only in the terminal where `npm run web` runs.
 */
export const HOW_TO_OPEN_PATH = '/cara-membuka';

/** No script, no outside resources: the page is only text and its own inline style. */
export const HOW_TO_OPEN_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function howToOpenPage(origin: string): string {
  const example = `${escapeHtml(origin)}/?token=…`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Loket — cara membuka / how to open</title>
<style>
body { font: 16px/1.5 system-ui, 'Segoe UI', Roboto, sans-serif; color: #0f172a; background: #eef2f6; margin: 0; }
main { max-width: 640px; margin: 48px auto; padding: 24px 28px; background: #fff; border: 1px solid #dbe2ea; border-radius: 10px; }
h1 { margin: 0 0 12px; font-size: 1.4rem; }
h2 { margin: 20px 0 6px; font-size: 1.05rem; }
code { font: 0.95em ui-monospace, 'DejaVu Sans Mono', monospace; background: #f1f5f9; padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main data-testid="how-to-open">
<h1>Loket</h1>
<section lang="id">
<h2>Buka Loket dengan alamat lengkapnya</h2>
<p>Alamat ini perlu token sesi. Buka alamat lengkap yang dicetak di terminal tempat <code>npm run web</code> berjalan,
baris <code>Loket headless: ${example}</code>, lalu salin seluruhnya (dengan <code>?token=</code>) ke peramban.</p>
<p>Jika server sudah dimulai ulang, alamatnya berganti: pakai baris yang terbaru.</p>
</section>
<section lang="en">
<h2>Open Loket with its full address</h2>
<p>This address needs the session token. Open the full address printed in the terminal where <code>npm run web</code> runs,
the line <code>Loket headless: ${example}</code>, and copy all of it (with <code>?token=</code>) into the browser.</p>
<p>If the server was restarted, the address changed: use the newest line.</p>
</section>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
