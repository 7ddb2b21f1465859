/** Minimal views of the browser objects involved, so this runs (and is tested) in plain Node. */
export interface TokenEnvironment {
  href: string;
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  replaceUrl(url: string): void;
}

const STORAGE_KEY = 'loket.token';

/**
 * The headless server prints `/?token=...`. Read it once, keep it for reloads of this tab in
 * sessionStorage, and take it out of the address bar so it is not copied, bookmarked or shown
 * in a screenshot. A token in the URL wins over a stored one: it comes from a newer server start.
 */
export function takeHeadlessToken(env: TokenEnvironment): string | null {
  const url = new URL(env.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.storage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    env.replaceUrl(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.storage.getItem(STORAGE_KEY);
}

/**
 * The token this tab's client is using (after `takeHeadlessToken`), for the few requests made
 * outside the pos client, such as downloading a finished export file.
 */
export function storedHeadlessToken(storage: Pick<TokenEnvironment['storage'], 'getItem'>): string | null {
  return storage.getItem(STORAGE_KEY);
}
