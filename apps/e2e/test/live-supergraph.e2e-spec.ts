import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devUserToken, gql, TestStack } from '@ekst/testing';

/**
 * Issue 19, live supergraph: the whole platform as real processes (ports 65xx, offset 2500) with
 * the gateway following a published supergraph file (SUPERGRAPH_POLL_SECONDS=1). The release
 * order of an additive change: the evaluation subgraph already serves `Query.instruments`, the
 * published supergraph does not have it yet; publishing the one that does makes the field
 * answerable within 10 s, with no restart and no failed request under a steady load. A
 * supergraph that does not compose, or whose hash does not match, is refused and the gateway
 * keeps serving the current one.
 */

const ROOT = path.resolve(__dirname, '../../..');
const FULL = readFileSync(path.join(ROOT, 'supergraph.graphql'), 'utf8');
const INSTRUMENTS_FIELD =
  /\n {2}"""\n {2}The instrument registry[^"]*"""\n {2}instruments: \[InstrumentInfo!\]! @join__field\(graph: EVALUATION\)\n/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes the supergraph and then its hash, each by rename (what a publisher must do). */
function publish(dir: string, sdl: string, hash = sha256(sdl)): void {
  const file = path.join(dir, 'supergraph.graphql');
  writeFileSync(`${file}.tmp`, sdl);
  renameSync(`${file}.tmp`, file);
  writeFileSync(`${file}.sha256.tmp`, `${hash}  supergraph.graphql\n`);
  renameSync(`${file}.sha256.tmp`, `${file}.sha256`);
}

const LOAD_QUERY = 'query Load { mySurveys { __typename } }';
const NEW_FIELD_QUERY = 'query Instruments { instruments { code name } }';

describe('live supergraph (gateway follows a published supergraph)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ekst-supergraph-'));
  const withoutInstruments = FULL.replace(INSTRUMENTS_FIELD, '\n');
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    expect(withoutInstruments).not.toBe(FULL);
    publish(dir, withoutInstruments);
    stack = new TestStack('livesupergraph', 2500, {
      SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql'),
      SUPERGRAPH_POLL_SECONDS: '1',
      // the gateway's update and refusal lines are what the test reads from its log
      LOG_LEVEL: 'info',
    });
    await stack.start();
    token = await devUserToken({
      sub: '00000000-0000-4000-8000-00000000c519',
      roles: ['STUDENT'],
      partnerId: null,
    });
  }, 180_000);

  afterAll(async () => {
    await stack?.dispose();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const gatewayLog = () =>
    readFileSync(path.join(stack.opts.logDir, 'gateway.log'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map(
        (l) => JSON.parse(l) as { msg?: string; reason?: string; supergraph?: string; to?: string },
      );

  async function askInstruments() {
    return gql<{ instruments: { code: string; name: string }[] }>(
      stack.gatewayUrl,
      token,
      NEW_FIELD_QUERY,
    );
  }

  /** `clients` loops of back-to-back requests until stopped; every failure is kept. */
  function startLoad(clients: number) {
    let running = true;
    const failures: string[] = [];
    let ok = 0;
    const loops = Array.from({ length: clients }, async () => {
      const deadline = Date.now() + 60_000; // bounded even if the test forgets to stop it
      while (running && Date.now() < deadline) {
        try {
          const r = await gql(stack.gatewayUrl, token, LOAD_QUERY);
          if (r.status !== 200 || r.errors)
            failures.push(`${r.status} ${JSON.stringify(r.errors)}`);
          else ok += 1;
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    });
    return {
      async stop() {
        running = false;
        await Promise.all(loops);
        return { ok, failures };
      },
    };
  }

  it('picks up a supergraph with an added field within 10 s, with no failed request under load', async () => {
    const before = await askInstruments();
    expect(before.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const load = startLoad(4);
    await new Promise((r) => setTimeout(r, 1000));
    const published = Date.now();
    publish(dir, FULL);
    let after = await askInstruments();
    while (after.errors && Date.now() - published < 10_000) {
      await new Promise((r) => setTimeout(r, 200));
      after = await askInstruments();
    }
    const tookMs = Date.now() - published;
    await new Promise((r) => setTimeout(r, 1000));
    const { ok, failures } = await load.stop();

    expect(after.errors).toBeUndefined();
    expect(after.data?.instruments.map((i) => i.code)).toContain('SWEMWBS');
    expect(tookMs).toBeLessThan(10_000);
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(20);
    expect(
      gatewayLog()
        .filter((l) => l.msg === 'supergraph updated')
        .map((l) => l.to),
    ).toEqual([sha256(FULL)]);
  });

  it('refuses a supergraph that does not compose and keeps serving the current one', async () => {
    const broken = FULL.replace(
      'instruments: [InstrumentInfo!]! @join__field(graph: EVALUATION)',
      'instruments: [NoSuchType!]! @join__field(graph: EVALUATION)',
    );
    expect(broken).not.toBe(FULL);
    const load = startLoad(2);
    publish(dir, broken);
    await waitForLog(
      (l) => l.msg?.startsWith('supergraph refused') === true && l.supergraph === sha256(broken),
    );
    const { failures } = await load.stop();

    expect(gatewayLog().find((l) => l.supergraph === sha256(broken))?.reason).toBe('invalid');
    const still = await askInstruments();
    expect(still.errors).toBeUndefined();
    expect(still.data?.instruments.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    // the gateway is still ready: a refused version is not an outage
    const ready = await fetch(stack.gatewayUrl.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(200);
  });

  it('refuses a supergraph whose hash does not match (a half-published or altered file)', async () => {
    // a valid supergraph (the one without the field) under the hash of another
    publish(dir, withoutInstruments, sha256(FULL));
    await waitForLog(
      (l) =>
        l.msg?.startsWith('supergraph refused') === true &&
        l.supergraph === sha256(withoutInstruments),
    );
    const refusal = gatewayLog().find(
      (l) =>
        l.msg?.startsWith('supergraph refused') === true &&
        l.supergraph === sha256(withoutInstruments),
    );
    expect(refusal?.reason).toBe('hash-mismatch');
    // still the full supergraph: the field was not taken away
    const still = await askInstruments();
    expect(still.errors).toBeUndefined();

    // published properly, the same removal goes through (the second half of the release order)
    publish(dir, withoutInstruments);
    await waitForLog((l) => l.msg === 'supergraph updated' && l.to === sha256(withoutInstruments));
    expect((await askInstruments()).errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  async function waitForLog(match: (l: ReturnType<typeof gatewayLog>[number]) => boolean) {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (gatewayLog().some(match)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the gateway did not log the expected supergraph line within 10 s');
  }
});
