import { randomBytes, randomUUID } from 'node:crypto';
import { DEV_INTERNAL_TOKEN_SECRET, signInternalToken, verifyInternalToken } from './index';
import { apiKeyDisplayPrefix, formatApiKey, looksLikeApiKey, parseApiKey } from './api-key';

describe('API key format', () => {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');

  it('round-trips: the key id comes back with dashes, the secret unchanged', () => {
    const key = formatApiKey(id, secret);
    expect(key).toMatch(/^ekst_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(parseApiKey(key)).toEqual({ keyId: id, secret });
    expect(key.startsWith(`${apiKeyDisplayPrefix(id)}_`)).toBe(true);
    expect(apiKeyDisplayPrefix(id)).not.toContain(secret);
  });

  it('accepts secrets that contain the separator characters of base64url', () => {
    const tricky = `_-${'a'.repeat(39)}_-`;
    expect(parseApiKey(formatApiKey(id, tricky))).toEqual({ keyId: id, secret: tricky });
  });

  it.each([
    ['empty', ''],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln'],
    ['no secret', `ekst_live_${id.replace(/-/g, '')}`],
    ['short secret', `ekst_live_${id.replace(/-/g, '')}_${secret.slice(1)}`],
    ['long secret', `ekst_live_${id.replace(/-/g, '')}_${secret}x`],
    ['upper-case id', `ekst_live_${id.replace(/-/g, '').toUpperCase()}_${secret}`],
    ['dashed id', `ekst_live_${id}_${secret}`],
    ['test prefix', `ekst_test_${id.replace(/-/g, '')}_${secret}`],
    ['padding', `ekst_live_${id.replace(/-/g, '')}_${secret.slice(0, 42)}=`],
    ['whitespace', ` ekst_live_${id.replace(/-/g, '')}_${secret}`],
    ['huge', `ekst_live_${'a'.repeat(10_000)}`],
  ])('refuses %s', (_name, candidate) => {
    expect(parseApiKey(candidate)).toBeNull();
  });

  it('recognises anything with the prefix as a key (so it never reaches a JWT parser)', () => {
    expect(looksLikeApiKey('ekst_live_nonsense')).toBe(true);
    expect(looksLikeApiKey('eyJhbGciOiJIUzI1NiJ9.e30.c2ln')).toBe(false);
  });

  it('carries an API key caller’s scopes through the internal token', async () => {
    const caller = {
      kind: 'api-key' as const,
      subject: id,
      roles: ['ASSOCIATE' as const],
      partnerId: randomUUID(),
      scopes: ['PROGRAMME_READ'],
    };
    const token = await signInternalToken(caller, {
      secret: DEV_INTERNAL_TOKEN_SECRET,
      audience: 'events',
    });
    expect(
      await verifyInternalToken(token, { secret: DEV_INTERNAL_TOKEN_SECRET, audience: 'events' }),
    ).toEqual(caller);
  });
});
