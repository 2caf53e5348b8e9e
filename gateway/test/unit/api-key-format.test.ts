import { apiKeyPrefix, hashApiKeySecret, newApiKey, parseApiKey, secretMatches } from '../../src/auth/api-key-format';
import { presentedApiKey } from '../../src/middleware/api-key.middleware';

describe('API key format', () => {
  it('is hrk_<24-hex id>_<≥ 32 random bytes as base64url>', () => {
    const { keyId, plaintext } = newApiKey();
    expect(plaintext).toMatch(/^hrk_[a-f0-9]{24}_[A-Za-z0-9_-]{43}$/);
    expect(plaintext.startsWith(`${apiKeyPrefix(keyId)}_`)).toBe(true);
    const secret = parseApiKey(plaintext)!.secret;
    expect(Buffer.from(secret, 'base64url').length).toBeGreaterThanOrEqual(32);
  });

  it('never repeats a key', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newApiKey().plaintext));
    expect(keys.size).toBe(200);
  });

  it('parses its own keys, also when the secret holds "_" or "-"', () => {
    const key = `hrk_${'a'.repeat(24)}_${'_-'.repeat(22)}`;
    expect(parseApiKey(key)).toEqual({ keyId: 'a'.repeat(24), secret: '_-'.repeat(22) });
    expect(parseApiKey(` ${key} `)?.keyId).toBe('a'.repeat(24));
  });

  it.each([
    ['empty', ''],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig'],
    ['another prefix', `sk_${'a'.repeat(24)}_${'x'.repeat(43)}`],
    ['a short secret', `hrk_${'a'.repeat(24)}_${'x'.repeat(20)}`],
    ['a non-hex id', `hrk_${'g'.repeat(24)}_${'x'.repeat(43)}`],
    ['an operator', 'hrk_{"$gt":""}'],
  ])('refuses %s', (_name, text) => {
    expect(parseApiKey(text)).toBeUndefined();
  });

  it('stores only the sha256 of the secret and verifies it', () => {
    const { plaintext, secretHash } = newApiKey();
    const { secret } = parseApiKey(plaintext)!;
    expect(secretHash).toMatch(/^[a-f0-9]{64}$/);
    expect(secretHash).toBe(hashApiKeySecret(secret));
    expect(plaintext).not.toContain(secretHash);
    expect(secretMatches(secret, secretHash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, secretHash)).toBe(false);
    expect(secretMatches(secret, 'abc')).toBe(false);
  });

  it('is read from X-API-Key or from Authorization: Bearer', () => {
    const headers = (values: Record<string, string>) => (name: string) => values[name];
    expect(presentedApiKey(headers({ 'x-api-key': ' hrk_1 ' }))).toBe('hrk_1');
    expect(presentedApiKey(headers({ authorization: 'Bearer hrk_2' }))).toBe('hrk_2');
    expect(presentedApiKey(headers({ authorization: 'Basic abc' }))).toBeUndefined();
    expect(presentedApiKey(headers({}))).toBeUndefined();
  });
});
