import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { createEnvelope, EventEvents } from '@ekst/contracts';
import type { Envelope, EventDefinition } from '@ekst/contracts';
import { applyRetention } from '@ekst/subgraph-kit';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import type { z } from 'zod';
import { EVENT_CONTACT_DAYS_AFTER_END } from '../src/domain/person-visibility';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * The events topic feeds people's event-contact projection (real Kafka, real Postgres): the
 * host's staff see a visiting registrant through `_entities` in one SQL statement, the visitor sees
 * the teacher in charge, a cancellation, erasure and the end of the window each take it away.
 */

const REGISTER = `mutation($input: RegisterPersonInput!) {
  registerPerson(input: $input) { person { id } errors { field code message } }
}`;
const LOOK_UP = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Person { id displayName yearGroup email } } }`;

type Looked = { id: string; displayName: string; yearGroup: number | null; email: string | null };

describe('event contacts from the events topic', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const host = randomUUID();
  const visitors = randomUUID();
  const eventId = randomUUID();
  const endsAt = new Date(Date.now() + 3 * 86_400_000);
  const ids = {} as Record<'teacher' | 'visitor' | 'classmate' | 'hostStudent', string>;
  const coordinator = testCaller(['COORDINATOR']);

  function fromEvents<T extends z.ZodType>(definition: EventDefinition<T>, payload: z.infer<T>) {
    return createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId: eventId,
      producer: 'events',
      payload,
    });
  }
  const registration = (personId: string, status: 'REGISTERED' | 'CANCELLED', id = randomUUID()) =>
    fromEvents(EventEvents.registrationChanged, { registrationId: id, eventId, personId, status });

  async function registerOk(input: Record<string, unknown>): Promise<string> {
    const res = await sg.query<{ registerPerson: { person: { id: string } | null } }>(
      REGISTER,
      { input },
      coordinator,
    );
    return res.data!.registerPerson.person!.id;
  }
  async function lookUp(caller: Caller, personIds: string[]): Promise<Array<Looked | null>> {
    const res = await sg.query<{ _entities: Array<Looked | null> }>(
      LOOK_UP,
      { r: personIds.map((id) => ({ __typename: 'Person', id })) },
      caller,
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities;
  }
  async function count(table: string, personId: string): Promise<number> {
    const [row] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE person_id = $1`,
      [personId],
    )) as Array<{ n: number }>;
    return row.n;
  }
  const as = (roles: Role[], subject: string, partnerId: string) =>
    testCaller(roles, { subject, partnerId });

  const visitorRegistration = randomUUID();

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    for (const [id, name] of [
      [host, 'Hersden Academy'],
      [visitors, 'Whitstable Grammar'],
    ]) {
      await probe.deliver(probe.partnerJoined({ id, name, kind: 'STATE', sector: 'STATE' }));
    }
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT 1 FROM partner_projection WHERE id IN ($1, $2)`,
        [host, visitors],
      )) as unknown[];
      return rows.length === 2;
    });
    ids.teacher = await registerOk({
      partnerId: host,
      displayName: 'Theo Thanington',
      roles: ['TEACHER'],
      email: 'theo@hersden.example',
    });
    ids.hostStudent = await registerOk({
      partnerId: host,
      displayName: 'Holly Hoath',
      roles: ['STUDENT'],
      yearGroup: 8,
    });
    ids.visitor = await registerOk({
      partnerId: visitors,
      displayName: 'Vera Vinters',
      roles: ['STUDENT'],
      yearGroup: 9,
    });
    ids.classmate = await registerOk({
      partnerId: visitors,
      displayName: 'Cal Chestfield',
      roles: ['STUDENT'],
      yearGroup: 9,
    });
    const start = new Date(endsAt.getTime() - 3_600_000);
    const scheduled = fromEvents(EventEvents.scheduled, {
      eventId,
      title: 'Rockpool Science',
      kind: 'OUTDOOR_LEARNING',
      hostPartnerId: host,
      startsAt: start.toISOString(),
      endsAt: endsAt.toISOString(),
      status: 'PUBLISHED',
    });
    const visitorRegistered = registration(ids.visitor, 'REGISTERED', visitorRegistration);
    const events: Envelope[] = [
      scheduled,
      visitorRegistered,
      // A redelivery changes nothing (the inbox has its id). Sent before the last event: one
      // partition is handled in order, so once the role is there the redelivery is done too and
      // cannot add an inbox statement to the count of the first test.
      visitorRegistered,
      registration(ids.hostStudent, 'REGISTERED'),
      fromEvents(EventEvents.roleAssigned, {
        eventId,
        personId: ids.teacher,
        role: 'TEACHER_IN_CHARGE',
      }),
    ];
    for (const e of events) await probe.deliver(e);
    await eventually(async () => (await count('event_role_projection', ids.teacher)) === 1);
  }, 60000);

  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  it("the host's teacher sees a visiting registrant's name and year group, not the classmate who is not registered, in one SQL statement", async () => {
    const teacher = as(['TEACHER'], ids.teacher, host);
    sg.running.sqlLog.reset();
    const [visitor, classmate] = await lookUp(teacher, [ids.visitor, ids.classmate]);
    expect(sg.running.sqlLog.queries).toBe(1);
    expect(visitor).toEqual({
      id: ids.visitor,
      displayName: 'Vera Vinters',
      yearGroup: 9,
      email: null,
    });
    expect(classmate).toBeNull();
    expect(await count('event_registration_projection', ids.visitor)).toBe(1);
  });

  it('the visitor sees the teacher in charge (no email), not the host school’s registered student', async () => {
    const visitor = as(['STUDENT'], ids.visitor, visitors);
    const [teacher, hostStudent] = await lookUp(visitor, [ids.teacher, ids.hostStudent]);
    expect(teacher).toMatchObject({ displayName: 'Theo Thanington', email: null });
    expect(hostStudent).toBeNull();
  });

  it('a champion of the visiting school sees nothing new of the host school', async () => {
    const champion = as(['CHAMPION'], randomUUID(), visitors);
    expect(await lookUp(champion, [ids.teacher, ids.hostStudent])).toEqual([null, null]);
  });

  it('the window closes the set number of days after the end, and retention removes the rows', async () => {
    const db = sg.running.dataSource;
    const justAfter = new Date(endsAt.getTime() + (EVENT_CONTACT_DAYS_AFTER_END + 1) * 86_400_000);
    const affected = await applyRetention(db, peopleModule.dataPolicies, justAfter);
    expect(affected).toMatchObject({ event_registration_projection: 2, event_role_projection: 1 });
    expect(await lookUp(as(['TEACHER'], ids.teacher, host), [ids.visitor])).toEqual([null]);
    // Put them back for the next cases, as events would announce them.
    await probe.deliver(registration(ids.visitor, 'REGISTERED', visitorRegistration));
    await eventually(async () => (await count('event_registration_projection', ids.visitor)) === 1);
  });

  it('a cancelled registration hides the visitor again', async () => {
    await probe.deliver(registration(ids.visitor, 'CANCELLED', visitorRegistration));
    const teacher = as(['TEACHER'], ids.teacher, host);
    await eventually(async () => (await lookUp(teacher, [ids.visitor]))[0] === null);
  });

  it('erasure removes the person from the projection, and a late change does not bring them back', async () => {
    const erased = await sg.query<{ erasePerson: { errors: unknown[] } }>(
      `mutation($p: ID!) { erasePerson(id: $p) { errors { code } } }`,
      { p: ids.visitor },
      coordinator,
    );
    expect(erased.data?.erasePerson.errors).toEqual([]);
    expect(await count('event_registration_projection', ids.visitor)).toBe(0);
    const late = registration(ids.visitor, 'REGISTERED');
    await probe.deliver(late);
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [
        late.id,
      ])) as unknown[];
      return rows.length === 1;
    });
    expect(await count('event_registration_projection', ids.visitor)).toBe(0);
  });
});
