import { spawn } from 'node:child_process';
import http from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { signHs256UserJwt } from '@ekst/auth';
import {
  composeFixtureSupergraph,
  startFixtureSubgraph,
  unusedPortUrl,
} from './support/fixture-subgraph';
import type { RunningFixture } from './support/fixture-subgraph';
import { TEST_INTERNAL_TOKEN_SECRET, TEST_JWT_SECRET } from './support/gateway-harness';

/** One POST on a connection of its own (agent: false), so the primary deals them out to workers. */
function postOnNewConnection(port: number, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}

/**
 * GATEWAY_WORKERS=2: the real entry point (src/main.ts) as a process with two workers sharing the
 * port. A person's rate limit is one budget for the replica, not one per worker, and SIGTERM
 * drains both workers and exits 0.
 */

const ROOT = path.resolve(__dirname, '../../..');
let people: RunningFixture;
let events: RunningFixture;
let dir: string;
let gateway: ChildProcess;
let port: number;
const logs: string[] = [];

beforeAll(async () => {
  people = await startFixtureSubgraph('people', TEST_INTERNAL_TOKEN_SECRET);
  events = await startFixtureSubgraph('events', TEST_INTERNAL_TOKEN_SECRET);
  dir = await mkdtemp(path.join(os.tmpdir(), 'ekst-gateway-cluster-'));
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  await writeFile(supergraphPath, composeFixtureSupergraph([people, events]));
  port = Number(new URL(await unusedPortUrl()).port);
  gateway = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/gateway/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      EKST_DEV_AUTH: '0',
      INTERNAL_TOKEN_SECRET: TEST_INTERNAL_TOKEN_SECRET,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      SUPERGRAPH_PATH: supergraphPath,
      PEOPLE_URL: people.url,
      EVENTS_URL: events.url,
      PORT: String(port),
      GATEWAY_WORKERS: '2',
      RATE_LIMIT_PERSON_PER_MINUTE: '4',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  gateway.stdout?.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n')));
  gateway.stderr?.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n')));
  const deadline = Date.now() + 150_000;
  while (!logs.some((l) => l.includes('gateway workers ready'))) {
    if (gateway.exitCode !== null) throw new Error(`gateway exited: ${logs.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`gateway not ready: ${logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 180_000);

afterAll(async () => {
  if (gateway.exitCode === null) gateway.kill('SIGKILL');
  await people.stop();
  await events.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the gateway with GATEWAY_WORKERS=2', () => {
  it('runs two workers that share one rate-limit budget per person', async () => {
    const pids = new Set(
      logs
        .filter((l) => l.includes('"gateway listening"'))
        .map((l) => (JSON.parse(l) as { pid: number }).pid),
    );
    expect(pids.size).toBe(2);

    const token = await signHs256UserJwt(
      { sub: '00000000-0000-4000-8000-0000000c1a57', roles: ['STUDENT'], partnerId: null },
      { secret: TEST_JWT_SECRET, issuer: 'ekst-dev', audience: 'ekst-graph', ttlSeconds: 600 },
    );
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      // A new connection each time, so the primary hands them to both workers in turn.
      statuses.push(
        await postOnNewConnection(port, token, JSON.stringify({ query: '{ whoami { subject } }' })),
      );
    }
    // Per worker, each would have allowed 4 (8 in all); shared, the 5th is refused.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
  }, 60_000);

  it('drains both workers on SIGTERM and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', resolve));
    gateway.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
