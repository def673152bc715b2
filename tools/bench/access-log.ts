/**
 * What the access log costs a read of a register (issue 20: within 10%): the events subgraph
 * answers `event(id) { registrations { status person { id } } }` for a register of 80 students to
 * the host school's champion, with the access log as it runs in production and with it switched
 * off in this process only.
 *
 *   node -r @swc-node/register tools/bench/access-log.ts [--requests 300] [--concurrency 4] [--rounds 6]
 *
 * The real subgraph on an ephemeral port (the kit's express app, internal token, Apollo, TypeORM)
 * over its own database cloned from the migrated template, and the real broker (own topic prefix);
 * the partner and 80 students arrive as PartnerJoined/PersonRegistered envelopes, the event and the
 * 80 registrations through the use cases. Everything it created is dropped at the end.
 *
 * "Without the log" replaces `RequestAccessLog.prototype.record` with a no-op for that round, so
 * nothing is collected, merged, buffered or inserted: exactly what the log adds to a read, with no
 * switch in the product that could turn accountability off. Rounds alternate (with, without, …) so
 * drift on a shared machine hits both alike; the access_log rows are counted after each round to
 * show the log really ran (one row per read) and really did not.
 */
import { randomUUID } from 'node:crypto';
import { RequestAccessLog, useCaseDeps } from '@ekst/subgraph-kit';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
// The events service itself, in process: the bench times exactly what a request pays.
/* eslint-disable @nx/enforce-module-boundaries */
import { eventsModule } from '../../apps/events/src/module';
import { createEvent } from '../../apps/events/src/use-cases/create-event.use-case';
import { publishEvent } from '../../apps/events/src/use-cases/publish-event.use-case';
import { registerForEvent } from '../../apps/events/src/use-cases/register-for-event.use-case';
import { UpstreamEvents } from '../../apps/events/test/upstream-events';
/* eslint-enable @nx/enforce-module-boundaries */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const REQUESTS = arg('requests', 300);
const CONCURRENCY = arg('concurrency', 4);
const ROUNDS = arg('rounds', 6);
const STUDENTS = 80;
const QUERY = `query($id: ID!) { event(id: $id) { registrations { status person { id } } } }`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function main(): Promise<void> {
  const prefix = uniqueTopicPrefix();
  let sg: TestSubgraph | undefined;
  const upstream = new UpstreamEvents(() => sg!, prefix);
  const original = RequestAccessLog.prototype.record;
  try {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    const partnerId = await upstream.partnerJoined({ name: 'Castle Hill School' });
    const students = await upstream.peopleRegistered(partnerId, ['STUDENT'], 11, STUDENTS);
    const coordinator = testCaller(['COORDINATOR']);
    const deps = useCaseDeps(coordinator, sg.running.dataSource, sg.running.messaging.txBinding);
    const startsAt = Date.now() + 7 * 86_400_000;
    const created = await createEvent(deps, {
      input: {
        title: 'Careers Fair',
        kind: 'OTHER',
        audience: 'STUDENTS',
        yearGroups: [11],
        hostPartnerId: partnerId,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 3_600_000).toISOString(),
        aims: ['WIDENING_HORIZONS'],
        capacity: 100,
      },
    });
    if (created.kind !== 'done') throw new Error(`event not created: ${JSON.stringify(created)}`);
    const eventId = created.value.id;
    if ((await publishEvent(deps, { id: eventId })).kind !== 'done')
      throw new Error('not published');
    for (const personId of students) {
      const r = await registerForEvent(deps, { eventId, personId });
      if (r.kind !== 'done') throw new Error(`registration refused: ${JSON.stringify(r)}`);
    }
    const champion = testCaller(['CHAMPION'], { subject: randomUUID(), partnerId });
    const logRows = async () =>
      (
        (await sg!.running.dataSource.query(
          `SELECT count(*)::int AS n FROM access_log WHERE viewer_id = $1`,
          [champion.subject],
        )) as Array<{ n: number }>
      )[0].n;

    const read = async () => {
      const r = await sg!.query<{ event: { registrations: unknown[] } }>(
        QUERY,
        { id: eventId },
        champion,
      );
      if (r.data?.event.registrations.length !== STUDENTS)
        throw new Error(`register not read: ${JSON.stringify(r.errors ?? r.data)}`);
    };
    const round = async (n: number) => {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < n) {
            next += 1;
            const t0 = performance.now();
            await read();
            latencies.push(performance.now() - t0);
          }
        }),
      );
      return { latencies, perSecond: n / ((performance.now() - started) / 1000) };
    };

    // Warm-up: connections, Apollo's plans, the JIT.
    await round(Math.min(100, REQUESTS));
    const results = { with: [] as number[], without: [] as number[] };
    const rates = { with: [] as number[], without: [] as number[] };
    const rows = { with: 0, without: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const mode = i % 2 === 0 ? 'with' : 'without';
      RequestAccessLog.prototype.record = mode === 'with' ? original : () => undefined;
      // Let the previous round's buffered entries flush before counting.
      await new Promise((r) => setTimeout(r, 500));
      const before = await logRows();
      const r = await round(REQUESTS);
      await new Promise((r) => setTimeout(r, 500));
      rows[mode] += (await logRows()) - before;
      results[mode].push(...r.latencies);
      rates[mode].push(r.perSecond);
      console.log(
        `round ${i + 1} ${mode.padEnd(7)} ${r.perSecond.toFixed(1)} reads/s, p50 ${median(r.latencies).toFixed(2)} ms`,
      );
    }
    RequestAccessLog.prototype.record = original;

    const reads = (ROUNDS / 2) * REQUESTS;
    const summary = (mode: 'with' | 'without') => ({
      p50: median(results[mode]),
      p95: percentile(results[mode], 95),
      perSecond: median(rates[mode]),
    });
    const w = summary('with');
    const wo = summary('without');
    console.log(
      `\nregister of ${STUDENTS} read by the host's champion, ${REQUESTS} reads × ${ROUNDS / 2} rounds per mode, concurrency ${CONCURRENCY}`,
    );
    console.log(
      `with the access log:    p50 ${w.p50.toFixed(2)} ms, p95 ${w.p95.toFixed(2)} ms, ${w.perSecond.toFixed(1)} reads/s (median round); ${rows.with} access_log rows for ${Math.ceil(ROUNDS / 2) * REQUESTS} reads`,
    );
    console.log(
      `without the access log: p50 ${wo.p50.toFixed(2)} ms, p95 ${wo.p95.toFixed(2)} ms, ${wo.perSecond.toFixed(1)} reads/s (median round); ${rows.without} access_log rows for ${reads} reads`,
    );
    const ratio = w.p50 / wo.p50;
    console.log(
      `ratio (p50 with / without): ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)}%); throughput without / with: ${(wo.perSecond / w.perSecond).toFixed(3)}; target within 10%: ${ratio <= 1.1 ? 'met' : 'NOT met'}`,
    );
  } finally {
    RequestAccessLog.prototype.record = original;
    await upstream.disconnect().catch(() => undefined);
    await sg?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
