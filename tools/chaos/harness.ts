import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { devUserToken, eventually, gql } from '@ekst/testing';
import type { SubgraphName, TestStack } from '@ekst/testing';
import { ackKey, Ledger, reconcile, unappliedBy } from './ledger';
import type { Ack, ActionKind, FaultRow, Observed } from './ledger';

/**
 * The chaos suite's harness, shared by the short form (`chaos.e2e-spec.ts`, in `npm test`) and
 * the long form (`long.ts`, `npm run chaos -- --long`): a steady stream of real domain actions
 * through the gateway (people registered by their school's champion, erased by the coordinator),
 * the ledger of what the gateway acknowledged, and the reconciliation of every consumer's inbox,
 * dead-letter table and projections with it.
 */
export const CONSUMING_SERVICES = [
  'partners-governance',
  'events',
  'evaluation',
  'teacher-swap',
  'communications',
] as const;
export const ALL_SERVICES: readonly SubgraphName[] = ['people', ...CONSUMING_SERVICES];
/** services whose person projection is checked (at most one row, none after erasure) */
const PROJECTIONS: Array<{ service: SubgraphName; table: string }> = [
  { service: 'events', table: 'person_projection' },
  { service: 'evaluation', table: 'person_projection' },
];

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ChaosHarness {
  readonly ledger = new Ledger();
  readonly table: FaultRow[] = [];
  /** for a fault that did not converge: where its unapplied pairs were at the bound */
  readonly late = new Map<string, Record<string, number>>();
  /** for such a fault: ms from its end until each late place had everything (see `watchLate`) */
  readonly caughtUp = new Map<string, Record<string, number>>();
  /**
   * For a fault that converged: per place that had anything unapplied after the fault ended, the
   * last time (ms after the end) a poll still found it behind; the largest is who it waited for.
   */
  readonly behind = new Map<string, Record<string, number>>();
  /** how long to keep watching a fault that missed its bound (0: not at all) */
  watchLateMs = 0;
  coordinator = '';
  champion = '';
  partnerId = '';
  /** the fault the stream's acknowledgements are booked under */
  phase = 'warm-up';
  /** what the stream does: both kinds, or only erasures (the erasure burst) */
  mix: 'both' | 'erase-only' | 'off' = 'off';
  /** registered, not yet erased: what the stream may erase next */
  readonly erasable: string[] = [];
  private stream: Promise<void> | null = null;

  constructor(
    readonly stack: TestStack,
    /** how long after a fault ends every acknowledged action must be applied (per fault) */
    public convergeBoundMs: number,
  ) {}

  async sql<T>(service: SubgraphName, text: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({
      connectionString: this.stack.databaseUrlOf(service),
      connectionTimeoutMillis: 5000,
    });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  async admin(text: string): Promise<void> {
    const c = new Client({
      connectionString: new URL('/postgres', this.stack.databaseUrlOf('people')).toString(),
    });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  }

  dbName(s: SubgraphName): string {
    return new URL(this.stack.databaseUrlOf(s)).pathname.slice(1);
  }

  /** The coordinator, a school (partner) and its champion; waits until people knows the school. */
  async setUp(): Promise<void> {
    this.coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c0',
      roles: ['COORDINATOR'],
    });
    const created = await gql<{ createPartner: { partner: { id: string } | null } }>(
      this.stack.gatewayUrl,
      this.coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name: 'Chaos Primary', kind: 'STATE', town: 'Whitstable' } },
    );
    const id = created.data?.createPartner.partner?.id;
    if (!id) throw new Error(`createPartner failed: ${JSON.stringify(created.errors)}`);
    this.partnerId = id;
    this.champion = await devUserToken({ sub: randomUUID(), roles: ['CHAMPION'], partnerId: id });
    await eventually(
      async () =>
        (await this.sql('people', `SELECT 1 FROM partner_projection WHERE id = $1`, [id]))
          .length === 1,
      30000,
    );
  }

  async register(): Promise<void> {
    const label = this.phase;
    try {
      const res = await gql<{
        registerPerson: { person: { id: string } | null; errors: unknown[] };
      }>(
        this.stack.gatewayUrl,
        this.champion,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code } } }`,
        {
          input: {
            partnerId: this.partnerId,
            displayName: `Chaos Teacher ${randomUUID().slice(0, 8)}`,
            roles: ['TEACHER'],
          },
        },
      );
      const id = res.data?.registerPerson.person?.id;
      if (res.status !== 200 || !id) return this.ledger.failed(label);
      this.ledger.record(label, 'register', id);
      this.erasable.push(id);
    } catch {
      this.ledger.failed(label);
    }
  }

  async erase(): Promise<void> {
    const id = this.erasable.shift();
    if (!id) return this.register();
    const label = this.phase;
    try {
      const res = await gql<{ erasePerson: { erasedId: string | null } }>(
        this.stack.gatewayUrl,
        this.coordinator,
        `mutation($id: ID!) { erasePerson(id: $id) { erasedId errors { code } } }`,
        { id },
      );
      if (res.status !== 200 || res.data?.erasePerson.erasedId !== id) {
        this.erasable.push(id); // not acknowledged: try again later
        return this.ledger.failed(label);
      }
      this.ledger.record(label, 'erase', id);
    } catch {
      this.erasable.push(id);
      this.ledger.failed(label);
    }
  }

  /** Two workers, each one action at a time: steady, bounded load. */
  startStream(mix: 'both' | 'erase-only' = 'both'): void {
    if (this.stream) throw new Error('the stream is already running');
    this.mix = mix;
    const worker = async (n: number) => {
      for (let i = 0; this.mix !== 'off'; i += 1) {
        const failedBefore = this.ledger.failures;
        if (this.mix === 'erase-only') await (this.erasable.length ? this.erase() : sleep(50));
        else await ((i + n) % 3 === 2 ? this.erase() : this.register());
        // A client backs off while the platform is failing: a tight retry loop only adds load.
        await sleep(this.ledger.failures > failedBefore ? 250 : 20);
      }
    };
    this.stream = Promise.all([worker(0), worker(1)]).then(() => undefined);
  }

  async stopStream(): Promise<void> {
    this.mix = 'off';
    await this.stream;
    this.stream = null;
  }

  async observe(acks: readonly Ack[]): Promise<Observed> {
    const keys = new Set(acks.map(ackKey));
    const personIds = [...new Set(acks.map((a) => a.personId))];
    const outbox = await this.sql<{ event_id: string; event_type: string; message_key: string }>(
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
      const rows = await this.sql<{ event_id: string; n: number }>(
        s,
        `SELECT event_id, count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
        [ids],
      );
      inbox.set(s, new Map(rows.map((r) => [r.event_id, r.n])));
      const dead = await this.sql<{ event_id: string }>(
        s,
        `SELECT event_id FROM dead_letter WHERE event_id = ANY($1::uuid[]) AND redriven_at IS NULL`,
        [ids],
      );
      deadLettered.set(s, new Set(dead.map((r) => r.event_id)));
    }
    const projectionRows = new Map<string, Map<string, number>>();
    for (const p of PROJECTIONS) {
      const rows = await this.sql<{ id: string; n: number }>(
        p.service,
        `SELECT id, count(*)::int AS n FROM ${p.table} WHERE id = ANY($1::uuid[]) GROUP BY id`,
        [personIds],
      );
      projectionRows.set(p.service, new Map(rows.map((r) => [r.id, r.n])));
    }
    return { eventIdOf, inbox, deadLettered, projectionRows };
  }

  /** Polls until every acknowledged action of `fault` is applied everywhere (bounded). */
  async settle(
    fault: string,
    faultEndedAt: number,
    acks: readonly Ack[] = this.ledger.of(fault),
  ): Promise<FaultRow> {
    let convergedMs: number | null = null;
    let observed: Observed | null = null;
    // When each place (consumer, or the producer) last had something unapplied, seen by a poll:
    // the last of them is who the fault's convergence waited for.
    const lastBehind: Record<string, number> = {};
    const read = async () => {
      try {
        observed = await this.observe(acks);
        const now = Date.now() - faultEndedAt;
        for (const where of Object.keys(unappliedBy(acks, observed))) lastBehind[where] = now;
        return reconcile(acks, observed);
      } catch {
        return null; // a database still refusing connections: not converged yet
      }
    };
    let result = await read();
    while (Date.now() - faultEndedAt < this.convergeBoundMs) {
      if (result && result.lost === 0) {
        convergedMs = Math.max(0, Date.now() - faultEndedAt);
        break;
      }
      await sleep(250);
      result = await read();
    }
    result ??= reconcile(acks, (observed = await this.observe(acks)));
    if (convergedMs === null && observed) {
      this.late.set(fault, unappliedBy(acks, observed));
      if (this.watchLateMs > 0) await this.watchLate(fault, faultEndedAt, acks);
    }
    if (convergedMs !== null) this.behind.set(fault, lastBehind);
    const row: FaultRow = { fault, ...result, convergedMs };
    const late = this.late.get(fault);
    if (convergedMs === null && late) row.lateBy = late;
    this.table.push(row);
    return row;
  }

  /**
   * After a fault missed its bound: keeps reading (up to `watchLateMs`) and notes when each late
   * place caught up, so a run says not only who lagged but for how long (`caughtUp`, in ms from
   * the fault's end; a place still missing at the end of the watch is absent).
   */
  private async watchLate(fault: string, faultEndedAt: number, acks: readonly Ack[]) {
    const caught: Record<string, number> = {};
    const until = Date.now() + this.watchLateMs;
    const pending = new Set(Object.keys(this.late.get(fault) ?? {}));
    while (pending.size > 0 && Date.now() < until) {
      await sleep(1000);
      let now: Record<string, number>;
      try {
        now = unappliedBy(acks, await this.observe(acks));
      } catch {
        continue;
      }
      for (const where of [...pending])
        if (!now[where]) {
          caught[where] = Date.now() - faultEndedAt;
          pending.delete(where);
        }
    }
    this.caughtUp.set(fault, caught);
  }

  /**
   * Runs one fault inside the stream: a second of load before, the fault, a second after; then
   * settles. `inject` returns when the fault has ended (the process restarted, the broker back).
   */
  async round(fault: string, inject: () => Promise<void>): Promise<FaultRow> {
    this.phase = fault;
    await sleep(1000);
    await inject();
    const endedAt = Date.now();
    await sleep(1000);
    this.phase = `after ${fault}`;
    return this.settle(fault, endedAt);
  }

  /**
   * The database outage: every session of all six services' databases terminated and the
   * consuming databases refusing connections for `ms`.
   */
  async databaseOutage(ms: number): Promise<void> {
    for (const s of CONSUMING_SERVICES)
      await this.admin(`ALTER DATABASE ${this.dbName(s)} ALLOW_CONNECTIONS false`);
    try {
      const names = ALL_SERVICES.map((s) => `'${this.dbName(s)}'`).join(', ');
      await this.admin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN (${names})`,
      );
      await sleep(ms);
    } finally {
      await this.reopenDatabases();
    }
  }

  async reopenDatabases(): Promise<void> {
    for (const s of CONSUMING_SERVICES)
      await this.admin(`ALTER DATABASE ${this.dbName(s)} ALLOW_CONNECTIONS true`).catch(
        () => undefined,
      );
  }
}
