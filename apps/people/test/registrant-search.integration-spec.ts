import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { createEnvelope, EventEvents } from '@ekst/contracts';
import type { EventDefinition } from '@ekst/contracts';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import type { z } from 'zod';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * Check-in by name (real Postgres, the events topic on real Kafka): the host school's staff and
 * the event's teacher in charge find a visiting registrant by a prefix of their name, regardless
 * of case and accents, and never someone who is not registered; anyone else is FORBIDDEN. The
 * database does the matching, on the name-key index.
 */

const SEARCH = `query($e: ID!, $p: String!, $first: Int) {
  eventRegistrantSearch(eventId: $e, namePrefix: $p, first: $first) { id displayName yearGroup email } }`;
const REGISTER = `mutation($input: RegisterPersonInput!) {
  registerPerson(input: $input) { person { id } errors { code } }
}`;

type Found = { id: string; displayName: string; yearGroup: number | null; email: string | null };

describe('check-in by name search', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const host = randomUUID();
  const visitors = randomUUID();
  const bystanders = randomUUID();
  const eventId = randomUUID();
  const coordinator = testCaller(['COORDINATOR']);
  const ids: Record<string, string> = {};

  function fromEvents<T extends z.ZodType>(definition: EventDefinition<T>, payload: z.infer<T>) {
    return createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId: eventId,
      producer: 'events',
      payload,
    });
  }
  async function register(input: Record<string, unknown>): Promise<string> {
    const res = await sg.query<{ registerPerson: { person: { id: string } } }>(
      REGISTER,
      { input },
      coordinator,
    );
    return res.data!.registerPerson.person.id;
  }
  const search = (caller: Caller, p: string, first?: number) =>
    sg.query<{ eventRegistrantSearch: Found[] | null }>(SEARCH, { e: eventId, p, first }, caller);

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    for (const id of [host, visitors, bystanders])
      await probe.deliver(
        probe.partnerJoined({
          id,
          name: `School ${id.slice(0, 4)}`,
          kind: 'STATE',
          sector: 'STATE',
        }),
      );
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT 1 FROM partner_projection WHERE id IN ($1, $2, $3)`,
        [host, visitors, bystanders],
      )) as unknown[];
      return rows.length === 3;
    });
    const student = (partnerId: string, displayName: string, yearGroup: number) =>
      register({ partnerId, displayName, roles: ['STUDENT'], yearGroup });
    ids.zoe = await student(visitors, 'Zoë Ångström', 9);
    ids.zoeNot = await student(visitors, 'Zoe Absent', 9);
    ids.zach = await student(host, 'Zach_Percent', 10);
    ids.cancelled = await student(visitors, 'Zoey Cancelled', 9);
    ids.visitingTeacher = await register({
      partnerId: visitors,
      displayName: 'Vic Visiting',
      roles: ['TEACHER'],
      email: 'vic@visitors.example',
    });
    const endsAt = new Date(Date.now() + 2 * 86_400_000);
    const reg = (personId: string, status: 'REGISTERED' | 'CANCELLED') =>
      fromEvents(EventEvents.registrationChanged, {
        registrationId: randomUUID(),
        eventId,
        personId,
        status,
      });
    for (const e of [
      fromEvents(EventEvents.scheduled, {
        eventId,
        title: 'Science Fair',
        kind: 'OTHER',
        hostPartnerId: host,
        startsAt: new Date(endsAt.getTime() - 3_600_000).toISOString(),
        endsAt: endsAt.toISOString(),
        status: 'PUBLISHED',
      }),
      reg(ids.zoe, 'REGISTERED'),
      reg(ids.zach, 'REGISTERED'),
      reg(ids.cancelled, 'CANCELLED'),
      fromEvents(EventEvents.roleAssigned, {
        eventId,
        personId: ids.visitingTeacher,
        role: 'TEACHER_IN_CHARGE',
      }),
    ])
      await probe.deliver(e);
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT 1 FROM event_role_projection WHERE event_id = $1`,
        [eventId],
      )) as unknown[];
      return rows.length === 1;
    });
  }, 60000);

  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  it('a host champion finds a visiting registrant by a prefix, regardless of case and accents, and not someone who is not registered', async () => {
    const champion = testCaller(['CHAMPION'], { partnerId: host });
    for (const p of ['zo', 'ZOE', 'zoë å', 'Zoe Ang']) {
      const res = await search(champion, p);
      expect(res.errors).toBeUndefined();
      // a visitor's contact details stay hidden; the cancelled and the unregistered are not found
      expect(res.data!.eventRegistrantSearch).toEqual([
        { id: ids.zoe, displayName: 'Zoë Ångström', yearGroup: 9, email: null },
      ]);
    }
    expect((await search(champion, 'Zoe Ab')).data!.eventRegistrantSearch).toEqual([]);
  });

  it('LIKE wildcards typed by the user are letters', async () => {
    const teacher = testCaller(['TEACHER'], { partnerId: host });
    expect((await search(teacher, '%')).data!.eventRegistrantSearch).toEqual([]);
    expect((await search(teacher, 'zach_')).data!.eventRegistrantSearch!.map((f) => f.id)).toEqual([
      ids.zach,
    ]);
    expect((await search(teacher, 'zacha')).data!.eventRegistrantSearch).toEqual([]);
  });

  it('the visiting teacher in charge searches the whole register; the coordinator too', async () => {
    const tic = testCaller(['TEACHER'], { partnerId: visitors, subject: ids.visitingTeacher });
    const res = await search(tic, 'z');
    expect(res.data!.eventRegistrantSearch!.map((f) => f.id).sort()).toEqual(
      [ids.zoe, ids.zach].sort(),
    );
    expect((await search(coordinator, 'z', 1)).data!.eventRegistrantSearch).toHaveLength(1);
  });

  it('anyone else may not search the register: FORBIDDEN, as for an unknown event', async () => {
    for (const caller of [
      testCaller(['CHAMPION'], { partnerId: bystanders }),
      testCaller(['CHAMPION'], { partnerId: visitors }),
      testCaller(['STUDENT'], { partnerId: visitors, subject: ids.zoe }),
    ]) {
      const res = await search(caller, 'zo');
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.eventRegistrantSearch ?? null).toBeNull();
    }
    const unknown = await sg.query(
      SEARCH,
      { e: randomUUID(), p: 'zo' },
      testCaller(['CHAMPION'], { partnerId: host }),
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('each search that finds someone is one access-log entry naming those found, never the prefix typed', async () => {
    const champion = testCaller(['CHAMPION'], { partnerId: host, subject: randomUUID() });
    const tic = testCaller(['TEACHER'], { partnerId: visitors, subject: ids.visitingTeacher });
    const since = new Date(); // the teacher in charge searched in an earlier test too
    await search(champion, 'zoe');
    await search(tic, 'z');
    await search(champion, 'Zoe Ab'); // finds nobody: nothing to log
    const rows = await eventually(async () => {
      const found = (await sg.running.dataSource.query(
        `SELECT viewer_id, subject_ids::text[] AS subject_ids, data_kind, operation FROM access_log
         WHERE viewer_id = ANY($1::text[]) AND at >= $2 ORDER BY at`,
        [[champion.subject, tic.subject], since],
      )) as Array<{
        viewer_id: string;
        subject_ids: string[];
        data_kind: string;
        operation: string;
      }>;
      return found.length >= 2 ? found : null;
    });
    expect(rows).toEqual([
      {
        viewer_id: champion.subject,
        subject_ids: [ids.zoe],
        data_kind: 'REGISTRATIONS',
        operation: 'Query.eventRegistrantSearch',
      },
      {
        viewer_id: tic.subject,
        subject_ids: expect.arrayContaining([ids.zoe, ids.zach]),
        data_kind: 'REGISTRATIONS',
        operation: 'Query.eventRegistrantSearch',
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/zoe|Zoë/i);
  });

  it('the database matches the prefix on the name-key index', async () => {
    const plan = await sg.running.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL enable_seqscan = off`);
      const rows = (await m.query(
        `EXPLAIN SELECT id FROM person WHERE people_name_key(display_name) LIKE people_name_key($1) || '%'`,
        ['zoë'],
      )) as Array<{ 'QUERY PLAN': string }>;
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('person_name_key_idx');
    expect(plan).toMatch(/Index Cond: .*~>=~ 'zoe'/);
  });
});
