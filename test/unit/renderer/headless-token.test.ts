import { describe, expect, it } from 'vitest';
import { takeHeadlessToken } from '../../../renderer/src/api/headless-token';

function env(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  return {
    replaced,
    storage,
    env: {
      href,
      storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
      replaceUrl: (url: string) => void replaced.push(url),
    },
  };
}

describe('headless token', () => {
  it('takes the token from the URL, stores it and removes it from the address bar', () => {
    const t = env('http://127.0.0.1:4000/?token=abc123&x=1#/topup');
    expect(takeHeadlessToken(t.env)).toBe('abc123');
    expect(t.storage.get('loket.token')).toBe('abc123');
    expect(t.replaced).toEqual(['/?x=1#/topup']);
  });

  it('falls back to the stored token after a reload without touching the URL', () => {
    const t = env('http://127.0.0.1:4000/#/', { 'loket.token': 'saved' });
    expect(takeHeadlessToken(t.env)).toBe('saved');
    expect(t.replaced).toEqual([]);
  });

  it('prefers a token in the URL (a newer server start) over the stored one', () => {
    const t = env('http://127.0.0.1:4000/?token=new', { 'loket.token': 'old' });
    expect(takeHeadlessToken(t.env)).toBe('new');
    expect(t.storage.get('loket.token')).toBe('new');
  });

  it('answers null when there is no token anywhere', () => {
    expect(takeHeadlessToken(env('http://127.0.0.1:4000/').env)).toBeNull();
  });
});
