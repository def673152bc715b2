import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import cluster from 'node:cluster';
import {
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { GatewayCaller } from '../auth/verify-caller';
import type { RateLimitsConfig } from '../config';

const WINDOW_SECONDS = 60;
export const RATE_LIMIT_TABLE = 'gateway_rate_limits';

/** Over a limit: HTTP 429 with Retry-After, and the GraphQL code RATE_LIMITED. */
export class RateLimitedError extends GraphQLError {
  constructor(
    readonly retryAfterSeconds: number,
    readonly bucket: 'api-key' | 'person' | 'anonymous' | 'anonymous-in-flight',
  ) {
    const headers = new HeaderMap();
    headers.set('retry-after', String(retryAfterSeconds));
    super(`Too many requests: try again in ${retryAfterSeconds} s`, {
      extensions: { code: 'RATE_LIMITED', http: { status: 429, headers } },
    });
    this.name = 'RateLimitedError';
  }
}

/**
 * The gateway's request budgets (rate-limiter-flexible, fixed one-minute windows): per API key,
 * per signed-in person, and per client IP for anonymous operations — checked as soon as the
 * caller is known, before any subgraph is asked, so a flood of sign-ins never reaches people's
 * scrypt. In memory by default (each replica counts its own); with RATE_LIMIT_STORE=postgres
 * every replica shares one table, with an in-memory limiter as insurance if the database fails.
 */
export class GatewayRateLimits {
  /** anonymous operations this replica is running now (each may be a 128 MiB scrypt in people) */
  private anonymousInFlight = 0;

  private constructor(
    private readonly limiters: Record<'api-key' | 'person' | 'anonymous', RateLimiterAbstract>,
    private readonly pool: Pool | null,
    private readonly maxAnonymousInFlight: number,
  ) {}

  /**
   * `onConnectionLost` hears about an idle pooled connection that PostgreSQL closed (a restart,
   * pg_terminate_backend): without a listener node-postgres re-throws it and the gateway dies.
   * The pool opens a fresh connection on the next request; meanwhile the insurance limiter counts.
   */
  static async create(
    config: RateLimitsConfig,
    onConnectionLost: (err: Error) => void = () => undefined,
    /** gateway processes of this replica (GATEWAY_WORKERS): the in-flight cap is shared out */
    workers = 1,
  ): Promise<GatewayRateLimits> {
    // The in-flight cap is per replica: each of its worker processes takes a share (at least 1).
    const inFlight = Math.max(1, Math.floor(config.anonymousInFlight / workers));
    const budgets = {
      'api-key': config.apiKeyPerMinute,
      person: config.personPerMinute,
      anonymous: config.anonymousPerMinute,
    } as const;
    const memory = (points: number, keyPrefix: string) =>
      new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix });
    if (config.store === 'memory' || config.databaseUrl === null) {
      // In a cluster worker (cluster.ts), the counters live in the primary and every worker asks
      // it over IPC, so a budget is one budget per replica however many workers spend it.
      const local = cluster.isWorker
        ? (points: number, keyPrefix: string) =>
            new RateLimiterCluster({
              points,
              duration: WINDOW_SECONDS,
              keyPrefix,
              timeoutMs: 2_000,
            })
        : memory;
      return new GatewayRateLimits(
        {
          'api-key': local(budgets['api-key'], 'key'),
          person: local(budgets.person, 'person'),
          anonymous: local(budgets.anonymous, 'ip'),
        },
        null,
        inFlight,
      );
    }
    const pool = new Pool({
      connectionString: config.databaseUrl,
      max: 5,
      statement_timeout: 2_000,
      connectionTimeoutMillis: 2_000,
    });
    pool.on('error', onConnectionLost);
    const postgres = (points: number, keyPrefix: string) =>
      new Promise<RateLimiterPostgres>((resolve, reject) => {
        const limiter: RateLimiterPostgres = new RateLimiterPostgres(
          {
            storeClient: pool,
            storeType: 'pool',
            tableName: RATE_LIMIT_TABLE,
            points,
            duration: WINDOW_SECONDS,
            keyPrefix,
            clearExpiredByTimeout: true,
            insuranceLimiter: memory(points, keyPrefix),
          },
          (err?: unknown) =>
            err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(limiter),
        );
      });
    try {
      // One after another: each creates the table if missing, and concurrent CREATEs can clash.
      const apiKey = await postgres(budgets['api-key'], 'key');
      const person = await postgres(budgets.person, 'person');
      const anonymous = await postgres(budgets.anonymous, 'ip');
      return new GatewayRateLimits({ 'api-key': apiKey, person, anonymous }, pool, inFlight);
    } catch (err) {
      await pool.end();
      throw err;
    }
  }

  /** Spends one request of the caller's budget, or throws RateLimitedError. */
  async consume(caller: GatewayCaller, clientIp: string): Promise<void> {
    const [bucket, key] =
      caller.kind === 'api-key'
        ? (['api-key', caller.subject] as const)
        : caller.kind === 'person'
          ? (['person', caller.subject] as const)
          : (['anonymous', clientIp] as const);
    try {
      await this.limiters[bucket].consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)), bucket);
      }
      throw res;
    }
  }

  /**
   * A per-IP budget alone still lets one burst start that many scrypts at once (and many IPs
   * more): people's CPU is protected by also capping the anonymous operations in flight per
   * replica. Returns the release to call when the response is done; throws RateLimitedError
   * (Retry-After: 1) when the cap is reached.
   */
  enterAnonymous(caller: GatewayCaller): () => void {
    if (caller.kind !== 'anonymous') return () => undefined;
    if (this.anonymousInFlight >= this.maxAnonymousInFlight) {
      throw new RateLimitedError(1, 'anonymous-in-flight');
    }
    this.anonymousInFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.anonymousInFlight -= 1;
    };
  }

  async close(): Promise<void> {
    await this.pool?.end();
  }
}
