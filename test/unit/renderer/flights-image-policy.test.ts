import { describe, expect, it } from 'vitest';
import { imageAllowed } from '../../../renderer/src/components/flights/image-policy';

const PAGE = 'http://127.0.0.1:4310';
const LOGO = 'https://da8hvrloj7e7d.cloudfront.net/imageResource/2015/12/17/logo.png';
const RENDERER_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

describe('imageAllowed (airline logos under the CSP)', () => {
  it('refuses a provider logo under the renderer\'s img-src \'self\' data:, so the badge stays', () => {
    expect(imageAllowed(LOGO, RENDERER_CSP, PAGE)).toBe(false);
    expect(imageAllowed(`${PAGE}/logo.png`, RENDERER_CSP, PAGE)).toBe(true);
    expect(imageAllowed('data:image/png;base64,AAAA', RENDERER_CSP, PAGE)).toBe(true);
  });

  it('allows the logo once the policy names its host, a wildcard of it, or https:', () => {
    expect(imageAllowed(LOGO, "img-src 'self' https://da8hvrloj7e7d.cloudfront.net", PAGE)).toBe(true);
    expect(imageAllowed(LOGO, "img-src *.cloudfront.net", PAGE)).toBe(true);
    expect(imageAllowed(LOGO, 'img-src https:', PAGE)).toBe(true);
    expect(imageAllowed(LOGO, "img-src 'self' http://da8hvrloj7e7d.cloudfront.net", PAGE)).toBe(false);
  });

  it('falls back to default-src, and refuses without a policy or a URL', () => {
    expect(imageAllowed(LOGO, "default-src 'none'", PAGE)).toBe(false);
    expect(imageAllowed(LOGO, 'default-src https:', PAGE)).toBe(true);
    expect(imageAllowed(LOGO, null, PAGE)).toBe(false);
    expect(imageAllowed(undefined, RENDERER_CSP, PAGE)).toBe(false);
    expect(imageAllowed('::not a url', RENDERER_CSP, 'not an origin')).toBe(false);
  });
});
