import { createHash } from 'node:crypto';
import {
  apiKeyScopeSchema,
  INTERNAL_TOKEN_HEADER,
  parseApiKey,
  signInternalToken,
} from '@ekst/auth';
import type { ApiKeyScope, Caller } from '@ekst/auth';
import { z } from 'zod';

/** What the gateway knows about a verified key: enough to authorise requests without asking again. */
export interface ApiKeyGrant {
  readonly keyId: string;
  readonly partnerId: string;
  readonly scopes: readonly ApiKeyScope[];
  /** epoch ms, null: never */
  readonly expiresAt: number | null;
  /** SHA-256 hashes of the only operations the key may run; null: any contract operation */
  readonly trustedOperations: ReadonlySet<string> | null;
}

/** Why a key was refused. `malformed` and `unknown` are the only answers anyone without the key can get. */
export type ApiKeyRefusal = 'malformed' | 'unknown' | 'expired' | 'revoked';

export class ApiKeyRefusedError extends Error {
  constructor(readonly refusal: ApiKeyRefusal) {
    super(`API key refused: ${refusal}`);
    this.name = 'ApiKeyRefusedError';
  }
}

/** partners-governance cannot be asked (down, slow, or its revocation list is too stale): 503. */
export class ApiKeyServiceUnavailableError extends Error {
  constructor(reason: string) {
    super(`API key verification unavailable: ${reason}`);
    this.name = 'ApiKeyServiceUnavailableError';
  }
}

export interface ApiKeyVerifierOptions {
  readonly verifyUrl: string;
  readonly revokedUrl: string;
  readonly internalTokenSecret: string;
  /** how long a verified key is trusted without asking again (default 60 s) */
  readonly cacheTtlMs?: number;
  /** how stale the revocation list may be when a cached key is used (default 2 s) */
  readonly revocationFreshnessMs?: number;
  /** injected in unit tests */
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
}

/** If partners-governance's revocation list cannot be refreshed for this long, keys fail closed. */
const MAX_STALENESS_MS = 30_000;
/** Overlap between revocation pulls, so a revocation committed late in a slow transaction is seen. */
const OVERLAP_MS = 5_000;
/** A refused key is remembered briefly, so a client retrying a bad key does not reach the service. */
const REFUSED_TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

const grantSchema = z.object({
  keyId: z.uuid(),
  partnerId: z.uuid(),
  scopes: z.array(z.string()),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  trustedOperations: z.array(z.string()).nullable(),
});
const refusalSchema = z.object({ reason: z.enum(['unknown', 'expired', 'revoked']) });
const revokedSchema = z.object({
  now: z.iso.datetime({ offset: true }),
  revoked: z.array(z.object({ keyId: z.string(), revokedAt: z.iso.datetime({ offset: true }) })),
});

/** The gateway as a caller of partners-governance's internal endpoints; it has no roles of its own. */
const GATEWAY_CALLER: Caller = { kind: 'api-key', subject: 'gateway', roles: [], partnerId: null };

type CacheEntry =
  | { readonly grant: ApiKeyGrant; readonly until: number }
  | { readonly refusal: ApiKeyRefusal; readonly until: number };

/**
 * Verifies API keys with partners-governance and caches the answer for `cacheTtlMs`, so a busy
 * key costs one HMAC lookup a minute, not one per request. Revocation still reaches every gateway
 * replica within seconds: whenever a cached key is used, the list of keys revoked since the last
 * pull is fetched if it is more than `revocationFreshnessMs` old (one request in flight at a
 * time, shared by every key), and the cached grant of a revoked key is dropped. Pulling on use
 * rather than on a timer (or a Kafka consumer per replica) means no background work while idle, no
 * Kafka client in the gateway, and the bound holds after a quiet period; if the list cannot be
 * refreshed for 30 s, cached keys fail closed (503) rather than outliving a revocation.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<ApiKeyGrant>>();
  private readonly revoked = new Set<string>();
  private revocationsSyncedAt: number;
  private revocationsServerNow: number | null = null;
  private lastRevocationAttempt = 0;
  private revocationPull: Promise<void> | null = null;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: ApiKeyVerifierOptions) {
    this.now = opts.now ?? Date.now;
    this.fetch = opts.fetch ?? ((input, init) => fetch(input, init));
    // Nothing is cached yet, so nothing can be stale: the first pull starts from now.
    this.revocationsSyncedAt = this.now();
    this.revocationsServerNow = null;
  }

  /** The grant of a good key, or throws ApiKeyRefusedError / ApiKeyServiceUnavailableError. */
  async verify(presented: string): Promise<ApiKeyGrant> {
    const parsed = parseApiKey(presented);
    if (parsed === null) throw new ApiKeyRefusedError('malformed');
    // The cache is keyed by a hash of the key, so a heap dump does not hold usable keys.
    const cacheKey = createHash('sha256').update(presented).digest('base64url');
    const hit = this.cache.get(cacheKey);
    if (hit !== undefined && hit.until > this.now()) {
      if ('refusal' in hit) throw new ApiKeyRefusedError(hit.refusal);
      await this.freshRevocations();
      if (this.revoked.has(hit.grant.keyId)) {
        this.remember(cacheKey, { refusal: 'revoked', until: this.now() + REFUSED_TTL_MS });
        throw new ApiKeyRefusedError('revoked');
      }
      if (hit.grant.expiresAt !== null && hit.grant.expiresAt <= this.now()) {
        throw new ApiKeyRefusedError('expired');
      }
      return hit.grant;
    }
    let pending = this.inflight.get(cacheKey);
    if (pending === undefined) {
      pending = this.ask(presented, cacheKey).finally(() => this.inflight.delete(cacheKey));
      this.inflight.set(cacheKey, pending);
    }
    return pending;
  }

  private async ask(presented: string, cacheKey: string): Promise<ApiKeyGrant> {
    const token = await this.gatewayToken();
    let res: Response;
    try {
      res = await this.fetch(this.opts.verifyUrl, {
        method: 'POST',
        headers: { [INTERNAL_TOKEN_HEADER]: token, 'content-type': 'application/json' },
        body: JSON.stringify({ key: presented }),
        signal: AbortSignal.timeout(3_000),
      });
    } catch (err) {
      throw new ApiKeyServiceUnavailableError(err instanceof Error ? err.name : 'fetch failed');
    }
    if (res.status === 404 || res.status === 410) {
      const body = refusalSchema.safeParse(await res.json().catch(() => null));
      const refusal: ApiKeyRefusal = body.success ? body.data.reason : 'unknown';
      this.remember(cacheKey, { refusal, until: this.now() + REFUSED_TTL_MS });
      throw new ApiKeyRefusedError(refusal);
    }
    if (!res.ok) throw new ApiKeyServiceUnavailableError(`HTTP ${res.status}`);
    const body = grantSchema.safeParse(await res.json().catch(() => null));
    if (!body.success) throw new ApiKeyServiceUnavailableError('malformed answer');
    const grant: ApiKeyGrant = {
      keyId: body.data.keyId,
      partnerId: body.data.partnerId,
      // A scope this gateway does not know grants nothing.
      scopes: body.data.scopes.flatMap((s) => {
        const scope = apiKeyScopeSchema.safeParse(s);
        return scope.success ? [scope.data] : [];
      }),
      expiresAt: body.data.expiresAt === null ? null : Date.parse(body.data.expiresAt),
      trustedOperations:
        body.data.trustedOperations === null ? null : new Set(body.data.trustedOperations),
    };
    // A key revoked after this answer is caught by the revocation list from now on (and one the
    // list already names stays refused: a revoked key never works again).
    this.remember(cacheKey, { grant, until: this.now() + (this.opts.cacheTtlMs ?? 60_000) });
    if (this.revoked.has(grant.keyId)) throw new ApiKeyRefusedError('revoked');
    return grant;
  }

  private remember(cacheKey: string, entry: CacheEntry): void {
    if (this.cache.size >= MAX_ENTRIES && !this.cache.has(cacheKey)) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.delete(cacheKey);
    this.cache.set(cacheKey, entry);
  }

  private gatewayToken(): Promise<string> {
    return signInternalToken(GATEWAY_CALLER, {
      secret: this.opts.internalTokenSecret,
      audience: 'partners-governance',
      ttlSeconds: 30,
    });
  }

  /** Makes the revocation list at most `revocationFreshnessMs` old, or throws (fail closed). */
  private async freshRevocations(): Promise<void> {
    const freshness = this.opts.revocationFreshnessMs ?? 2_000;
    const now = this.now();
    if (now - this.revocationsSyncedAt <= freshness) return;
    // After a failure, wait a second before asking again, so an outage is not hammered.
    if (this.revocationPull === null && now - this.lastRevocationAttempt < 1_000) {
      if (now - this.revocationsSyncedAt > MAX_STALENESS_MS) {
        throw new ApiKeyServiceUnavailableError('revocation list too stale');
      }
      return;
    }
    this.revocationPull ??= this.pullRevocations().finally(() => {
      this.revocationPull = null;
    });
    try {
      await this.revocationPull;
    } catch (err) {
      if (this.now() - this.revocationsSyncedAt > MAX_STALENESS_MS) {
        throw new ApiKeyServiceUnavailableError(err instanceof Error ? err.message : String(err));
      }
    }
  }

  private async pullRevocations(): Promise<void> {
    const started = this.now();
    this.lastRevocationAttempt = started;
    // From the last answer's server time minus an overlap; the first pull covers the cache's TTL.
    const since =
      this.revocationsServerNow === null
        ? started - (this.opts.cacheTtlMs ?? 60_000) - OVERLAP_MS
        : this.revocationsServerNow - OVERLAP_MS;
    const url = new URL(this.opts.revokedUrl);
    url.searchParams.set('since', new Date(since).toISOString());
    const res = await this.fetch(url, {
      headers: { [INTERNAL_TOKEN_HEADER]: await this.gatewayToken() },
      signal: AbortSignal.timeout(3_000),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = revokedSchema.parse(await res.json());
    for (const r of body.revoked) this.revoked.add(r.keyId);
    this.revocationsServerNow = Date.parse(body.now);
    this.revocationsSyncedAt = started;
  }
}
