import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devRendererUrl, isTrustedUrl, trustedOrigin } from '../../../electron/main/app-origin';

describe('trusted origin', () => {
  const packaged = trustedOrigin(undefined);
  const dev = trustedOrigin('http://localhost:5173/');

  it('is app://loket when not in development', () => {
    expect(packaged).toEqual({ protocol: 'app:', host: 'loket', entryUrl: APP_ENTRY_URL });
    expect(APP_ENTRY_URL).toBe('app://loket/index.html');
  });

  it.each(['app://loket/index.html', 'app://loket/', 'app://loket/assets/x.js?v=1#top'])('accepts %s', (url) => {
    expect(isTrustedUrl(url, packaged)).toBe(true);
  });

  it.each([
    'app://loket.evil/index.html',
    'app://evil.loket/',
    'app://loket:8080/',
    'app://user@loket/',
    'app://user:pw@loket/',
    'app://LOKET/',
    'https://example.com/',
    'https://loket/',
    'file:///loket/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,app://loket/',
    'not a url',
    '',
  ])('refuses %s in a packaged run', (url) => {
    expect(isTrustedUrl(url, packaged)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isTrustedUrl(undefined, packaged)).toBe(false);
    expect(isTrustedUrl(null, packaged)).toBe(false);
    expect(isTrustedUrl({ toString: () => 'app://loket/' }, packaged)).toBe(false);
  });

  it('in development trusts exactly the dev server origin', () => {
    expect(isTrustedUrl('http://localhost:5173/#/home', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isTrustedUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
    expect(isTrustedUrl('app://loket/index.html', dev)).toBe(false);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(devRendererUrl(true, { ELECTRON_RENDERER_URL: 'https://example.com' })).toBeUndefined();
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173');
    expect(devRendererUrl(false, {})).toBeUndefined();
  });

  it('rejects a dev URL that is not http(s)', () => {
    expect(() => devRendererUrl(false, { ELECTRON_RENDERER_URL: 'file:///etc/passwd' })).toThrow(/http/);
    expect(() => devRendererUrl(false, { ELECTRON_RENDERER_URL: 'nonsense' })).toThrow(/http/);
  });
});
