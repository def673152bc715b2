import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { useCaseDeps } from '@ekst/subgraph-kit';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { eventsModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

/*
 * What the lifecycle specs (registration-, event- and programme-lifecycle) share: one events
 * subgraph per spec file on its own database and topics, a host partner, and the mutations they
 * drive it with.
 */

export interface UserErr {
  field: string | null;
  code: string;
}
export interface Reg {
  id: string;
  status: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  checkInCode: string | null;
  person: { id: string };
}
export const REG = `id status waitlistPosition offerExpiresAt checkInCode person { id }`;

export function inDays(days: number, hour = 9): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}
export function as(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return testCaller(roles, { subject: randomUUID(), ...overrides });
}

/**
 * Starts the subgraph before the calling describe's tests (and stops it after); `current()` is
 * valid from the first test on.
 */
export function lifecycleFixture() {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  let host: string;

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    host = await upstream.partnerJoined({ name: 'Canterbury Academy' });
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  /** The use cases' deps for `caller`, at `now`, on `ds` (the subgraph's own pool by default). */
  const at = (caller: Caller, now: Date, ds: DataSource = sg.running.dataSource) =>
    useCaseDeps(caller, ds, { ...sg.running.messaging.txBinding, clock: { now: () => now } });

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    sg.running.dataSource.query(text, params) as Promise<T[]>;

  async function outboxTypes(eventId: string): Promise<string[]> {
    const rows = await sql<{ event_type: string }>(
      `SELECT event_type FROM outbox WHERE message_key = $1 ORDER BY id`,
      [eventId],
    );
    return rows.map((r) => r.event_type);
  }

  async function event(input: Record<string, unknown> = {}, publish = true): Promise<string> {
    const res = await sg.query<{ createEvent: { event: { id: string }; errors: UserErr[] } }>(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { field code } } }`,
      {
        input: {
          title: 'Year 10 Outdoor Learning Day',
          kind: 'OUTDOOR_LEARNING',
          audience: 'STUDENTS',
          yearGroups: [10],
          hostPartnerId: host,
          startsAt: inDays(30, 9),
          endsAt: inDays(30, 15),
          aims: ['RESILIENCE'],
          capacity: 2,
          ...input,
        },
      },
    );
    expect(res.data!.createEvent.errors).toEqual([]);
    const id = res.data!.createEvent.event.id;
    if (publish)
      await sg.query(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, { id });
    return id;
  }

  async function register(eventId: string, personId: string, caller?: Caller) {
    const res = await sg.query<{
      registerForEvent: { registration: Reg | null; errors: UserErr[] };
    }>(
      `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { ${REG} } errors { field code } } }`,
      { e: eventId, p: personId },
      caller,
    );
    return res.data!.registerForEvent;
  }

  async function change(name: 'cancelRegistration' | 'confirmPlace', id: string, caller?: Caller) {
    return sg.query<
      Record<string, { registration: Reg | null; offered: Reg[]; errors: UserErr[] }>
    >(
      `mutation($id: ID!) { ${name}(registrationId: $id) { registration { ${REG} } offered { ${REG} } errors { field code } } }`,
      { id },
      caller,
    );
  }

  return {
    current: () => ({ sg, host }),
    upstream,
    at,
    sql,
    outboxTypes,
    event,
    register,
    change,
  };
}
