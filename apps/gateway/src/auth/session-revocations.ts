import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { z } from 'zod';

/** How stale the revocation list may be when a people-issued token is checked. */
export const REVOCATION_FRESHNESS_MS = 2_000;
/** If people cannot be reached for this long, its tokens are refused (fail closed, 503). */
const MAX_STALENESS_MS = 30_000;
/** Overlap between polls, so a revocation committed late in a slow transaction is not missed. */
const OVERLAP_MS = 5_000;

const responseSchema = z.object({
  now: z.iso.datetime({ offset: true }),
  revoked: z.array(
    z.object({ sid: z.string().min(1), revokedAt: z.iso.datetime({ offset: true }) }),
  ),
});

/** The gateway as a caller of people's internal endpoint; it has no roles of its own. */
const GATEWAY_CALLER: Caller = { kind: 'api-key', subject: 'gateway', roles: [], partnerId: null };

export class RevocationListUnavailableError extends Error {
  constructor(reason: string) {
    super(`revocation list unavailable: ${reason}`);
    this.name = 'RevocationListUnavailableError';
  }
}

/**
 * The set of revoked session ids, pulled from the people service on demand: a people-issued token
 * is checked against a list at most REVOCATION_FRESHNESS_MS old. Pulling when a token is checked
 * (one request in flight at a time) rather than on a timer means no background work while idle,
 * nothing to stop at shutdown, and the freshness bound holds even after a quiet period. Entries
 * are forgotten once every token of that session is past the gateway's maximum token age.
 */
export class SessionRevocations {
  private readonly revoked = new Map<string, number>();
  private syncedAt = 0;
  private lastAttempt = 0;
  private serverNow: number | null = null;
  private inflight: Promise<void> | null = null;

  constructor(
    private readonly opts: {
      url: string;
      internalTokenSecret: string;
      maxTokenAgeSeconds: number;
      freshnessMs?: number;
    },
  ) {}

  async isRevoked(sessionId: string): Promise<boolean> {
    const now = Date.now();
    if (now - this.syncedAt > (this.opts.freshnessMs ?? REVOCATION_FRESHNESS_MS)) {
      // After a failure, wait a second before asking again, so an outage is not hammered.
      if (now - this.lastAttempt >= 1_000 || this.inflight) {
        try {
          await this.sync();
        } catch (err) {
          if (Date.now() - this.syncedAt > MAX_STALENESS_MS) {
            throw new RevocationListUnavailableError(
              err instanceof Error ? err.message : String(err),
            );
          }
        }
      } else if (now - this.syncedAt > MAX_STALENESS_MS) {
        throw new RevocationListUnavailableError('people service unreachable');
      }
    }
    return this.revoked.has(sessionId);
  }

  private sync(): Promise<void> {
    this.inflight ??= this.pull().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async pull(): Promise<void> {
    const started = Date.now();
    this.lastAttempt = started;
    const horizonMs = (this.opts.maxTokenAgeSeconds + 60) * 1000;
    const since = this.serverNow === null ? started - horizonMs : this.serverNow - OVERLAP_MS;
    const url = new URL(this.opts.url);
    url.searchParams.set('since', new Date(since).toISOString());
    const token = await signInternalToken(GATEWAY_CALLER, {
      secret: this.opts.internalTokenSecret,
      audience: 'people',
      ttlSeconds: 30,
    });
    const res = await fetch(url, {
      headers: { [INTERNAL_TOKEN_HEADER]: token },
      signal: AbortSignal.timeout(3_000),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = responseSchema.parse(await res.json());
    for (const r of body.revoked) this.revoked.set(r.sid, Date.parse(r.revokedAt));
    this.serverNow = Date.parse(body.now);
    this.syncedAt = started;
    for (const [sid, at] of this.revoked) {
      if (at < this.serverNow - horizonMs) this.revoked.delete(sid);
    }
  }
}
