import { randomUUID } from 'node:crypto';
import { EventEvents, PeopleEvents } from '@ekst/contracts';
import type { Caller, Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { swemwbsMetric } from '../src/domain/scoring/swemwbs';
import { academicYearOf, confidenceInterval95 } from '../src/domain/statistics';
import { evaluationModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const AIM = 'RAISING_ASPIRATIONS';

interface UserErr {
  field: string | null;
  code: string;
}
interface Cell {
  groupKey: string | null;
  instrument: string;
  doseBand: string;
  n: number | null;
  meanChange: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
  tooFewToConclude: boolean;
}
const CELL = `groupKey groupLabel academicYear instrument licenceNotice doseBand n meanChange sd ciLow ciHigh suppressed tooFewToConclude`;
const SUBMIT = `mutation($input: SubmitSurveyResponseInput!) {
  submitSurveyResponse(input: $input) { accepted errors { field code message } }
}`;
type SubmitRes = { submitSurveyResponse: { accepted: boolean; errors: UserErr[] } };

function person(id: string, partnerId: string | null = null, roles: Role[] = ['STUDENT']): Caller {
  return testCaller(roles, { subject: id, partnerId });
}

/**
 * The evaluation loop on real Postgres and Kafka: people, events and attendance arrive as real
 * envelopes; EventCompleted opens the POST survey; students answer; reports aggregate in SQL.
 */
describe('evaluation: responses, dose and impact reports', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);

  const partnerA = randomUUID();
  const partnerB = randomUUID();
  const year = academicYearOf(new Date());
  // 30 year-11 students of partner A: 12 attend only this event, 8 attend 2–3, 10 attend 4+;
  // 4 year-12 students of partner B (a cell that must be suppressed); one year-8 attendee.
  const students = Array.from({ length: 30 }, (_, i) => ({
    id: randomUUID(),
    dose: i < 12 ? 1 : i < 20 ? 2 + (i % 2) : 4 + (i % 3),
    partnerId: partnerA,
  }));
  const fewB = Array.from({ length: 4 }, () => ({
    id: randomUUID(),
    dose: 1,
    partnerId: partnerB,
  }));
  const year8 = randomUUID();
  const everyone = [...students, ...fewB];
  let eventId: string;
  let preId: string;
  let postId: string;

  const preAnswers = [3, 3, 3, 3, 3, 3, 3]; // raw 21
  /** POST answers by dose: more change for students at more events. */
  const postAnswers = (i: number, dose: number) =>
    dose === 1 ? [4, 3, 3, 3, 3, 3, 3] : i % 2 ? [4, 4, 4, 3, 3, 3, 3] : [4, 4, 3, 3, 3, 3, 3];
  const change = (answers: number[]) =>
    swemwbsMetric(answers.reduce((a, b) => a + b, 0)) - swemwbsMetric(21);

  const submit = (caller: Caller, input: Record<string, unknown>) =>
    sg.query<SubmitRes>(SUBMIT, { input }, caller);
  const count = async (table: string) =>
    (
      (await sg.running.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{
        n: number;
      }>
    )[0].n;

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    await upstream.partnerJoined({ id: partnerA, name: 'Dover Grammar', sector: 'STATE' });
    await upstream.partnerJoined({
      id: partnerB,
      name: 'Kent College',
      sector: 'INDEPENDENT',
      kind: 'INDEPENDENT',
    });
    await upstream.publishAll('people', PeopleEvents.registered, [
      ...students.map((s) => ({
        aggregateId: s.id,
        payload: { personId: s.id, partnerId: partnerA, roles: ['STUDENT'], yearGroup: 11 },
      })),
      ...fewB.map((s) => ({
        aggregateId: s.id,
        payload: { personId: s.id, partnerId: partnerB, roles: ['STUDENT'], yearGroup: 12 },
      })),
      {
        aggregateId: year8,
        payload: { personId: year8, partnerId: partnerA, roles: ['STUDENT'], yearGroup: 8 },
      },
    ]);
    // The event starts soon: the baseline is taken before it (answers after the start are refused).
    const startsAt = Date.now() + 20 * 60_000;
    const event = await upstream.eventScheduled({
      title: 'University Taster Day',
      kind: 'OTHER',
      startsAt: iso(startsAt),
      endsAt: iso(startsAt + 6 * 3_600_000),
      audience: 'STUDENTS',
      yearGroups: [11, 12],
      aims: [AIM, 'WIDENING_HORIZONS'],
    });
    eventId = event.eventId;
    const pre = await sg.query<{ createSurvey: { survey: { id: string } } }>(
      `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code } } }`,
      {
        input: {
          eventId,
          phase: 'PRE',
          instrument: 'SWEMWBS',
          opensAt: iso(startsAt - 7 * DAY),
          closesAt: iso(startsAt),
        },
      },
    );
    preId = pre.data!.createSurvey.survey.id;
    // Everyone (and the year 8 student) holds a place; opening the PRE survey invites them, each
    // to the survey of their age band (the year 8 student to a Stirling one).
    await upstream.registered(eventId, [...everyone.map((s) => s.id), year8]);
    const opened = await sg.query<{ openSurvey: { errors: UserErr[] } }>(
      `mutation($id: ID!) { openSurvey(id: $id) { errors { field code } } }`,
      { id: preId },
    );
    expect(opened.data!.openSurvey.errors).toEqual([]);
    for (const s of everyone) {
      const res = await submit(person(s.id), { surveyId: preId, answers: preAnswers });
      expect(res.data!.submitSurveyResponse).toEqual({ accepted: true, errors: [] });
    }
  }, 120_000);
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  it('opens the POST surveys when the event completes and invites each attendee on their PRE instrument', async () => {
    const completed = {
      eventId,
      completedAt: new Date().toISOString(),
      attendeeIds: [...everyone.map((s) => s.id), year8],
    };
    const envelope = await upstream.eventCompleted(completed);
    const posts = (await sg.running.dataSource.query(
      `SELECT id, instrument, status FROM survey WHERE event_id = $1 AND phase = 'POST' ORDER BY instrument`,
      [eventId],
    )) as Array<{ id: string; instrument: string; status: string }>;
    // the PRE surveys' instruments, so each pair is comparable
    expect(posts).toMatchObject([
      { instrument: 'STIRLING', status: 'OPEN' },
      { instrument: 'SWEMWBS', status: 'OPEN' },
    ]);
    const [stirling, post] = posts;
    postId = post.id;
    const invited = (await sg.running.dataSource.query(
      `SELECT person_id, token FROM survey_invitation WHERE survey_id = $1`,
      [postId],
    )) as Array<{ person_id: string; token: string }>;
    // the year 8 attendee is too young for SWEMWBS (validated from 15): Stirling for them
    expect(invited.map((i) => i.person_id).sort()).toEqual(everyone.map((s) => s.id).sort());
    expect(
      await sg.running.dataSource.query(
        `SELECT person_id FROM survey_invitation WHERE survey_id = $1`,
        [stirling.id],
      ),
    ).toEqual([{ person_id: year8 }]);
    expect(new Set(invited.map((i) => i.token)).size).toBe(invited.length);
    expect(invited.every((i) => /^[A-Za-z0-9_-]{32}$/.test(i.token))).toBe(true);

    // a redelivery (same envelope) changes nothing
    await upstream.send('events', envelope);
    await upstream.eventCompleted({ ...completed, completedAt: new Date().toISOString() });
    expect(
      (
        await sg.running.dataSource.query(
          `SELECT count(*)::int AS n FROM survey_invitation WHERE survey_id = $1`,
          [postId],
        )
      )[0].n,
    ).toBe(everyone.length);
  });

  it('shows a student their own survey, with its statements, scale, licence notice and reflection question', async () => {
    const res = await sg.query<{
      mySurveys: Array<{
        token: string;
        respondedAt: string | null;
        survey: Record<string, unknown>;
      }>;
    }>(
      `{ mySurveys { token respondedAt survey { id phase instrument itemCount licenceNotice reflectionQuestion items { position text scale { value label } } } } }`,
      undefined,
      person(students[0].id),
    );
    expect(res.data!.mySurveys.map((m) => [m.survey.phase, m.respondedAt !== null])).toEqual([
      ['POST', false],
      ['PRE', true],
    ]);
    expect(res.data!.mySurveys[0].survey).toMatchObject({
      id: postId,
      itemCount: 7,
      reflectionQuestion: 'What will you do that is new or different as a result of this event?',
    });
    expect(res.data!.mySurveys[0].survey.licenceNotice).toContain('(SWEMWBS) ©');
    // SWEMWBS: its seven statements in order, each on the five points "None of the time" … "All
    // of the time", the values submitSurveyResponse takes.
    const items = res.data!.mySurveys[0].survey.items as Array<{
      position: number;
      text: string;
      scale: Array<{ value: number; label: string }>;
    }>;
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(items[0].text).toBe('I’ve been feeling optimistic about the future');
    expect(items[6].text).toBe('I’ve been able to make up my own mind about things');
    for (const i of items)
      expect(i.scale).toEqual([
        { value: 1, label: 'None of the time' },
        { value: 2, label: 'Rarely' },
        { value: 3, label: 'Some of the time' },
        { value: 4, label: 'Often' },
        { value: 5, label: 'All of the time' },
      ]);
  });

  it('refuses bad input with typed errors and changes nothing', async () => {
    const s = students[0];
    const future = await upstream.eventScheduled({ yearGroups: [11] });
    const draftPost = await sg.query<{ createSurvey: { survey: { id: string } } }>(
      `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
      {
        input: {
          eventId: future.eventId,
          phase: 'POST',
          instrument: 'SWEMWBS',
          opensAt: future.endsAt,
          closesAt: iso(Date.parse(future.endsAt) + DAY),
        },
      },
    );
    const before = [await count('survey_response'), await count('survey_invitation')];
    const cases: Array<[Caller, Record<string, unknown>, string, string | null]> = [
      [
        person(s.id),
        { surveyId: postId, answers: [4, 3, 3, 3, 3, 3, 6] },
        'ANSWER_OUT_OF_RANGE',
        'answers.6',
      ],
      [
        person(s.id),
        { surveyId: postId, answers: [4, 3, 3, null, 3, 3, 3] },
        'MISSING_ITEM',
        'answers.3',
      ],
      [person(s.id), { surveyId: postId, answers: [4, 3, 3] }, 'WRONG_ITEM_COUNT', 'answers'],
      [person(s.id), { surveyId: preId, answers: preAnswers }, 'ALREADY_RESPONDED', 'surveyId'],
      [
        person(s.id),
        // nobody is invited to a POST survey before its event has happened; a non-invitee
        // learns nothing more about the survey
        { surveyId: draftPost.data!.createSurvey.survey.id, answers: preAnswers },
        'NOT_INVITED',
        'surveyId',
      ],
      [
        person(year8),
        { surveyId: preId, answers: preAnswers },
        'INSTRUMENT_OUTSIDE_AGE_BAND',
        'surveyId',
      ],
      [person(randomUUID()), { surveyId: postId, answers: preAnswers }, 'NOT_INVITED', 'surveyId'],
      [
        person(randomUUID()),
        { token: 'guessed-token', answers: preAnswers },
        'NOT_INVITED',
        'token',
      ],
      [person(s.id), { surveyId: randomUUID(), answers: preAnswers }, 'UNKNOWN_SURVEY', 'surveyId'],
    ];
    for (const [caller, input, code, field] of cases) {
      const res = await submit(caller, input);
      expect(res.data!.submitSurveyResponse).toMatchObject({
        accepted: false,
        errors: [{ code, field }],
      });
    }
    expect([await count('survey_response'), await count('survey_invitation')]).toEqual(before);

    // an instrument outside the event's age band cannot even be set up
    const young = await upstream.eventScheduled({ yearGroups: [7, 8] });
    const res = await sg.query<{ createSurvey: { errors: UserErr[] } }>(
      `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { errors { field code } } }`,
      {
        input: {
          eventId: young.eventId,
          phase: 'POST',
          instrument: 'SWEMWBS',
          opensAt: young.endsAt,
          closesAt: iso(Date.parse(young.endsAt) + DAY),
        },
      },
    );
    expect(res.data!.createSurvey.errors).toEqual([
      { field: 'instrument', code: 'INSTRUMENT_OUTSIDE_AGE_BAND' },
    ]);
  });

  it('takes one response per token, even when sent concurrently', async () => {
    const s = students[0];
    const [{ token }] = (await sg.running.dataSource.query(
      `SELECT token FROM survey_invitation WHERE survey_id = $1 AND person_id = $2`,
      [postId, s.id],
    )) as Array<{ token: string }>;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        submit(person(s.id), {
          token,
          answers: postAnswers(0, s.dose),
          reflection: 'Visit an open day',
        }),
      ),
    );
    expect(results.filter((r) => r.data!.submitSurveyResponse.accepted)).toHaveLength(1);
    expect(
      results.filter((r) => r.data!.submitSurveyResponse.errors[0]?.code === 'ALREADY_RESPONDED'),
    ).toHaveLength(4);
  });

  it("counts non-responders for reminders: everyone's for the coordinator, their own school's for heads and champions, null for others", async () => {
    const Q = `query($id: ID!) { survey(id: $id) { id invitedCount nonResponderCount } }`;
    const counts = async (caller?: Caller) => {
      const r = await sg.query<{
        survey: { id: string; invitedCount: number | null; nonResponderCount: number | null };
      }>(Q, { id: postId }, caller);
      return { survey: r.data?.survey, codes: (r.errors ?? []).map((e) => e.extensions?.code) };
    };
    expect(await counts()).toEqual({
      survey: { id: postId, invitedCount: 34, nonResponderCount: 33 },
      codes: [],
    });
    // 30 of partner A's students are invited and one has answered; 4 of partner B's, none yet.
    for (const role of ['HEAD', 'CHAMPION'] as const) {
      expect(await counts(person(randomUUID(), partnerA, [role]))).toEqual({
        survey: { id: postId, invitedCount: 30, nonResponderCount: 29 },
        codes: [],
      });
      expect(await counts(person(randomUUID(), partnerB, [role]))).toEqual({
        survey: { id: postId, invitedCount: 4, nonResponderCount: 4 },
        codes: [],
      });
    }
    // Anyone else keeps the survey; only the two counts are null, each with its FORBIDDEN error.
    for (const caller of [
      person(students[1].id, partnerA),
      person(randomUUID(), partnerA, ['TEACHER']),
    ]) {
      expect(await counts(caller)).toEqual({
        survey: { id: postId, invitedCount: null, nonResponderCount: null },
        codes: ['FORBIDDEN', 'FORBIDDEN'],
      });
    }
  });

  describe('with every response in and attendance recorded', () => {
    beforeAll(async () => {
      for (const [i, s] of everyone.entries()) {
        if (s === students[0]) continue;
        const res = await submit(person(s.id), {
          surveyId: postId,
          answers: postAnswers(i, s.dose),
        });
        expect(res.data!.submitSurveyResponse.accepted).toBe(true);
      }
      // dose: this event plus (dose − 1) others, and a NO_SHOW that must not count
      const recordedAt = new Date().toISOString();
      const records = everyone.flatMap((s) => [
        { eventId, personId: s.id, status: 'ATTENDED', recordedAt },
        ...Array.from({ length: s.dose - 1 }, () => ({
          eventId: randomUUID(),
          personId: s.id,
          status: 'ATTENDED',
          recordedAt,
        })),
        { eventId: randomUUID(), personId: s.id, status: 'NO_SHOW', recordedAt },
      ]);
      await upstream.publishAll(
        'events',
        EventEvents.attendanceRecorded,
        records.map((r) => ({ aggregateId: r.eventId, payload: r })),
      );
    }, 120_000);

    function expected(group: typeof everyone) {
      const changes = group.map((s) => change(postAnswers(everyone.indexOf(s), s.dose)));
      const n = changes.length;
      const mean = changes.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(changes.reduce((a, c) => a + (c - mean) ** 2, 0) / (n - 1));
      return { n, mean, sd, ci: confidenceInterval95(mean, sd, n) };
    }

    it('keeps each student’s dose from AttendanceRecorded (ATTENDED only)', async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT person_id, count(*) FILTER (WHERE status = 'ATTENDED')::int AS dose
         FROM attendance_dose WHERE academic_year = $1 GROUP BY person_id`,
        [year],
      )) as Array<{ person_id: string; dose: number }>;
      const doses = new Map(rows.map((r) => [r.person_id, r.dose]));
      for (const s of everyone) expect(doses.get(s.id)).toBe(s.dose);
    });

    it('reports the aim’s pre/post change by dose band, with n, SD and a t-based 95% CI', async () => {
      const res = await sg.query<{ impactReport: { method: string; cells: Cell[]; csv: string } }>(
        `query($y: Int) { impactReport(academicYear: $y, groupBy: AIM) { method csv cells { ${CELL} } } }`,
        { y: year },
      );
      expect(res.errors).toBeUndefined();
      const cells = res.data!.impactReport.cells.filter((c) => c.groupKey === AIM);
      const all = expected(everyone);
      const one = expected(everyone.filter((s) => s.dose === 1));
      const two = expected(students.filter((s) => s.dose >= 2));
      const four = expected(students.filter((s) => s.dose >= 4));
      expect(cells.map((c) => [c.doseBand, c.n, c.tooFewToConclude])).toEqual([
        ['ALL', 34, false],
        ['ONE', 16, true],
        ['TWO_PLUS', 18, true],
        ['FOUR_PLUS', 10, true],
      ]);
      for (const [cell, exp] of [
        [cells[0], all],
        [cells[1], one],
        [cells[2], two],
        [cells[3], four],
      ] as const) {
        expect(cell.meanChange).toBeCloseTo(exp.mean, 6);
        expect(cell.sd).toBeCloseTo(exp.sd, 6);
        expect(cell.ciLow).toBeCloseTo(exp.ci.low, 6);
        expect(cell.ciHigh).toBeCloseTo(exp.ci.high, 6);
      }
      // the effect the partnership reports: more change at more events
      expect(cells[2].meanChange!).toBeGreaterThan(cells[1].meanChange!);
      expect(res.data!.impactReport.method).toContain('Student t');
      const csv = res.data!.impactReport.csv.split('\n');
      expect(csv[0]).toBe(
        'academic_year,grouping,group_key,group_label,instrument,dose_band,n,mean_change,sd,ci95_low,ci95_high,warning',
      );
      expect(csv).toContain(
        `${year},AIM,${AIM},${AIM},SWEMWBS,ALL,34,${all.mean.toFixed(3)},${all.sd.toFixed(3)},${all.ci.low.toFixed(3)},${all.ci.high.toFixed(3)},`,
      );
    });

    it('suppresses cells under 10 people, per partner and sector', async () => {
      const res = await sg.query<{ impactReport: { cells: Cell[]; csv: string } }>(
        `query($y: Int) { impactReport(academicYear: $y, groupBy: SECTOR) { csv cells { ${CELL} } } }`,
        { y: year },
      );
      const independent = res.data!.impactReport.cells.filter((c) => c.groupKey === 'INDEPENDENT');
      expect(independent).toEqual([
        expect.objectContaining({
          doseBand: 'ALL',
          n: null,
          meanChange: null,
          sd: null,
          ciLow: null,
          ciHigh: null,
          suppressed: true,
        }),
        expect.objectContaining({ doseBand: 'ONE', n: null, suppressed: true }),
      ]);
      expect(res.data!.impactReport.csv).toContain('INDEPENDENT,INDEPENDENT,SWEMWBS,ALL,<10,,,,,');
    });

    it('never returns a cell under 10 people or anything identifying a respondent (privacy)', async () => {
      const groupings = ['EVENT', 'AIM', 'PARTNER', 'SECTOR', 'YEAR'];
      const secrets = (
        (await sg.running.dataSource.query(
          `SELECT person_id::text AS v FROM survey_invitation WHERE person_id IS NOT NULL
           UNION SELECT token FROM survey_invitation UNION SELECT id::text FROM survey_response
           UNION SELECT id::text FROM survey_invitation`,
        )) as Array<{ v: string }>
      ).map((r) => r.v);
      expect(secrets.length).toBeGreaterThan(100);
      const bodies: string[] = [];
      for (const g of groupings) {
        for (const y of [year, null]) {
          const res = await sg.query<{ impactReport: { cells: Cell[]; csv: string } }>(
            `query($y: Int, $g: ImpactGrouping!) { impactReport(academicYear: $y, groupBy: $g) { csv cells { ${CELL} } } }`,
            { y, g },
          );
          expect(res.errors).toBeUndefined();
          for (const c of res.data!.impactReport.cells) {
            if (c.suppressed)
              expect([c.n, c.meanChange, c.sd, c.ciLow, c.ciHigh]).toEqual([
                null,
                null,
                null,
                null,
                null,
              ]);
            else expect(c.n!).toBeGreaterThanOrEqual(10);
          }
          bodies.push(JSON.stringify(res.data));
        }
      }
      const entities = await sg.query(
        `query($r: [_Any!]!, $y: Int!) { _entities(representations: $r) {
           ... on Event { evaluation { cells { ${CELL} } } }
           ... on Partner { impact(academicYear: $y) { ${CELL} } } } }`,
        {
          r: [
            { __typename: 'Event', id: eventId },
            { __typename: 'Partner', id: partnerA },
            { __typename: 'Partner', id: partnerB },
          ],
          y: year,
        },
      );
      expect(entities.errors).toBeUndefined();
      bodies.push(JSON.stringify(entities.data));
      const text = bodies.join('\n');
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toContain('Visit an open day');
      for (const match of text.matchAll(/"n":(\d+)/g))
        expect(Number(match[1])).toBeGreaterThanOrEqual(10);
    });

    it('resolves Event.evaluation and Partner.impact for many keys in one SQL query each', async () => {
      sg.running.sqlLog.reset();
      const events = await sg.query<{ _entities: Array<{ evaluation: { cells: Cell[] } }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { evaluation { cells { n doseBand } } } } }`,
        {
          r: [eventId, randomUUID(), randomUUID(), 'nope'].map((id) => ({
            __typename: 'Event',
            id,
          })),
        },
      );
      expect(events.data!._entities.map((e) => e.evaluation.cells.length)).toEqual([4, 0, 0, 0]);
      expect(sg.running.sqlLog.queries).toBe(1);

      sg.running.sqlLog.reset();
      const partners = await sg.query<{ _entities: Array<{ impact: Cell[] }> }>(
        `query($r: [_Any!]!, $y: Int!) { _entities(representations: $r) { ... on Partner { impact(academicYear: $y) { n doseBand } } } }`,
        {
          r: [partnerA, partnerB, randomUUID()].map((id) => ({ __typename: 'Partner', id })),
          y: year,
        },
      );
      expect(partners.data!._entities.map((p) => p.impact.map((c) => c.n))).toEqual([
        [30, 12, 18, 10],
        [null, null],
        [],
      ]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });

    it('shows heads and champions their own partner only, students nothing, associates published summaries', async () => {
      const Q = `query($p: ID) { impactReport(academicYear: ${year}, groupBy: PARTNER, partnerId: $p) { partnerId cells { groupKey n } } }`;
      const champion = await sg.query<{ impactReport: { partnerId: string; cells: Cell[] } }>(
        Q,
        {},
        person(randomUUID(), partnerA, ['CHAMPION']),
      );
      expect(champion.data!.impactReport.partnerId).toBe(partnerA);
      expect(new Set(champion.data!.impactReport.cells.map((c) => c.groupKey))).toEqual(
        new Set([partnerA]),
      );
      const other = await sg.query(Q, { p: partnerA }, person(randomUUID(), partnerB, ['HEAD']));
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const caller of [
        person(students[0].id),
        person(randomUUID(), partnerA, ['TEACHER']),
        testCaller(['ASSOCIATE'], { kind: 'api-key', subject: randomUUID() }),
      ]) {
        const res = await sg.query(Q, {}, caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const student = await sg.query(
        `{ impactSummaries { academicYear } }`,
        undefined,
        person(students[0].id),
      );
      expect(student.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const eventEval = await sg.query<{ _entities: Array<{ evaluation: unknown }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { evaluation { cells { n } } } } }`,
        { r: [{ __typename: 'Event', id: eventId }] },
        person(students[0].id),
      );
      expect(eventEval.data!._entities[0].evaluation).toBeNull();

      const associate = testCaller(['ASSOCIATE'], { kind: 'api-key', subject: randomUUID() });
      const S = `{ impactSummaries { academicYear publishedAt report { cells { groupKey doseBand n } } } }`;
      expect(
        (await sg.query<{ impactSummaries: unknown[] }>(S, undefined, associate)).data!
          .impactSummaries,
      ).toEqual([]);
      const published = await sg.query<{ publishImpactSummary: { errors: UserErr[] } }>(
        `mutation { publishImpactSummary(academicYear: ${year}) { summary { academicYear } errors { code } } }`,
      );
      expect(published.data!.publishImpactSummary.errors).toEqual([]);
      const forbidden = await sg.query(
        `mutation { publishImpactSummary(academicYear: ${year}) { errors { code } } }`,
        undefined,
        associate,
      );
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const seen = await sg.query<{
        impactSummaries: Array<{ academicYear: number; report: { cells: Cell[] } }>;
      }>(S, undefined, associate);
      expect(seen.data!.impactSummaries).toHaveLength(1);
      expect(seen.data!.impactSummaries[0].report.cells).toContainEqual({
        groupKey: AIM,
        doseBand: 'ALL',
        n: 34,
      });
    });

    it('unlinks an erased person’s responses but keeps them for aggregate statistics', async () => {
      const erased = students[0];
      const responsesBefore = await count('survey_response');
      await upstream.personErased(erased.id);
      const linked = (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM survey_invitation WHERE person_id = $1`,
        [erased.id],
      )) as Array<{ n: number }>;
      expect(linked[0].n).toBe(0);
      expect(await count('survey_response')).toBe(responsesBefore);
      const leftovers = (await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM attendance_dose WHERE person_id = $1)::int AS dose,
                (SELECT count(*) FROM person_projection WHERE id = $1)::int AS person,
                (SELECT count(*) FROM survey_response WHERE reflection IS NOT NULL)::int AS reflections`,
        [erased.id],
      )) as Array<Record<string, number>>;
      expect(leftovers[0]).toEqual({ dose: 0, person: 0, reflections: 0 });
      // and the student no longer has surveys: nothing links them any more
      const mine = await sg.query<{ mySurveys: unknown[] }>(
        `{ mySurveys { token } }`,
        undefined,
        person(erased.id),
      );
      expect(mine.data!.mySurveys).toEqual([]);
      // their change still counts in the whole-year figures, with no partner or dose any more
      const report = await sg.query<{ impactReport: { cells: Cell[] } }>(
        `{ impactReport(academicYear: ${year}, groupBy: AIM) { cells { ${CELL} } } }`,
      );
      const aim = report.data!.impactReport.cells.filter((c) => c.groupKey === AIM);
      expect(aim.map((c) => [c.doseBand, c.n])).toEqual([
        ['ALL', 34],
        ['ONE', 15],
        ['TWO_PLUS', 18],
        ['FOUR_PLUS', 10],
      ]);
    });
  });
});
