/**
 * Gateway throughput with associate partners' API keys vs people's JWTs, on the same public query
 * through the real process stack (gateway, five subgraphs, Postgres, Kafka).
 *
 *   node -r @swc-node/register tools/bench/api-key-vs-jwt.ts [--requests 2000] [--concurrency 16] [--rounds 2]
 *
 * Starts its own stack on ports 55xx (offset 1500) with its own databases (`*_bench_<run>`) and
 * topic prefix, with rate limits raised out of the way; everything it created is dropped at the
 * end. Rounds alternate JWT and key so drift on a shared machine hits both alike.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
// The verifiers are the gateway's own: the in-process part times exactly what a request pays.
/* eslint-disable @nx/enforce-module-boundaries */
import { ApiKeyVerifier } from '../../apps/gateway/src/auth/api-key-verifier';
import { createCallerVerifier } from '../../apps/gateway/src/auth/verify-caller';
import { loadConfig } from '../../apps/gateway/src/config';
/* eslint-enable @nx/enforce-module-boundaries */
import {
  deleteTopicsWithPrefix,
  devUserToken,
  gql,
  Stack,
  testAdminDatabaseUrl,
  testKafkaBrokers,
  uniqueTopicPrefix,
} from '@ekst/testing';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const REQUESTS = arg('requests', 2000);
const CONCURRENCY = arg('concurrency', 16);
const ROUNDS = arg('rounds', 2);
const QUERY = '{ partners { id name kind } }';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function load(
  url: string,
  headers: Record<string, string>,
  n: number,
): Promise<{ perSecond: number; p50: number; p95: number; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const body = JSON.stringify({ query: QUERY });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        next += 1;
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        const json = (await res.json()) as { errors?: unknown };
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || json.errors) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: n / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    failures,
  };
}

async function main(): Promise<void> {
  const run = randomBytes(3).toString('hex');
  const topicPrefix = uniqueTopicPrefix();
  const stack = new Stack({
    adminDatabaseUrl: testAdminDatabaseUrl(),
    brokers: testKafkaBrokers(),
    topicPrefix,
    databaseSuffix: `_bench_${run}`,
    portOffset: 1500,
    logDir: path.resolve(__dirname, '../../.data/bench-logs', run),
    logLevel: 'warn',
    devAuth: true,
    extraEnv: {
      RATE_LIMIT_API_KEY_PER_MINUTE: '10000000',
      RATE_LIMIT_PERSON_PER_MINUTE: '10000000',
    },
  });
  const log = (m: string) => process.stdout.write(`${m}\n`);
  log(`starting the stack (run ${run}) …`);
  await stack.start();
  try {
    const url = stack.gatewayUrl;
    const coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-00000000b150',
      roles: ['COORDINATOR'],
    });
    const partner = await gql<{ createPartner: { partner: { id: string } | null } }>(
      url,
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name: `Bench Associate ${run}`, kind: 'ASSOCIATE', town: 'Canterbury' } },
    );
    const partnerId = partner.data?.createPartner.partner?.id;
    if (!partnerId) throw new Error(`partner: ${JSON.stringify(partner)}`);
    const issued = await gql<{ issueApiKey: { secret: string | null } }>(
      url,
      coordinator,
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret errors { code } } }`,
      { input: { partnerId, name: 'Bench', scopes: ['PARTNERS_READ'] } },
    );
    const key = issued.data?.issueApiKey.secret;
    if (!key) throw new Error(`key: ${JSON.stringify(issued)}`);
    // The same caller class an associate's own people would be: a JWT with the ASSOCIATE role.
    const jwt = await devUserToken({
      sub: '00000000-0000-4000-8000-00000000b151',
      roles: ['ASSOCIATE'],
      partnerId,
    });
    const modes = {
      jwt: { authorization: `Bearer ${jwt}` },
      'api key': { authorization: `Bearer ${key}` },
    } as const;

    log(`warming up (200 requests each) …`);
    for (const headers of Object.values(modes)) await load(url, headers, 200);
    log(`\n${REQUESTS} requests per round, concurrency ${CONCURRENCY}, query ${QUERY}`);
    log('| round | caller  | requests/s | p50 ms | p95 ms | failures |');
    log('| ----- | ------- | ---------- | ------ | ------ | -------- |');
    const totals: Record<string, number[]> = { jwt: [], 'api key': [] };
    for (let round = 1; round <= ROUNDS; round += 1) {
      // Alternate which goes first, so drift on a shared machine does not favour one.
      const order = Object.entries(modes);
      if (round % 2 === 0) order.reverse();
      for (const [mode, headers] of order) {
        const r = await load(url, headers, REQUESTS);
        totals[mode].push(r.perSecond);
        log(
          `| ${round} | ${mode.padEnd(7)} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.failures} |`,
        );
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    log(
      `\nmean: jwt ${mean(totals.jwt).toFixed(0)}/s, api key ${mean(totals['api key']).toFixed(0)}/s ` +
        `(api key / jwt = ${(mean(totals['api key']) / mean(totals.jwt)).toFixed(2)})`,
    );

    // Verification alone, in this process, with the gateway's own verifiers: what each request
    // pays before anything else (a cached key: a SHA-256 and a map lookup, plus a revocation pull
    // at most every 2 s; a JWT: an HS256 signature check and claim validation).
    const config = loadConfig({ EKST_DEV_AUTH: '1' });
    const pgUrl = new URL(
      '/internal/api-keys',
      stack.subgraphUrl('partners-governance'),
    ).toString();
    const verifyCaller = createCallerVerifier(config.auth, {
      internalTokenSecret: config.internalTokenSecret,
      apiKeys: new ApiKeyVerifier({
        verifyUrl: `${pgUrl}/verify`,
        revokedUrl: `${pgUrl}/revoked`,
        internalTokenSecret: config.internalTokenSecret,
      }),
    });
    const N = 20_000;
    const time = async (authorization: string) => {
      await verifyCaller(authorization);
      const t0 = performance.now();
      for (let i = 0; i < N; i += 1) await verifyCaller(authorization);
      return ((performance.now() - t0) * 1000) / N;
    };
    const jwtMicros = await time(`Bearer ${jwt}`);
    const keyMicros = await time(`Bearer ${key}`);
    log(
      `verification alone (${N} each, in process): jwt ${jwtMicros.toFixed(1)} µs, api key ${keyMicros.toFixed(1)} µs per request`,
    );
  } finally {
    await stack.stop();
    await stack.dropDatabases();
    await deleteTopicsWithPrefix(topicPrefix);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
