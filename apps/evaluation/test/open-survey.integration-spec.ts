import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { evaluationModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const CREATE = `mutation($input: CreateSurveyInput!) {
  createSurvey(input: $input) { survey { id } errors { code } }
}`;
const OPEN = `mutation($id: ID!) {
  openSurvey(id: $id) { survey { id phase status opensAt closesAt } errors { field code message } }
}`;
const SUBMIT = `mutation($input: SubmitSurveyResponseInput!) {
  submitSurveyResponse(input: $input) { accepted errors { code } }
}`;

interface UserErr {
  field: string | null;
  code: string;
  message: string;
}
type OpenRes = {
  openSurvey: {
    survey: { id: string; phase: string; status: string; opensAt: string; closesAt: string } | null;
    errors: UserErr[];
  };
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

function as(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return testCaller(roles, { subject: randomUUID(), ...overrides });
}

describe('evaluation: openSurvey', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  async function draft(
    eventId: string,
    phase: 'PRE' | 'POST',
    opensAt: number,
    closesAt: number,
  ): Promise<string> {
    const res = await sg.query<{
      createSurvey: { survey: { id: string } | null; errors: Array<{ code: string }> };
    }>(CREATE, {
      input: {
        eventId,
        phase,
        instrument: 'SWEMWBS',
        opensAt: iso(opensAt),
        closesAt: iso(closesAt),
      },
    });
    expect(res.data!.createSurvey.errors).toEqual([]);
    return res.data!.createSurvey.survey!.id;
  }

  function open(id: string, caller?: Caller) {
    return sg.query<OpenRes>(OPEN, { id }, caller);
  }

  async function statusOf(id: string): Promise<{ status: string; opens_at: Date }> {
    const [row] = (await sg.running.dataSource.query(
      `SELECT status, opens_at FROM survey WHERE id = $1`,
      [id],
    )) as Array<{ status: string; opens_at: Date }>;
    return row;
  }

  it('opens a PRE draft before the event, moving opensAt to now; a registered student is invited and answers it', async () => {
    const event = await upstream.eventScheduled({ yearGroups: [11] });
    const starts = Date.parse(event.startsAt);
    const id = await draft(event.eventId, 'PRE', starts - DAY, starts);
    const student = as(['STUDENT']);
    await upstream.personRegistered({
      personId: student.subject,
      partnerId: randomUUID(),
      roles: ['STUDENT'],
      yearGroup: 11,
    });
    await upstream.registered(event.eventId, [student.subject]);
    // A draft takes no answers: nobody is invited to it before it opens.
    const early = await sg.query<{ submitSurveyResponse: { errors: Array<{ code: string }> } }>(
      SUBMIT,
      { input: { surveyId: id, answers: [3, 3, 3, 3, 3, 3, 3] } },
      student,
    );
    expect(early.data!.submitSurveyResponse.errors.map((e) => e.code)).toEqual(['NOT_INVITED']);

    const before = Date.now();
    const res = await open(id, as(['CHAMPION']));
    expect(res.errors).toBeUndefined();
    expect(res.data!.openSurvey).toMatchObject({
      errors: [],
      survey: { id, phase: 'PRE', status: 'OPEN', closesAt: iso(starts) },
    });
    const opensAt = Date.parse(res.data!.openSurvey.survey!.opensAt);
    expect(opensAt).toBeGreaterThanOrEqual(before - 1000);
    expect(opensAt).toBeLessThanOrEqual(Date.now());

    const answered = await sg.query<{ submitSurveyResponse: { accepted: boolean } }>(
      SUBMIT,
      { input: { surveyId: id, answers: [3, 3, 3, 3, 3, 3, 3] } },
      student,
    );
    expect(answered.data!.submitSurveyResponse.accepted).toBe(true);
  });

  it('keeps an opensAt that is already past, and opens a POST draft once the event has ended', async () => {
    const ends = Date.now() - HOUR;
    const event = await upstream.eventScheduled({
      startsAt: iso(ends - 2 * HOUR),
      endsAt: iso(ends),
    });
    const id = await draft(event.eventId, 'POST', ends, ends + 7 * DAY);
    const res = await open(id, as(['HEAD']));
    expect(res.data!.openSurvey).toMatchObject({
      errors: [],
      survey: { status: 'OPEN', opensAt: iso(ends) },
    });
  });

  it('refuses what the rules forbid with typed errors, and changes nothing', async () => {
    const event = await upstream.eventScheduled();
    const starts = Date.parse(event.startsAt);
    const ends = Date.parse(event.endsAt);
    const postTooEarly = await draft(event.eventId, 'POST', ends, ends + DAY);

    // A PRE draft of an event that has since been moved to have started already.
    const moved = await upstream.eventScheduled({}, new Date(Date.now() - 60_000));
    const preTooLate = await draft(
      moved.eventId,
      'PRE',
      Date.parse(moved.startsAt) - DAY,
      Date.parse(moved.startsAt),
    );
    await upstream.eventScheduled(
      { ...moved, startsAt: iso(Date.now() - HOUR), endsAt: iso(Date.now() + HOUR) },
      new Date(),
    );

    // A PRE draft of an event that has since been cancelled.
    const cancelled = await upstream.eventScheduled({}, new Date(Date.now() - 60_000));
    const preCancelled = await draft(
      cancelled.eventId,
      'PRE',
      Date.parse(cancelled.startsAt) - DAY,
      Date.parse(cancelled.startsAt),
    );
    await upstream.eventScheduled({ ...cancelled, status: 'CANCELLED' }, new Date());

    // A POST draft whose window closed before anyone opened it.
    const past = Date.now() - 10 * DAY;
    const old = await upstream.eventScheduled({
      startsAt: iso(past - 2 * HOUR),
      endsAt: iso(past),
    });
    const windowEnded = await draft(old.eventId, 'POST', past, past + DAY);

    const opened = await draft(
      (await upstream.eventScheduled()).eventId,
      'PRE',
      starts - DAY,
      starts,
    );
    expect((await open(opened)).data!.openSurvey.errors).toEqual([]);

    const cases: Array<[string, UserErr]> = [
      [randomUUID(), { field: 'id', code: 'NOT_FOUND', message: 'no survey with this id' }],
      ['survey-1', { field: 'id', code: 'NOT_FOUND', message: 'no survey with this id' }],
      [opened, { field: 'id', code: 'NOT_DRAFT', message: 'only a DRAFT survey can be opened' }],
      [
        postTooEarly,
        {
          field: 'id',
          code: 'TOO_EARLY',
          message: 'a POST survey cannot open before the event ends',
        },
      ],
      [
        preTooLate,
        {
          field: 'id',
          code: 'TOO_LATE',
          message: 'a PRE survey must open before the event starts',
        },
      ],
      [preCancelled, { field: 'id', code: 'EVENT_CANCELLED', message: 'this event is cancelled' }],
      [
        windowEnded,
        { field: 'id', code: 'WINDOW_ENDED', message: 'this survey closed before it was opened' },
      ],
    ];
    const statuses = await Promise.all(
      [postTooEarly, preTooLate, preCancelled, windowEnded].map(statusOf),
    );
    for (const [id, error] of cases) {
      const res = await open(id);
      expect(res.data!.openSurvey).toEqual({ survey: null, errors: [error] });
    }
    expect(
      await Promise.all([postTooEarly, preTooLate, preCancelled, windowEnded].map(statusOf)),
    ).toEqual(statuses);
    expect(statuses.map((s) => s.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT', 'DRAFT']);
  });

  it('opens a draft once when asked concurrently', async () => {
    const event = await upstream.eventScheduled();
    const starts = Date.parse(event.startsAt);
    const id = await draft(event.eventId, 'PRE', starts - DAY, starts);
    const results = await Promise.all(Array.from({ length: 5 }, () => open(id)));
    const codes = results.map((r) => r.data!.openSurvey.errors[0]?.code ?? 'OPENED').sort();
    expect(codes).toEqual(['NOT_DRAFT', 'NOT_DRAFT', 'NOT_DRAFT', 'NOT_DRAFT', 'OPENED']);
    expect((await statusOf(id)).status).toBe('OPEN');
  });

  it('lets the coordinator, heads and champions open surveys, and forbids everyone else', async () => {
    const event = await upstream.eventScheduled();
    const starts = Date.parse(event.startsAt);
    const id = await draft(event.eventId, 'PRE', starts - DAY, starts);
    for (const caller of [
      as(['STUDENT']),
      as(['TEACHER']),
      as(['AMBASSADOR']),
      as(['FINANCE']),
      as(['ASSOCIATE'], { kind: 'api-key' }),
    ]) {
      const res = await open(id, caller);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    expect((await statusOf(id)).status).toBe('DRAFT');
    expect((await open(id, as(['COORDINATOR']))).data!.openSurvey.errors).toEqual([]);
    expect((await statusOf(id)).status).toBe('OPEN');
  });
});
