import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { testAdminDatabaseUrl } from '@ekst/testing';
import type { GatewayCaller } from '../src/auth/verify-caller';
import { GatewayRateLimits, RATE_LIMIT_TABLE, RateLimitedError } from '../src/http/rate-limits';

/**
 * RATE_LIMIT_STORE=postgres on a real PostgreSQL (a scratch database of its own): two gateway
 * replicas share one budget, which the memory store cannot do.
 */
const name = `ekst_test_gateway_rate_limits_${randomBytes(4).toString('hex')}`;
const admin = testAdminDatabaseUrl();
const databaseUrl = (() => {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
})();

async function withAdmin(sql: string): Promise<void> {
  const c = new Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const replica = () =>
  GatewayRateLimits.create({
    store: 'postgres',
    databaseUrl,
    apiKeyPerMinute: 6,
    personPerMinute: 100,
    anonymousPerMinute: 100,
    anonymousInFlight: 4,
    trustProxyHops: 0,
  });

describe('gateway rate limits in PostgreSQL', () => {
  let a: GatewayRateLimits;
  let b: GatewayRateLimits;

  beforeAll(async () => {
    await withAdmin(`CREATE DATABASE ${name}`);
    a = await replica();
    b = await replica();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('shares one budget per key between replicas, and keeps counts in its table', async () => {
    const key: GatewayCaller = {
      kind: 'api-key',
      subject: randomUUID(),
      roles: ['ASSOCIATE'],
      partnerId: randomUUID(),
    };
    for (let i = 0; i < 3; i++) {
      await a.consume(key, '10.0.0.1');
      await b.consume(key, '10.0.0.2');
    }
    const refused = await a.consume(key, '10.0.0.1').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    await expect(b.consume(key, '10.0.0.2')).rejects.toBeInstanceOf(RateLimitedError);

    const c = new Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ points: number }>(
        `SELECT points FROM ${RATE_LIMIT_TABLE} WHERE key = $1`,
        [`key:${key.subject}`],
      );
      expect(rows.map((r) => r.points)[0]).toBeGreaterThanOrEqual(6);
    } finally {
      await c.end();
    }
  });

  it('survives PostgreSQL closing its idle connections (a restart) and keeps counting', async () => {
    const lost: Error[] = [];
    const c = await GatewayRateLimits.create(
      {
        store: 'postgres',
        databaseUrl,
        apiKeyPerMinute: 3,
        personPerMinute: 100,
        anonymousPerMinute: 100,
        anonymousInFlight: 4,
        trustProxyHops: 0,
      },
      (err) => lost.push(err),
    );
    try {
      const key: GatewayCaller = {
        kind: 'api-key',
        subject: randomUUID(),
        roles: ['ASSOCIATE'],
        partnerId: randomUUID(),
      };
      await c.consume(key, '10.0.0.3');
      // every other connection to the scratch database, the replicas' pools among them
      await withAdmin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(lost.length).toBeGreaterThan(0);
      expect(lost[0].message).toMatch(/terminat/i);
      await c.consume(key, '10.0.0.3');
      await c.consume(key, '10.0.0.3');
      await expect(c.consume(key, '10.0.0.3')).rejects.toBeInstanceOf(RateLimitedError);
    } finally {
      await c.close();
    }
  });
});
