import { randomBytes, randomUUID } from 'node:crypto';
import { formatApiKey } from '@ekst/auth';
import {
  ApiKeyRefusedError,
  ApiKeyServiceUnavailableError,
  ApiKeyVerifier,
} from '../src/auth/api-key-verifier';

/**
 * Unit test of the cache and the revocation pull with a fake clock and a fake partners-governance
 * (the real one is exercised by apps/e2e/test/associate-api-keys.e2e-spec.ts).
 */

const VERIFY = 'http://pg.test/internal/api-keys/verify';
const REVOKED = 'http://pg.test/internal/api-keys/revoked';

class FakePartnersGovernance {
  keys = new Map<
    string,
    { keyId: string; partnerId: string; revokedAt: number | null; expiresAt: number | null }
  >();
  verifyCalls = 0;
  revokedCalls = 0;
  down = false;
  constructor(private readonly clock: { now: number }) {}

  issue(opts: { expiresAt?: number | null } = {}): string {
    const keyId = randomUUID();
    const key = formatApiKey(keyId, randomBytes(32).toString('base64url'));
    this.keys.set(key, {
      keyId,
      partnerId: randomUUID(),
      revokedAt: null,
      expiresAt: opts.expiresAt ?? null,
    });
    return key;
  }
  revoke(key: string): void {
    this.keys.get(key)!.revokedAt = this.clock.now;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    if (this.down) throw new TypeError('fetch failed');
    const url = new URL(String(input));
    if (url.href.startsWith(VERIFY)) {
      this.verifyCalls += 1;
      const { key } = JSON.parse(String(init?.body)) as { key: string };
      const k = this.keys.get(key);
      if (!k) return Response.json({ reason: 'unknown' }, { status: 404 });
      if (k.revokedAt !== null) return Response.json({ reason: 'revoked' }, { status: 410 });
      if (k.expiresAt !== null && k.expiresAt <= this.clock.now)
        return Response.json({ reason: 'expired' }, { status: 410 });
      return Response.json({
        keyId: k.keyId,
        partnerId: k.partnerId,
        scopes: ['PROGRAMME_READ', 'SOMETHING_NEW'],
        expiresAt: k.expiresAt === null ? null : new Date(k.expiresAt).toISOString(),
        trustedOperations: null,
      });
    }
    this.revokedCalls += 1;
    const since = Date.parse(url.searchParams.get('since')!);
    return Response.json({
      now: new Date(this.clock.now).toISOString(),
      revoked: [...this.keys.values()]
        .filter((k) => k.revokedAt !== null && k.revokedAt >= since)
        .map((k) => ({ keyId: k.keyId, revokedAt: new Date(k.revokedAt!).toISOString() })),
    });
  };
}

function setup() {
  const clock = { now: Date.parse('2026-12-01T12:00:00Z') };
  const pg = new FakePartnersGovernance(clock);
  const verifier = new ApiKeyVerifier({
    verifyUrl: VERIFY,
    revokedUrl: REVOKED,
    internalTokenSecret: 'unit-test-internal-token-secret-0123456789',
    cacheTtlMs: 60_000,
    revocationFreshnessMs: 2_000,
    now: () => clock.now,
    fetch: pg.fetch,
  });
  const advance = (ms: number) => {
    clock.now += ms;
  };
  return { clock, pg, verifier, advance };
}

const refusalOf = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (err: unknown) => (err instanceof ApiKeyRefusedError ? err.refusal : String(err)),
  );

describe('ApiKeyVerifier', () => {
  it('asks partners-governance once per key per cache period, and drops unknown scopes', async () => {
    const { pg, verifier, advance } = setup();
    const key = pg.issue();
    const grant = await verifier.verify(key);
    expect(grant.scopes).toEqual(['PROGRAMME_READ']);
    for (let i = 0; i < 50; i++) {
      advance(1_000);
      await verifier.verify(key);
    }
    expect(pg.verifyCalls).toBe(1);
    advance(11_000); // 61 s after the first answer
    await verifier.verify(key);
    expect(pg.verifyCalls).toBe(2);
  });

  it('shares one request between concurrent first uses of a key', async () => {
    const { pg, verifier } = setup();
    const key = pg.issue();
    await Promise.all(Array.from({ length: 20 }, () => verifier.verify(key)));
    expect(pg.verifyCalls).toBe(1);
  });

  it('refuses a cached key within the freshness bound (2 s) of its revocation', async () => {
    const { pg, verifier, advance } = setup();
    const key = pg.issue();
    await verifier.verify(key);
    advance(3_000);
    await verifier.verify(key); // pulls the (empty) revocation list
    pg.revoke(key);
    advance(1_000);
    // Within the bound the list may still be the old one…
    expect(await refusalOf(verifier.verify(key))).toBe('accepted');
    advance(1_500);
    // …but never after it: 2.5 s after revocation, well inside the 5 s promised.
    expect(await refusalOf(verifier.verify(key))).toBe('revoked');
    expect(await refusalOf(verifier.verify(key))).toBe('revoked');
  });

  it('does not pull revocations while no cached key is used', async () => {
    const { pg, verifier, advance } = setup();
    const key = pg.issue();
    await verifier.verify(key);
    advance(30_000);
    expect(pg.revokedCalls).toBe(0);
    await verifier.verify(key);
    expect(pg.revokedCalls).toBe(1);
  });

  it('refuses an expired cached key at once, without asking', async () => {
    const { clock, pg, verifier, advance } = setup();
    const key = pg.issue({ expiresAt: clock.now + 10_000 });
    await verifier.verify(key);
    advance(10_000);
    expect(await refusalOf(verifier.verify(key))).toBe('expired');
  });

  it('refuses malformed keys without asking, and remembers unknown ones briefly', async () => {
    const { pg, verifier, advance } = setup();
    expect(await refusalOf(verifier.verify('ekst_live_short'))).toBe('malformed');
    expect(pg.verifyCalls).toBe(0);
    const unknown = formatApiKey(randomUUID(), randomBytes(32).toString('base64url'));
    expect(await refusalOf(verifier.verify(unknown))).toBe('unknown');
    expect(await refusalOf(verifier.verify(unknown))).toBe('unknown');
    expect(pg.verifyCalls).toBe(1);
    advance(11_000);
    await refusalOf(verifier.verify(unknown));
    expect(pg.verifyCalls).toBe(2);
  });

  it('fails closed when partners-governance cannot be reached: 503 at once for new keys, after 30 s for cached ones', async () => {
    const { pg, verifier, advance } = setup();
    const key = pg.issue();
    await verifier.verify(key);
    pg.down = true;
    await expect(verifier.verify(pg.issue())).rejects.toBeInstanceOf(ApiKeyServiceUnavailableError);
    advance(10_000);
    expect(await refusalOf(verifier.verify(key))).toBe('accepted');
    advance(25_000);
    await expect(verifier.verify(key)).rejects.toBeInstanceOf(ApiKeyServiceUnavailableError);
    pg.down = false;
    advance(1_000);
    expect(await refusalOf(verifier.verify(key))).toBe('accepted');
  });
});
