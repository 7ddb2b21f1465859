/**
 * Where our UI comes from. Packaged builds load `app://loket/index.html`; under `electron-vite dev`
 * the page comes from the dev server named in ELECTRON_RENDERER_URL. Exactly one origin is trusted
 * for IPC at a time, and it is compared by parsed parts, never by string prefix
 * (`app://loket.evil` and `https://example.com.attacker.com` must not pass).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'loket';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface TrustedOrigin {
  /** `app:` or, in development, the dev server's `http:`/`https:`. */
  readonly protocol: string;
  /** Host including the port, lower-case, as `URL.host` gives it. */
  readonly host: string;
  /** The URL the main window loads. */
  readonly entryUrl: string;
}

/**
 * The dev server URL, only when running unpackaged: a packaged app must never be pointed at another
 * page (with access to `window.pos`) by an environment variable.
 */
export function devRendererUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  const raw = env.ELECTRON_RENDERER_URL?.trim();
  if (!raw) return undefined;
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`ELECTRON_RENDERER_URL is not an http(s) URL: ${raw}`);
  }
  return raw;
}

export function trustedOrigin(devUrl: string | undefined): TrustedOrigin {
  if (devUrl === undefined) return { protocol: `${APP_SCHEME}:`, host: APP_HOST, entryUrl: APP_ENTRY_URL };
  const url = parseUrl(devUrl);
  if (!url) throw new Error(`Not a URL: ${devUrl}`);
  return { protocol: url.protocol, host: url.host, entryUrl: devUrl };
}

/** True when `candidate` parses and has exactly the trusted scheme and host (port included), no credentials. */
export function isTrustedUrl(candidate: unknown, origin: TrustedOrigin): boolean {
  if (typeof candidate !== 'string' || candidate === '') return false;
  const url = parseUrl(candidate);
  if (!url) return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === origin.protocol && url.host === origin.host;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
