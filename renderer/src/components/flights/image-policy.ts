/**
 * Whether the page's Content-Security-Policy lets an <img> load from `url`. The renderer runs under
 * img-src 'self' data: (index.html, electron/main/csp.ts, electron/headless/static-files.ts), so a
 * provider's logo URL is refused there: trying anyway only logs a CSP violation and still shows
 * nothing. Asking first keeps the console clean; if the policy is ever widened to the logo host,
 * the logos appear without a renderer change. Unknown or unparsable = not allowed (fallback badge).
 */
export function imageAllowed(url: string | undefined, policy: string | null, pageOrigin: string): boolean {
  if (!url || policy === null) return false;
  let target: URL;
  try {
    target = new URL(url, pageOrigin);
  } catch {
    return false;
  }
  const sources = imgSources(policy);
  return sources.some((source) => sourceMatches(source, target, pageOrigin));
}

/** The img-src list (or default-src when img-src is absent), lower-cased. */
function imgSources(policy: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().toLowerCase().split(/\s+/);
    if (name && !directives.has(name)) directives.set(name, values);
  }
  return directives.get('img-src') ?? directives.get('default-src') ?? [];
}

function sourceMatches(source: string, target: URL, pageOrigin: string): boolean {
  if (source === "'none'") return false;
  if (source === "'self'") return target.origin === pageOrigin;
  if (source === '*') return /^https?:$/.test(target.protocol);
  if (/^[a-z][a-z0-9+.-]*:$/.test(source)) return target.protocol === source;
  const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?/.exec(source);
  if (!host) return false;
  const [, scheme, wildcard, name = '', port] = host;
  if (scheme && `${scheme}:` !== target.protocol) return false;
  if (!scheme && target.protocol !== 'https:' && target.protocol !== 'http:') return false;
  if (port && port !== '*' && port !== (target.port || (target.protocol === 'https:' ? '443' : '80'))) return false;
  return wildcard ? target.hostname.endsWith(`.${name}`) : target.hostname === name;
}

/** The policy the page runs under, from its meta tag (the header carries the same policy). */
export function pagePolicy(): string | null {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  return meta?.getAttribute('content') ?? null;
}
