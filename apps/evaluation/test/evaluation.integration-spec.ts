import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { evaluationModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const CREATE = `mutation($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    survey { id event { id } phase instrument opensAt closesAt status createdAt }
    errors { field code message }
  }
}`;

interface UserErr {
  field: string | null;
  code: string;
  message: string;
}
interface SurveyOut {
  id: string;
  event: { id: string };
  phase: string;
  instrument: string;
  opensAt: string;
  closesAt: string;
  status: string;
}
type CreateRes = { createSurvey: { survey: SurveyOut | null; errors: UserErr[] } };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

function as(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return testCaller(roles, { subject: randomUUID(), ...overrides });
}

describe('evaluation subgraph', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);

  async function projection(id: string) {
    const [row] = (await sg.running.dataSource.query(
      `SELECT title, status, ends_at, occurred_at FROM event_projection WHERE id = $1`,
      [id],
    )) as Array<{ title: string; status: string; ends_at: Date; occurred_at: Date }>;
    return row;
  }

  async function surveyCount(): Promise<number> {
    const [{ n }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM survey`,
    )) as Array<{ n: number }>;
    return n;
  }

  function createSurvey(input: Record<string, unknown>, caller?: Caller) {
    return sg.query<CreateRes>(CREATE, { input }, caller);
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  it('refuses a request without the gateway internal token (401)', async () => {
    const res = await fetch(sg.running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ instruments { code } }' }),
    });
    expect(res.status).toBe(401);
  });

  describe('event projection (from EventScheduled on the events topic)', () => {
    it('creates the projection from a real Kafka message', async () => {
      const event = await upstream.eventScheduled({
        title: 'Choir Festival',
        kind: 'CHOIR',
        status: 'DRAFT',
      });
      expect(await projection(event.eventId)).toMatchObject({
        title: 'Choir Festival',
        status: 'DRAFT',
        ends_at: new Date(event.endsAt),
      });
    });

    it('keeps the newest state when an older event arrives after a newer one', async () => {
      const t0 = Date.now();
      const base = {
        eventId: randomUUID(),
        title: 'Draft title',
        kind: 'SPORT' as const,
        hostPartnerId: null,
        startsAt: iso(t0 + 10 * DAY),
        endsAt: iso(t0 + 10 * DAY + 2 * HOUR),
        status: 'DRAFT' as const,
      };
      const older = upstream.scheduledEnvelope(base, new Date(t0));
      const newer = upstream.scheduledEnvelope(
        { ...base, title: 'Published title', status: 'PUBLISHED' },
        new Date(t0 + 60_000),
      );

      await upstream.send('events', newer);
      await upstream.applied(newer.id);
      await upstream.send('events', older);
      await upstream.applied(older.id);
      expect(await projection(base.eventId)).toMatchObject({
        title: 'Published title',
        status: 'PUBLISHED',
        occurred_at: new Date(t0 + 60_000),
      });

      // and a genuinely newer state still applies
      await upstream.eventScheduled(
        { ...base, title: 'Published title', status: 'CANCELLED' },
        new Date(t0 + 120_000),
      );
      expect(await projection(base.eventId)).toMatchObject({
        status: 'CANCELLED',
        occurred_at: new Date(t0 + 120_000),
      });
    });

    it("keeps an event's places and partner quota, and an older message without them unknown", async () => {
      const places = async (id: string) =>
        (
          (await sg.running.dataSource.query(
            `SELECT capacity, partner_quota FROM event_projection WHERE id = $1`,
            [id],
          )) as Array<{ capacity: number | null; partner_quota: number | null }>
        )[0];
      const t0 = Date.now();
      // A message from before EventScheduled carried places (as v1 was first published).
      const legacy = await upstream.eventScheduled({ title: 'Older producer' }, new Date(t0));
      expect(legacy).not.toHaveProperty('capacity');
      expect(await places(legacy.eventId)).toEqual({ capacity: null, partner_quota: null });

      const base = { ...legacy, capacity: 60, partnerQuota: 15 };
      await upstream.eventScheduled(base, new Date(t0 + 1_000));
      expect(await places(base.eventId)).toEqual({ capacity: 60, partner_quota: 15 });
      // The newest wins: the quota removed...
      await upstream.eventScheduled({ ...base, partnerQuota: null }, new Date(t0 + 2_000));
      expect(await places(base.eventId)).toEqual({ capacity: 60, partner_quota: null });
      // ...and put back; a stale state changes nothing
      await upstream.eventScheduled(
        { ...base, capacity: 80, partnerQuota: 20 },
        new Date(t0 + 4_000),
      );
      await upstream.eventScheduled(
        { ...base, capacity: 10, partnerQuota: 2 },
        new Date(t0 + 3_000),
      );
      expect(await places(base.eventId)).toEqual({ capacity: 80, partner_quota: 20 });
      // A newer message without the fields (an older producer still running) says nothing of
      // places: what is known stays, while the rest of the state moves on.
      await upstream.eventScheduled({ ...legacy, title: 'Renamed' }, new Date(t0 + 5_000));
      expect(await places(base.eventId)).toEqual({ capacity: 80, partner_quota: 20 });
      expect((await projection(base.eventId)).title).toBe('Renamed');
    });

    it('applies a redelivered event (same envelope id) once', async () => {
      const t0 = Date.now();
      const payload = {
        eventId: randomUUID(),
        title: 'Bake Off',
        kind: 'BAKE_OFF' as const,
        hostPartnerId: null,
        startsAt: iso(t0 + DAY),
        endsAt: iso(t0 + DAY + HOUR),
        status: 'PUBLISHED' as const,
      };
      const envelope = upstream.scheduledEnvelope(payload, new Date(t0));
      await upstream.send('events', envelope);
      await upstream.applied(envelope.id);
      // Mark the row, so a second application of the same envelope would be visible.
      await sg.running.dataSource.query(
        `UPDATE event_projection SET title = 'marked' WHERE id = $1`,
        [payload.eventId],
      );

      await upstream.send('events', envelope);
      // Same key, same partition: once this later message is applied, the redelivery has been seen.
      // It is older, so it changes nothing itself.
      await upstream.eventScheduled({ ...payload, title: 'stale' }, new Date(t0 - 60_000));
      expect((await projection(payload.eventId)).title).toBe('marked');
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
        [envelope.id],
      );
      expect(n).toBe(1);
    });

    it('keeps partners by sector from PartnerJoined and PartnerLeft', async () => {
      const { id } = await upstream.partnerJoined({
        name: 'Kent College',
        kind: 'INDEPENDENT',
        sector: 'INDEPENDENT',
      });
      await upstream.partnerLeft(id, '2027-08-31');
      const [row] = await sg.running.dataSource.query(
        `SELECT name, sector, to_char(left_on, 'YYYY-MM-DD') AS left_on FROM partner_projection WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ name: 'Kent College', sector: 'INDEPENDENT', left_on: '2027-08-31' });
    });
  });

  describe('createSurvey', () => {
    it('creates PRE and POST DRAFT surveys around a known event', async () => {
      const event = await upstream.eventScheduled();
      const starts = Date.parse(event.startsAt);
      const ends = Date.parse(event.endsAt);
      const pre = await createSurvey({
        eventId: event.eventId,
        phase: 'PRE',
        instrument: 'SWEMWBS',
        opensAt: iso(starts - 7 * DAY),
        closesAt: iso(starts),
      });
      expect(pre.errors).toBeUndefined();
      expect(pre.data!.createSurvey).toMatchObject({
        errors: [],
        survey: {
          event: { id: event.eventId },
          phase: 'PRE',
          instrument: 'SWEMWBS',
          opensAt: iso(starts - 7 * DAY),
          closesAt: iso(starts),
          status: 'DRAFT',
        },
      });
      const post = await createSurvey({
        eventId: event.eventId,
        phase: 'POST',
        instrument: 'SWEMWBS',
        opensAt: event.endsAt,
        closesAt: iso(ends + 14 * DAY),
      });
      expect(post.data!.createSurvey.survey).toMatchObject({ phase: 'POST', status: 'DRAFT' });
    });

    it('refuses what the rules forbid, with typed errors, and writes nothing', async () => {
      const event = await upstream.eventScheduled();
      const cancelled = await upstream.eventScheduled({ status: 'CANCELLED' });
      const starts = Date.parse(event.startsAt);
      const ends = Date.parse(event.endsAt);
      const before = await surveyCount();
      const cases: Array<[Record<string, unknown>, UserErr[]]> = [
        [
          { eventId: randomUUID(), phase: 'POST', opensAt: iso(ends), closesAt: iso(ends + DAY) },
          [
            {
              field: 'eventId',
              code: 'UNKNOWN_EVENT',
              message: 'no event with this id is known to evaluation',
            },
          ],
        ],
        [
          {
            eventId: cancelled.eventId,
            phase: 'POST',
            opensAt: cancelled.endsAt,
            closesAt: iso(Date.parse(cancelled.endsAt) + DAY),
          },
          [{ field: 'eventId', code: 'EVENT_CANCELLED', message: 'this event is cancelled' }],
        ],
        [
          {
            eventId: event.eventId,
            phase: 'POST',
            opensAt: iso(ends - 60_000),
            closesAt: iso(ends + DAY),
          },
          [
            {
              field: 'opensAt',
              code: 'TOO_EARLY',
              message: 'a POST survey cannot open before the event ends',
            },
          ],
        ],
        [
          {
            eventId: event.eventId,
            phase: 'PRE',
            opensAt: iso(starts + HOUR),
            closesAt: iso(ends + DAY),
          },
          [
            {
              field: 'opensAt',
              code: 'TOO_LATE',
              message: 'a PRE survey must open before the event starts',
            },
          ],
        ],
        [
          {
            eventId: event.eventId,
            phase: 'POST',
            opensAt: iso(ends + DAY),
            closesAt: iso(ends + DAY),
          },
          [{ field: 'closesAt', code: 'INVALID', message: 'must be after opensAt' }],
        ],
      ];
      for (const [input, errors] of cases) {
        const res = await createSurvey({ instrument: 'BRIEF_RESILIENCE', ...input });
        expect(res.data!.createSurvey).toEqual({ survey: null, errors });
      }
      expect(await surveyCount()).toBe(before);
    });

    it('allows one survey per event, phase and instrument, even when created concurrently', async () => {
      const event = await upstream.eventScheduled();
      const ends = Date.parse(event.endsAt);
      const input = {
        eventId: event.eventId,
        phase: 'POST',
        instrument: 'STIRLING',
        opensAt: event.endsAt,
        closesAt: iso(ends + 7 * DAY),
      };
      const results = await Promise.all(Array.from({ length: 6 }, () => createSurvey(input)));
      expect(results.filter((r) => r.data!.createSurvey.survey !== null)).toHaveLength(1);
      const duplicates = results.filter(
        (r) => r.data!.createSurvey.errors[0]?.code === 'DUPLICATE_SURVEY',
      );
      expect(duplicates).toHaveLength(5);
      expect(duplicates[0].data!.createSurvey.errors[0]).toEqual({
        field: 'phase',
        code: 'DUPLICATE_SURVEY',
        message: 'this event already has a POST survey on STIRLING',
      });
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM survey WHERE event_id = $1`,
        [event.eventId],
      );
      expect(n).toBe(1);
    });

    it('judges timing against the newest state of the event (rescheduled later)', async () => {
      const event = await upstream.eventScheduled({}, new Date());
      const later = Date.parse(event.endsAt) + 3 * DAY;
      await upstream.eventScheduled(
        { ...event, startsAt: iso(later - 2 * HOUR), endsAt: iso(later) },
        new Date(Date.now() + 1000),
      );
      const res = await createSurvey({
        eventId: event.eventId,
        phase: 'POST',
        instrument: 'SWEMWBS',
        opensAt: event.endsAt,
        closesAt: iso(later + DAY),
      });
      expect(res.data!.createSurvey.errors.map((e) => e.code)).toEqual(['TOO_EARLY']);
    });

    it('lets heads and champions create surveys, and forbids students, teachers and associates', async () => {
      const event = await upstream.eventScheduled();
      const ends = Date.parse(event.endsAt);
      const head = await createSurvey(
        {
          eventId: event.eventId,
          phase: 'POST',
          instrument: 'WEMWBS',
          opensAt: event.endsAt,
          closesAt: iso(ends + DAY),
        },
        as(['HEAD']),
      );
      expect(head.data!.createSurvey.errors).toEqual([]);
      const champion = await createSurvey(
        {
          eventId: event.eventId,
          phase: 'PRE',
          instrument: 'WEMWBS',
          opensAt: iso(ends - 5 * DAY),
          closesAt: iso(ends - 4 * DAY),
        },
        as(['CHAMPION']),
      );
      expect(champion.data!.createSurvey.errors).toEqual([]);

      const other = await upstream.eventScheduled();
      const before = await surveyCount();
      for (const caller of [
        as(['STUDENT']),
        as(['TEACHER']),
        as(['ASSOCIATE'], { kind: 'api-key' }),
        as(['AMBASSADOR']),
      ]) {
        const res = await createSurvey(
          {
            eventId: other.eventId,
            phase: 'POST',
            instrument: 'CUSTOM',
            opensAt: other.endsAt,
            closesAt: iso(Date.parse(other.endsAt) + DAY),
          },
          caller,
        );
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      expect(await surveyCount()).toBe(before);
    });
  });

  describe('queries', () => {
    let eventIds: string[];
    let surveyIds: string[];

    beforeAll(async () => {
      eventIds = [];
      surveyIds = [];
      for (let i = 0; i < 4; i += 1) {
        const event = await upstream.eventScheduled({ title: `Batch event ${i}` });
        eventIds.push(event.eventId);
        const starts = Date.parse(event.startsAt);
        for (const [phase, opensAt, closesAt] of [
          ['POST', event.endsAt, iso(Date.parse(event.endsAt) + 7 * DAY)],
          ['PRE', iso(starts - 7 * DAY), event.startsAt],
        ] as const) {
          const res = await createSurvey({
            eventId: event.eventId,
            phase,
            instrument: 'SWEMWBS',
            opensAt,
            closesAt,
          });
          surveyIds.push(res.data!.createSurvey.survey!.id);
        }
      }
      // The PRE survey of the first event has opened: respondents may now see it.
      await sg.running.dataSource.query(`UPDATE survey SET status = 'OPEN' WHERE id = $1`, [
        surveyIds[1],
      ]);
    });

    it('lists an event’s surveys, PRE first; drafts only for those who manage surveys', async () => {
      const Q = `query($id: ID!, $sid: ID!) { surveys(eventId: $id) { id phase status } survey(id: $sid) { id } }`;
      const coordinator = await sg.query<{
        surveys: Array<{ phase: string; status: string }>;
        survey: { id: string } | null;
      }>(Q, { id: eventIds[0], sid: surveyIds[0] });
      expect(coordinator.data!.surveys.map((s) => [s.phase, s.status])).toEqual([
        ['PRE', 'OPEN'],
        ['POST', 'DRAFT'],
      ]);
      expect(coordinator.data!.survey).toEqual({ id: surveyIds[0] });

      const student = await sg.query<{ surveys: Array<{ phase: string }>; survey: null }>(
        Q,
        { id: eventIds[0], sid: surveyIds[0] },
        as(['STUDENT']),
      );
      expect(student.data).toEqual({
        surveys: [{ id: surveyIds[1], phase: 'PRE', status: 'OPEN' }],
        survey: null,
      });

      const nonsense = await sg.query<{ surveys: unknown[] }>(
        `{ surveys(eventId: "not-an-id") { id } }`,
      );
      expect(nonsense.data!.surveys).toEqual([]);
    });

    it('serves the instrument registry to anyone signed in', async () => {
      const res = await sg.query<{ instruments: Array<Record<string, unknown>> }>(
        `{ instruments { code name itemCount minAge maxAge licenceNotice } }`,
        undefined,
        as(['STUDENT']),
      );
      expect(res.data!.instruments.map((i) => i.code)).toEqual([
        'SWEMWBS',
        'WEMWBS',
        'STIRLING',
        'BRIEF_RESILIENCE',
        'CUSTOM',
      ]);
      expect(res.data!.instruments[0]).toMatchObject({ itemCount: 7, minAge: 15, maxAge: 21 });
      expect(res.data!.instruments[0].licenceNotice).toContain(
        '© NHS Health Scotland, University of Warwick and University of Edinburgh, 2008',
      );
      expect(res.data!.instruments[4]).toMatchObject({
        code: 'CUSTOM',
        itemCount: 3,
        licenceNotice: null,
      });
    });

    it('resolves Event.surveys for many events in one query', async () => {
      const representations = [...eventIds, randomUUID(), 'not-a-uuid'].map((id) => ({
        __typename: 'Event',
        id,
      }));
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        _entities: Array<{ id: string; surveys: Array<{ phase: string }> }>;
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id surveys { id phase instrument event { id } } } } }`,
        { r: representations },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((e) => e.surveys.map((s) => s.phase))).toEqual([
        ['PRE', 'POST'],
        ['PRE', 'POST'],
        ['PRE', 'POST'],
        ['PRE', 'POST'],
        [],
        [],
      ]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });

    it('resolves many Survey references in one query', async () => {
      const representations = [...surveyIds, randomUUID()].map((id) => ({
        __typename: 'Survey',
        id,
      }));
      sg.running.sqlLog.reset();
      const res = await sg.query<{ _entities: Array<{ id: string } | null> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Survey { id phase opensAt } } }`,
        { r: representations },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((s) => s?.id ?? null)).toEqual([...surveyIds, null]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });
  });
});
