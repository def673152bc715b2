import { randomUUID } from 'node:crypto';
import {
  apiKeyState,
  hashApiKeySecret,
  issueApiKeySchema,
  lastUsedIsDue,
  mayListApiKeysOf,
  mayManageApiKeys,
  newApiKeySecret,
  secretMatches,
} from './api-key';

const PEPPER = 'a-test-pepper-of-at-least-32-characters!';

describe('API key hashing', () => {
  it('is a 32-byte HMAC that depends on the pepper and the secret', () => {
    const secret = newApiKeySecret();
    const hash = hashApiKeySecret(PEPPER, secret);
    expect(hash).toHaveLength(32);
    expect(hashApiKeySecret(PEPPER, secret).equals(hash)).toBe(true);
    expect(hashApiKeySecret(`${PEPPER}x`, secret).equals(hash)).toBe(false);
    expect(hashApiKeySecret(PEPPER, newApiKeySecret()).equals(hash)).toBe(false);
  });

  it('matches only the same secret under the same pepper', () => {
    const secret = newApiKeySecret();
    const hash = hashApiKeySecret(PEPPER, secret);
    expect(secretMatches(PEPPER, secret, hash)).toBe(true);
    const oneCharOff = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(PEPPER, oneCharOff, hash)).toBe(false);
    expect(secretMatches('another-pepper-of-at-least-32-characters', secret, hash)).toBe(false);
    expect(secretMatches(PEPPER, secret, Buffer.alloc(16))).toBe(false);
  });

  it('makes 256-bit secrets that do not repeat', () => {
    const secrets = new Set(Array.from({ length: 1000 }, newApiKeySecret));
    expect(secrets.size).toBe(1000);
    for (const s of secrets) expect(Buffer.from(s, 'base64url')).toHaveLength(32);
  });
});

describe('API key rules', () => {
  const partnerId = randomUUID();
  const person = (roles: string[], pid: string | null = null) =>
    ({ kind: 'person', subject: randomUUID(), roles, partnerId: pid }) as never;

  it('lets only a coordinator (a person, not a key) manage keys', () => {
    expect(mayManageApiKeys(person(['COORDINATOR']))).toBe(true);
    expect(mayManageApiKeys(person(['ASSOCIATE'], partnerId))).toBe(false);
    expect(mayManageApiKeys(person(['HEAD', 'FINANCE']))).toBe(false);
    expect(
      mayManageApiKeys({
        kind: 'api-key',
        subject: 'k',
        roles: ['COORDINATOR'],
        partnerId,
      } as never),
    ).toBe(false);
  });

  it('lets the coordinator list any partner’s keys and a partner’s people their own', () => {
    expect(mayListApiKeysOf(person(['COORDINATOR']), partnerId)).toBe(true);
    expect(mayListApiKeysOf(person(['ASSOCIATE'], partnerId), partnerId)).toBe(true);
    expect(mayListApiKeysOf(person(['ASSOCIATE'], randomUUID()), partnerId)).toBe(false);
    expect(
      mayListApiKeysOf(
        { kind: 'api-key', subject: 'k', roles: ['ASSOCIATE'], partnerId } as never,
        partnerId,
      ),
    ).toBe(false);
  });

  it('tells revoked from expired from active', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(apiKeyState({ revokedAt: null, expiresAt: null }, now)).toBe('ACTIVE');
    expect(apiKeyState({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe(
      'ACTIVE',
    );
    expect(apiKeyState({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(apiKeyState({ revokedAt: now, expiresAt: new Date(0) }, now)).toBe('REVOKED');
  });

  it('throttles last-used writes to once per period', () => {
    const t = new Date('2026-12-01T12:00:00Z');
    expect(lastUsedIsDue(null, t, 60_000)).toBe(true);
    expect(lastUsedIsDue(t, new Date(t.getTime() + 59_999), 60_000)).toBe(false);
    expect(lastUsedIsDue(t, new Date(t.getTime() + 60_000), 60_000)).toBe(true);
  });

  it('normalises scopes and operation hashes, and refuses nonsense', () => {
    const hash = 'A'.repeat(64);
    const ok = issueApiKeySchema.parse({
      partnerId,
      name: '  Museum site ',
      scopes: ['PROGRAMME_READ', 'IMPACT_READ', 'PROGRAMME_READ'],
      trustedOperations: [hash],
    });
    expect(ok).toMatchObject({
      name: 'Museum site',
      scopes: ['IMPACT_READ', 'PROGRAMME_READ'],
      trustedOperations: ['a'.repeat(64)],
    });
    expect(
      issueApiKeySchema.safeParse({ partnerId, name: 'Site', scopes: ['ADMIN'] }).success,
    ).toBe(false);
    expect(
      issueApiKeySchema.safeParse({
        partnerId,
        name: 'Site',
        scopes: ['PROGRAMME_READ'],
        trustedOperations: Array(101).fill(hash),
      }).success,
    ).toBe(false);
  });
});
