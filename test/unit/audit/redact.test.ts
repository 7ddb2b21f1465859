import { describe, expect, it } from 'vitest';
import { HIDDEN, redactSecrets } from '../../../electron/core/audit/redact';

describe('redactSecrets', () => {
  it('hides every PIN, password, token, key, signature and credential, at any depth', () => {
    const out = redactSecrets({
      owner: { name: 'Pemilik', pin: '1234' },
      cashiers: [{ name: 'Kasir', pin: '5678' }],
      currentPin: '1111',
      newPin: '2222',
      password: 'p',
      apiKey: 'k',
      token: 't',
      signature: 's',
      clientSecret: 'c',
    });
    expect(out).toEqual({
      owner: { name: 'Pemilik', pin: HIDDEN },
      cashiers: [{ name: 'Kasir', pin: HIDDEN }],
      currentPin: HIDDEN,
      newPin: HIDDEN,
      password: HIDDEN,
      apiKey: HIDDEN,
      token: HIDDEN,
      signature: HIDDEN,
      clientSecret: HIDDEN,
    });
  });

  it('hides a credentials object wholly: not even the field names are kept', () => {
    const out = redactSecrets({ provider: 'digiflazz', mode: 'live', credentials: { username: 'u', apiKey: 'rahasia' } });
    expect(out).toEqual({ provider: 'digiflazz', mode: 'live', credentials: HIDDEN });
    expect(JSON.stringify(out)).not.toContain('rahasia');
  });

  it('keeps the fields that only say whether a secret is stored', () => {
    const out = redactSecrets({ hasPin: true, credentialFields: [{ name: 'apiKey', label: 'API key', stored: true, multiline: false }] });
    expect(out).toEqual({ hasPin: true, credentialFields: [{ name: 'apiKey', label: 'API key', stored: true, multiline: false }] });
  });

  it('leaves other values as they are', () => {
    expect(redactSecrets({ category: 'pulsa', markup: 1500, nested: [1, null, 'x'] })).toEqual({ category: 'pulsa', markup: 1500, nested: [1, null, 'x'] });
    expect(redactSecrets(null)).toBeNull();
    expect(redactSecrets('teks')).toBe('teks');
  });
});
