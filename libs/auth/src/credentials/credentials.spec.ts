import { apiKeyId, apiKeyMatches, generateApiKey, looksLikeApiKey } from './api-key';
import { hashPassword, verifyPassword } from './password-hash';

describe('password hashes', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain('correct horse');
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('Correct horse battery staple', stored)).resolves.toBe(false);
  });

  it('salts: the same password gives different hashes', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a malformed stored value instead of throwing', async () => {
    await expect(verifyPassword('x', 'plaintext')).resolves.toBe(false);
  });
});

describe('API keys', () => {
  it('carries a findable id and matches only itself', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(apiKeyId(a.key)).toBe(a.id);
    expect(apiKeyMatches(a.key, a.hash)).toBe(true);
    expect(apiKeyMatches(b.key, a.hash)).toBe(false);
    expect(a.hash).not.toContain(a.key);
  });

  it.each(['ask_short_x', 'ask_ABCDEFGHIJKL_' + 'x'.repeat(43), 'eyJhbGciOi.x.y'])('finds no id in %s', (value) => {
    expect(apiKeyId(value)).toBeUndefined();
  });
});
