import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { devUserToken, eventually, gql, TestStack } from '@ekst/testing';
import type { SubgraphName } from '@ekst/testing';
import { ackKey, CONSUMERS, formatTable, Ledger, reconcile } from './ledger';
import type { Ack, ActionKind, FaultRow, Observed } from './ledger';

/**
 * The chaos suite, short form: one round of each fault, loopback only, bounded (about two
 * minutes). A steady stream of real domain actions goes through the gateway (people registered by
 * their school's champion, erased by the coordinator) while, one at a time:
 *
 * - a consumer (events) is SIGKILLed mid-burst and restarted: between its transaction commit and
 *   its offset commit, some events are redelivered to it;
 * - the producer (people: its use cases and its outbox relay) is SIGKILLed mid-burst and
 *   restarted: a relay killed between the send and marking the rows sent sends them again;
 * - every session of every service's database is terminated (`pg_terminate_backend`) and the
 *   consumers' databases refuse connections for 10 s while a burst of erasures is acknowledged.
 *
 * The ledger records every acknowledged action; after each fault every consumer's inbox,
 * dead-letter table and projections are reconciled with it, and the suite prints, per fault:
 * acknowledged, applied, lost, applied twice, in DLQ, time to converge. It asserts 0 lost, 0
 * applied twice, nothing in the DLQ, and convergence within CONVERGE_BOUND_MS of the fault's end.
 * The Kafka broker is shared with other test files, so broker faults are not in the short form.
 */
const CONVERGE_BOUND_MS = 60_000;
const CONSUMING_SERVICES = [
  'partners-governance',
  'events',
  'evaluation',
  'teacher-swap',
  'communications',
] as const;
const ALL_SERVICES: readonly SubgraphName[] = ['people', ...CONSUMING_SERVICES];
/** services whose person projection is checked (at most one row, none after erasure) */
const PROJECTIONS: Array<{ service: SubgraphName; table: string }> = [
  { service: 'events', table: 'person_projection' },
  { service: 'evaluation', table: 'person_projection' },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('chaos, short form: faults during a stream of real actions; nothing lost, nothing applied twice', () => {
  const stack = new TestStack('chaos', 2200, { RATE_LIMIT_PERSON_PER_MINUTE: '100000' });
  const ledger = new Ledger();
  const table: FaultRow[] = [];
  let coordinator: string;
  let champion: string;
  let partnerId: string;
  /** the fault the stream's acknowledgements are booked under */
  let phase = 'warm-up';
  /** what the stream does: both kinds, or only erasures (the erasure burst) */
  let mix: 'both' | 'erase-only' | 'off' = 'off';
  /** registered, not yet erased: what the stream may erase next */
  const erasable: string[] = [];
  let stream: Promise<void> | null = null;

  async function sql<T>(service: SubgraphName, text: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({
      connectionString: stack.databaseUrlOf(service),
      connectionTimeoutMillis: 5000,
    });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  async function admin(text: string): Promise<void> {
    const c = new Client({
      connectionString: new URL('/postgres', stack.databaseUrlOf('people')).toString(),
    });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  }

  const dbName = (s: SubgraphName) => new URL(stack.databaseUrlOf(s)).pathname.slice(1);

  async function register(): Promise<void> {
    const label = phase;
    try {
      const res = await gql<{
        registerPerson: { person: { id: string } | null; errors: unknown[] };
      }>(
        stack.gatewayUrl,
        champion,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code } } }`,
        {
          input: {
            partnerId,
            displayName: `Chaos Teacher ${randomUUID().slice(0, 8)}`,
            roles: ['TEACHER'],
          },
        },
      );
      const id = res.data?.registerPerson.person?.id;
      if (res.status !== 200 || !id) return ledger.failed(label);
      ledger.record(label, 'register', id);
      erasable.push(id);
    } catch {
      ledger.failed(label);
    }
  }

  async function erase(): Promise<void> {
    const id = erasable.shift();
    if (!id) return register();
    const label = phase;
    try {
      const res = await gql<{ erasePerson: { erasedId: string | null } }>(
        stack.gatewayUrl,
        coordinator,
        `mutation($id: ID!) { erasePerson(id: $id) { erasedId errors { code } } }`,
        { id },
      );
      if (res.status !== 200 || res.data?.erasePerson.erasedId !== id) {
        erasable.push(id); // not acknowledged: try again later
        return ledger.failed(label);
      }
      ledger.record(label, 'erase', id);
    } catch {
      erasable.push(id);
      ledger.failed(label);
    }
  }

  /** Two workers, each one action at a time: steady, bounded load. */
  function startStream(): Promise<void> {
    const worker = async (n: number) => {
      for (let i = 0; mix !== 'off'; i += 1) {
        const failedBefore = ledger.failures;
        if (mix === 'erase-only') await (erasable.length ? erase() : sleep(50));
        else await ((i + n) % 3 === 2 ? erase() : register());
        // A client backs off while the platform is failing: a tight retry loop only adds load.
        await sleep(ledger.failures > failedBefore ? 250 : 20);
      }
    };
    return Promise.all([worker(0), worker(1)]).then(() => undefined);
  }

  async function observe(acks: readonly Ack[]): Promise<Observed> {
    const keys = new Set(acks.map(ackKey));
    const personIds = [...new Set(acks.map((a) => a.personId))];
    const outbox = await sql<{ event_id: string; event_type: string; message_key: string }>(
      'people',
      `SELECT event_id, event_type, message_key FROM outbox
       WHERE message_key = ANY($1) AND event_type IN ('PersonRegistered', 'PersonErased')`,
      [personIds],
    );
    const eventIdOf = new Map<string, string>();
    for (const r of outbox) {
      const kind: ActionKind = r.event_type === 'PersonErased' ? 'erase' : 'register';
      const key = ackKey({ kind, personId: r.message_key });
      if (keys.has(key)) eventIdOf.set(key, r.event_id);
    }
    const ids = [...eventIdOf.values()];
    const inbox = new Map<string, Map<string, number>>();
    const deadLettered = new Map<string, Set<string>>();
    for (const s of CONSUMING_SERVICES) {
      const rows = await sql<{ event_id: string; n: number }>(
        s,
        `SELECT event_id, count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
        [ids],
      );
      inbox.set(s, new Map(rows.map((r) => [r.event_id, r.n])));
      const dead = await sql<{ event_id: string }>(
        s,
        `SELECT event_id FROM dead_letter WHERE event_id = ANY($1::uuid[]) AND redriven_at IS NULL`,
        [ids],
      );
      deadLettered.set(s, new Set(dead.map((r) => r.event_id)));
    }
    const projectionRows = new Map<string, Map<string, number>>();
    for (const p of PROJECTIONS) {
      const rows = await sql<{ id: string; n: number }>(
        p.service,
        `SELECT id, count(*)::int AS n FROM ${p.table} WHERE id = ANY($1::uuid[]) GROUP BY id`,
        [personIds],
      );
      projectionRows.set(p.service, new Map(rows.map((r) => [r.id, r.n])));
    }
    return { eventIdOf, inbox, deadLettered, projectionRows };
  }

  /** Polls until every acknowledged action of `fault` is applied everywhere (bounded). */
  async function settle(
    fault: string,
    faultEndedAt: number,
    acks: readonly Ack[] = ledger.of(fault),
  ): Promise<FaultRow> {
    let convergedMs: number | null = null;
    let result = reconcile(acks, await observe(acks));
    while (Date.now() - faultEndedAt < CONVERGE_BOUND_MS) {
      if (result.lost === 0) {
        convergedMs = Date.now() - faultEndedAt;
        break;
      }
      await sleep(250);
      result = reconcile(acks, await observe(acks));
    }
    const row = { fault, ...result, convergedMs };
    table.push(row);
    return row;
  }

  /** Runs one fault inside the stream: a second of load before, the fault, a second after. */
  async function round(fault: string, inject: () => Promise<void>): Promise<FaultRow> {
    phase = fault;
    await sleep(1000);
    await inject();
    const endedAt = Date.now();
    await sleep(1000);
    phase = `after ${fault}`;
    return settle(fault, endedAt);
  }

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c0',
      roles: ['COORDINATOR'],
    });
    const created = await gql<{ createPartner: { partner: { id: string } | null } }>(
      stack.gatewayUrl,
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name: 'Chaos Primary', kind: 'STATE', town: 'Whitstable' } },
    );
    const id = created.data?.createPartner.partner?.id;
    if (!id) throw new Error(`createPartner failed: ${JSON.stringify(created.errors)}`);
    partnerId = id;
    champion = await devUserToken({ sub: randomUUID(), roles: ['CHAMPION'], partnerId });
    await eventually(
      async () =>
        (await sql('people', `SELECT 1 FROM partner_projection WHERE id = $1`, [partnerId]))
          .length === 1,
      30000,
    );
    mix = 'both';
    stream = startStream();
    await sleep(1500);
  }, 180000);

  afterAll(async () => {
    mix = 'off';
    await stream;
    for (const s of CONSUMING_SERVICES)
      await admin(`ALTER DATABASE ${dbName(s)} ALLOW_CONNECTIONS true`).catch(() => undefined);
    if (table.length) process.stdout.write(`\nchaos suite (short form)\n${formatTable(table)}\n`);
    await stack.dispose();
  }, 60000);

  const expectClean = (row: FaultRow) => {
    expect(row.acknowledged).toBeGreaterThan(0);
    expect({ lost: row.lost, appliedTwice: row.appliedTwice, inDlq: row.inDlq }).toEqual({
      lost: 0,
      appliedTwice: 0,
      inDlq: 0,
    });
    expect(row.convergedMs).not.toBeNull();
  };

  it('SIGKILL a consumer (events) mid-burst and restart it: every event applied once', async () => {
    const row = await round('SIGKILL events', async () => {
      await stack.kill('events', 'SIGKILL');
      await sleep(1000);
      await stack.startService('events');
    });
    expectClean(row);
  }, 180000);

  it('SIGKILL the producer (people, with its relay) mid-burst and restart it: nothing acknowledged is lost', async () => {
    const row = await round('SIGKILL people', async () => {
      await stack.kill('people', 'SIGKILL');
      await sleep(1000);
      await stack.startService('people');
    });
    expectClean(row);
  }, 180000);

  it('every database session terminated and the consumers’ databases closed for 10 s during a burst of erasures: every PersonErased applied in every service, none dead-lettered', async () => {
    // People to erase, registered and applied everywhere before the outage.
    mix = 'off';
    await stream;
    phase = 'erasure outage (setup)';
    for (let i = 0; i < 20; i += 1) await register();
    const setup = await settle(phase, Date.now());
    expectClean(setup);
    phase = 'database outage 10 s, erasures';
    mix = 'erase-only';
    stream = startStream();
    const row = await round(phase, async () => {
      for (const s of CONSUMING_SERVICES)
        await admin(`ALTER DATABASE ${dbName(s)} ALLOW_CONNECTIONS false`);
      const names = ALL_SERVICES.map((s) => `'${dbName(s)}'`).join(', ');
      await admin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN (${names})`,
      );
      await sleep(10_000);
      for (const s of CONSUMING_SERVICES)
        await admin(`ALTER DATABASE ${dbName(s)} ALLOW_CONNECTIONS true`);
    });
    mix = 'off';
    await stream;
    expect(ledger.of(row.fault).every((a) => a.kind === 'erase')).toBe(true);
    expectClean(row);
    expect(row.expected).toBe(row.acknowledged * CONSUMERS.erase.services.length);
  }, 180000);

  it('the whole run reconciles: every acknowledged action, before, during and after the faults', async () => {
    mix = 'off';
    await stream;
    const row = await settle('whole run', Date.now(), ledger.acks);
    expectClean(row);
  }, 120000);
});
