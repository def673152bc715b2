import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import pino from 'pino';
import { liveSupergraph } from '../src/supergraph/live-supergraph';

/**
 * The supergraph source on its own, with a real ApolloGateway and the real supergraph (no query
 * is executed, so no subgraph is needed): from a URL with ETag polling, and the start-up rules.
 * The whole journey under load with real subgraphs is apps/e2e/test/live-supergraph.e2e-spec.ts.
 */
const FULL = readFileSync(path.resolve(__dirname, '../../../supergraph.graphql'), 'utf8');
const WITHOUT = FULL.replace(
  /\n {2}"""\n {2}The instrument registry[^"]*"""\n {2}instruments: \[InstrumentInfo!\]! @join__field\(graph: EVALUATION\)\n/,
  '\n',
);
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const silent = pino({ level: 'silent' });

const hasInstruments = (schema: GraphQLSchema | null) =>
  schema?.getQueryType()?.getFields().instruments !== undefined;

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('liveSupergraph from a URL (ETag polling)', () => {
  let server: http.Server;
  let url: string;
  let sdl = WITHOUT;
  let hash: string | null = sha256(WITHOUT);
  const requests: { path: string; ifNoneMatch: string | undefined; status: number }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const etag = `"${sha256(sdl).slice(0, 16)}"`;
      let status = 200;
      if (req.url === '/supergraph.graphql') {
        if (req.headers['if-none-match'] === etag) status = 304;
        res.writeHead(status, { etag, 'content-type': 'text/plain' });
        res.end(status === 304 ? undefined : sdl);
      } else if (hash === null) {
        status = 404;
        res.writeHead(404).end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`${hash}\n`);
      }
      requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'], status });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/supergraph.graphql`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('switches to a new version, refuses bad ones, and costs a 304 while nothing changes', async () => {
    const live = liveSupergraph({ location: url, pollMs: 100 }, silent);
    const gateway = new ApolloGateway({ supergraphSdl: live.hook, logger: silent });
    let schema: GraphQLSchema | null = null;
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
      schema = apiSchema;
    });
    try {
      await gateway.load();
      expect(hasInstruments(schema)).toBe(false);
      expect(live.status.current).toBe(sha256(WITHOUT));

      // unchanged: conditional requests answered 304, the hash is not fetched again
      await new Promise((r) => setTimeout(r, 400));
      const conditional = requests.filter((r) => r.ifNoneMatch !== undefined);
      expect(conditional.length).toBeGreaterThan(1);
      expect(conditional.every((r) => r.status === 304)).toBe(true);
      expect(requests.filter((r) => r.path.endsWith('.sha256'))).toHaveLength(1);

      // published without its hash: refused
      sdl = FULL;
      hash = null;
      await waitFor(() => live.status.lastRefused?.reason === 'hash-missing');
      expect(hasInstruments(schema)).toBe(false);

      // does not compose (an unknown type), with a matching hash: refused
      const broken = FULL.replace('[InstrumentInfo!]!', '[NoSuchType!]!');
      sdl = broken;
      hash = sha256(broken);
      await waitFor(() => live.status.lastRefused?.hash === sha256(broken));
      expect(live.status.lastRefused?.reason).toBe('invalid');
      expect(hasInstruments(schema)).toBe(false);

      // published properly: served
      sdl = FULL;
      hash = sha256(FULL);
      await waitFor(() => live.status.current === sha256(FULL));
      expect(hasInstruments(schema)).toBe(true);
      expect(live.status).toMatchObject({ updates: 1, lastRefused: null });
    } finally {
      await gateway.stop();
    }
  }, 60_000);
});

describe('liveSupergraph at start-up', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ekst-live-supergraph-'));
  const file = path.join(dir, 'supergraph.graphql');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function load(pollMs: number): Promise<string> {
    const live = liveSupergraph({ location: file, pollMs }, silent);
    const gateway = new ApolloGateway({ supergraphSdl: live.hook, logger: silent });
    try {
      await gateway.load();
      return 'loaded';
    } catch (err) {
      return (err as Error).message;
    } finally {
      await gateway.stop().catch(() => undefined);
    }
  }

  it('when polling, never starts on a supergraph whose hash is missing or wrong', async () => {
    writeFileSync(file, FULL);
    rmSync(`${file}.sha256`, { force: true });
    expect(await load(1000)).toMatch(/hash is missing/);
    writeFileSync(`${file}.sha256`, sha256(WITHOUT));
    expect(await load(1000)).toMatch(/hash does not match/);
    writeFileSync(`${file}.sha256`, `${sha256(FULL)}  supergraph.graphql\n`);
    expect(await load(1000)).toBe('loaded');
  }, 60_000);

  it('read once (no polling) needs no hash, as before', async () => {
    writeFileSync(file, FULL);
    rmSync(`${file}.sha256`, { force: true });
    expect(await load(0)).toBe('loaded');
    rmSync(file);
    expect(await load(0)).toMatch(/^cannot read the supergraph/);
  }, 60_000);
});
