import { storedHeadlessToken } from '../../api/headless-token';
import { TOKEN_HEADER } from '../../api/http-transport';
import { OFFLINE_MESSAGE } from '../../api/pos-client';
import type { ErrorBody } from '../../api/contract-types';

/** The desktop app has the file on this computer (its path is shown); only the browser needs a download. */
export function canDownloadExports(): boolean {
  return !window.pos;
}

/**
 * Fetches a finished export from the headless server (GET /api/exports/file/<name>) with the
 * session token in the header, like every API call (a token in a link would show in the status
 * bar and the history), and hands it to the browser as a download. Answers null, or why not.
 */
export async function downloadExport(fileName: string): Promise<ErrorBody | null> {
  let response: Response;
  try {
    response = await fetch(`${window.location.origin}/api/exports/file/${encodeURIComponent(fileName)}`, {
      headers: { [TOKEN_HEADER]: storedHeadlessToken(window.sessionStorage) ?? '' },
    });
  } catch {
    return { code: 'offline', message: OFFLINE_MESSAGE };
  }
  if (!response.ok) return refusalOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give it a moment before the blob is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

/** The server answers a refusal as a Result body (Indonesian message); anything else gets its status. */
async function refusalOf(response: Response): Promise<ErrorBody> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.message === 'string') return { code: String(body.error.code ?? 'http'), message: body.error.message };
  } catch {
    // Not JSON: fall through to the status.
  }
  return { code: 'http', message: `HTTP ${response.status}` };
}
