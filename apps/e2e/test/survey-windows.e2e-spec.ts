import { randomBytes, randomUUID } from 'node:crypto';
import { devUserToken, gql, retryUntil, TestStack } from '@ekst/testing';

/**
 * Survey windows and instruments per age band (issue 15), through the gateway on the whole
 * platform (real processes, Postgres, Kafka). Publishing a mixed-age event opens its PRE surveys,
 * one per age band, for those registered; they close when the event starts; completing it opens
 * the POST surveys for the attendees; the report shows each instrument in its own cells, and the
 * quote bank the sixth-formers' reflections, which only the coordinator may clear for the annual
 * report. Moving the event (updateEvent) moves the PRE surveys' close with its start. Students
 * answer (their least privilege), the coordinator reads the report. The windows job ticks every
 * 300 ms here (SURVEY_WINDOW_TICK_MS), so the clock is the real one with events seconds ahead.
 * Ports 60xx (offset 2050: with 2000 the gateway would sit on 6000, a port fetch refuses to
 * reach), own databases and topics.
 */

interface UserErr {
  code: string;
  field: string | null;
}
interface Cell {
  groupKey: string | null;
  instrument: string;
  licenceNotice: string | null;
  doseBand: string;
  n: number | null;
  meanChange: number | null;
  suppressed: boolean;
}
interface EventSurvey {
  phase: string;
  instrument: string;
  status: string;
  invitedCount: number;
  nonResponderCount: number;
}
interface Voice {
  id: string;
  text: string;
  phase: string;
  publishable: boolean;
  event: { id: string } | null;
  partner: { id: string } | null;
}
interface Invitation {
  survey: { id: string; phase: string; instrument: string; status: string; event: { id: string } };
  token: string;
  respondedAt: string | null;
}

const ERRORS = 'errors { code field }';
const SWEMWBS_METRIC = { 14: 15.32, 21: 19.25, 23: 20.73 } as const;

/** 2025 for 2025/26: the English school year starts on 1 September (London time). */
function academicYearNow(): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return month >= 9 ? year : year - 1;
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('survey windows and instruments per age band through the gateway', () => {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('surveywindows', 2050, { SURVEY_WINDOW_TICK_MS: '300' });
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000015c0',
      roles: ['COORDINATOR'],
    });
  }, 240000);

  afterAll(async () => {
    await stack?.dispose();
  });

  it('PRE opens for registrants and closes at the start, POST opens on completion, each band on its instrument, and the report keeps them apart', async () => {
    const partner = await q<{ createPartner: { partner: { id: string } | null } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `Castle Hill Academy ${run}`, kind: 'STATE', town: 'Folkestone' } },
    );
    const partnerId = partner.data!.createPartner.partner!.id;

    const registerStudent = async (name: string, yearGroup: number): Promise<string> => {
      const r = await q<{ registerPerson: { person: { id: string } | null } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        { input: { partnerId, displayName: `${name} ${run}`, roles: ['STUDENT'], yearGroup } },
      );
      return r.data?.registerPerson.person?.id ?? '';
    };
    // 11 year 8 students (Stirling; the last one leaves the PRE survey too late), 10 year 12
    // students (SWEMWBS), and a year 8 student of the same school who never takes a place.
    const first = await retryUntil(
      async () => (await registerStudent('Y8 Student 0', 8)) || null,
      'partner → people',
    );
    const year8 = [
      first,
      ...(await Promise.all(
        [...Array(10).keys()].map((i) => registerStudent(`Y8 Student ${i + 1}`, 8)),
      )),
    ];
    const year12 = await Promise.all(
      [...Array(10).keys()].map((i) => registerStudent(`Y12 Student ${i}`, 12)),
    );
    const outsider = await registerStudent('Y8 Outsider', 8);
    expect([...year8, ...year12, outsider].filter(Boolean)).toHaveLength(22);
    const tokenOf = new Map(
      await Promise.all(
        [...year8, ...year12, outsider].map(
          async (sub) => [sub, await devUserToken({ sub, roles: ['STUDENT'], partnerId })] as const,
        ),
      ),
    );
    const as = (personId: string) => tokenOf.get(personId)!;

    // A mixed-age event (years 8 and 12) starting shortly.
    // Planned to start in about 25 s; moved 6 s later once its PRE surveys are open (below).
    const plannedStart = Math.ceil((Date.now() + 25_000) / 1000) * 1000;
    const startsAt = plannedStart + 6_000;
    const endsAt = startsAt + 2_000;
    const eventId = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null } }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${ERRORS} } }`,
        {
          input: {
            title: `Mixed-age Wellbeing Day ${run}`,
            kind: 'WELLBEING',
            audience: 'STUDENTS',
            yearGroups: [8, 12],
            hostPartnerId: partnerId,
            startsAt: new Date(plannedStart).toISOString(),
            endsAt: new Date(plannedStart + 2_000).toISOString(),
            aims: ['WELLBEING'],
            capacity: 30,
          },
        },
      );
      return r.data?.createEvent.event?.id;
    }, 'partner → events');
    const published = await q<{ publishEvent: { errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!) { publishEvent(id: $id) { event { status } ${ERRORS} } }`,
      { id: eventId },
    );
    expect(published.data!.publishEvent.errors).toEqual([]);

    const registrants = [...year8, ...year12];
    await Promise.all(
      registrants.map((personId) =>
        retryUntil(async () => {
          const r = await q<{
            registerForEvent: { registration: { status: string } | null; errors: UserErr[] };
          }>(
            coordinator,
            `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } ${ERRORS} } }`,
            { e: eventId, p: personId },
          );
          const errors = r.data?.registerForEvent.errors ?? [];
          if (errors.some((e) => e.code !== 'UNKNOWN_PERSON'))
            throw new Error(`registration refused: ${JSON.stringify(errors)}`);
          return r.data?.registerForEvent.registration?.status;
        }, 'people → events'),
      ),
    );

    // The PRE surveys open by themselves: each registrant is invited on their band's instrument.
    const mySurveys = async (personId: string, phase: 'PRE' | 'POST') =>
      (
        (
          await q<{ mySurveys: Invitation[] }>(
            as(personId),
            `{ mySurveys { survey { id phase instrument status event { id } } token respondedAt } }`,
          )
        ).data?.mySurveys ?? []
      ).filter((m) => m.survey.phase === phase && m.survey.event.id === eventId);
    const invitationsOf = async (phase: 'PRE' | 'POST') =>
      retryUntil(async () => {
        const all = await Promise.all(registrants.map((p) => mySurveys(p, phase)));
        return all.every((m) => m.length === 1) ? all.map((m) => m[0]) : null;
      }, `${phase} invitations`);
    const pre = await invitationsOf('PRE');
    const preOf = new Map(registrants.map((p, i) => [p, pre[i]]));
    expect(new Set(year8.map((p) => preOf.get(p)!.survey.instrument))).toEqual(
      new Set(['STIRLING']),
    );
    expect(new Set(year12.map((p) => preOf.get(p)!.survey.instrument))).toEqual(
      new Set(['SWEMWBS']),
    );
    const stirlingPre = preOf.get(year8[0])!.survey.id;
    const swemwbsPre = preOf.get(year12[0])!.survey.id;
    expect(stirlingPre).not.toBe(swemwbsPre);

    // The event is moved 6 s later: both PRE surveys now close at the new start, not the old one.
    const closesAtOf = async () =>
      (
        await q<{ event: { surveys: Array<{ phase: string; closesAt: string }> } }>(
          coordinator,
          `query($id: ID!) { event(id: $id) { surveys { phase closesAt } } }`,
          { id: eventId },
        )
      )
        .data!.event.surveys.filter((x) => x.phase === 'PRE')
        .map((x) => Date.parse(x.closesAt));
    expect(await closesAtOf()).toEqual([plannedStart, plannedStart]);
    const moved = await q<{ updateEvent: { errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { event { id } ${ERRORS} } }`,
      {
        id: eventId,
        input: {
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(endsAt).toISOString(),
        },
      },
    );
    expect(moved.data!.updateEvent.errors).toEqual([]);
    await retryUntil(async () => {
      const closes = await closesAtOf();
      return closes.length === 2 && closes.every((c) => c === startsAt) ? closes : null;
    }, 'PRE close moved with the start');

    const submit = (personId: string, input: Record<string, unknown>) =>
      q<{ submitSurveyResponse: { accepted: boolean; errors: UserErr[] } }>(
        as(personId),
        `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { accepted ${ERRORS} } }`,
        { input },
      );
    const codes = (r: Awaited<ReturnType<typeof submit>>) =>
      r.data!.submitSurveyResponse.errors.map((e) => e.code);

    // Refused, and nothing written: a year 8 student on the sixth form's SWEMWBS, and a student
    // without a place (whatever survey they name).
    expect(
      codes(await submit(year8[0], { surveyId: swemwbsPre, answers: Array(7).fill(3) })),
    ).toEqual(['INSTRUMENT_OUTSIDE_AGE_BAND']);
    expect(
      codes(await submit(outsider, { surveyId: stirlingPre, answers: Array(12).fill(3) })),
    ).toEqual(['NOT_INVITED']);
    expect(await mySurveys(outsider, 'PRE')).toEqual([]);

    // The baseline, by invitation token; the last year 8 student waits too long. One sixth-former
    // answers after the event's first start time: the move kept the survey open for them.
    const [late, ...onTime8] = [...year8].reverse();
    const [afterOldStart, ...early12] = year12;
    const preAnswers = await Promise.all([
      ...onTime8.map((p) => submit(p, { token: preOf.get(p)!.token, answers: Array(12).fill(2) })),
      ...early12.map((p) => submit(p, { token: preOf.get(p)!.token, answers: Array(7).fill(2) })),
    ]);
    await sleepUntil(plannedStart + 500);
    preAnswers.push(
      await submit(afterOldStart, {
        token: preOf.get(afterOldStart)!.token,
        answers: Array(7).fill(2),
      }),
    );
    expect(preAnswers.map((r) => r.data?.submitSurveyResponse)).toEqual(
      preAnswers.map(() => ({ accepted: true, errors: [] })),
    );
    expect(Date.now()).toBeLessThan(startsAt);

    // The coordinator sees two PRE surveys, each with its own invitees.
    const surveysOfEvent = async () =>
      (
        await q<{ event: { surveys: EventSurvey[] } }>(
          coordinator,
          `query($id: ID!) { event(id: $id) { surveys { phase instrument status invitedCount nonResponderCount } } }`,
          { id: eventId },
        )
      ).data!;
    const byInstrumentName = (a: EventSurvey, b: EventSurvey) =>
      a.instrument.localeCompare(b.instrument);
    expect([...(await surveysOfEvent()).event.surveys].sort(byInstrumentName)).toEqual([
      expect.objectContaining({
        phase: 'PRE',
        instrument: 'STIRLING',
        status: 'OPEN',
        invitedCount: 11,
        nonResponderCount: 1,
      }),
      expect.objectContaining({
        phase: 'PRE',
        instrument: 'SWEMWBS',
        status: 'OPEN',
        invitedCount: 10,
        nonResponderCount: 0,
      }),
    ]);

    // The event starts: a PRE answer now is refused and changes nothing; the job closes both.
    await sleepUntil(startsAt);
    expect(
      codes(await submit(late, { token: preOf.get(late)!.token, answers: Array(12).fill(2) })),
    ).toEqual(['SURVEY_CLOSED']);
    await retryUntil(async () => {
      const s = (await surveysOfEvent()).event.surveys;
      return s.length === 2 && s.every((x) => x.status === 'CLOSED') ? s : null;
    }, 'PRE surveys closed at the start');
    expect((await mySurveys(late, 'PRE'))[0].respondedAt).toBeNull();

    // On the day everyone registered comes; after the end the event is completed.
    const checkIns = await Promise.all(
      registrants.map((p) =>
        q<{ checkIn: { registration: { status: string } | null; errors: UserErr[] } }>(
          coordinator,
          `mutation($e: ID!, $p: ID!) { checkIn(eventId: $e, personId: $p) { registration { status } ${ERRORS} } }`,
          { e: eventId, p },
        ),
      ),
    );
    expect(checkIns.map((r) => r.data?.checkIn.errors)).toEqual(checkIns.map(() => []));
    await sleepUntil(endsAt);
    await retryUntil(async () => {
      const r = await q<{ completeEvent: { event: { status: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($id: ID!) { completeEvent(id: $id) { event { status } ${ERRORS} } }`,
        { id: eventId },
      );
      const errors = r.data?.completeEvent.errors ?? [];
      if (errors.some((e) => e.code !== 'NOT_ENDED'))
        throw new Error(`completion refused: ${JSON.stringify(errors)}`);
      return r.data?.completeEvent.event?.status;
    }, 'event ended');

    // POST opens for the attendees, each on the instrument of their PRE invitation.
    const post = await invitationsOf('POST');
    const postOf = new Map(registrants.map((p, i) => [p, post[i]]));
    for (const p of year8) expect(postOf.get(p)!.survey.instrument).toBe('STIRLING');
    for (const p of year12) expect(postOf.get(p)!.survey.instrument).toBe('SWEMWBS');
    expect(postOf.get(year8[0])!.survey.status).toBe('OPEN');
    expect(await mySurveys(outsider, 'POST')).toEqual([]);

    // Answers arrive: year 8 students +12 or +6 on Stirling (12–60), year 12 students raw 14 →
    // 21 or 23 on SWEMWBS. The late student answers POST too, but has no baseline to pair with.
    const stirlingPost = (i: number) =>
      i % 2 ? Array(12).fill(3) : [...Array(6).fill(3), ...Array(6).fill(2)];
    const swemwbsPost = (i: number) => (i % 2 ? Array(7).fill(3) : [4, 4, 3, 3, 3, 3, 3]);
    // Every sixth-former also says what they will do differently (the quote bank's words).
    const reflectionOf = (i: number) => `I will ask for help before exams, idea ${i} ${run}`;
    const answered = await Promise.all([
      ...year8.map((p, i) => submit(p, { token: postOf.get(p)!.token, answers: stirlingPost(i) })),
      ...year12.map((p, i) =>
        submit(p, {
          token: postOf.get(p)!.token,
          answers: swemwbsPost(i),
          reflection: reflectionOf(i),
        }),
      ),
    ]);
    expect(answered.map((r) => r.data?.submitSurveyResponse)).toEqual(
      answered.map(() => ({ accepted: true, errors: [] })),
    );

    // The report updates: one cell per instrument, never pooled, each naming its instrument.
    const year = academicYearNow();
    const report = async () =>
      (
        await q<{ impactReport: { cells: Cell[] } }>(
          coordinator,
          `query($y: Int) { impactReport(academicYear: $y, groupBy: EVENT) { cells { groupKey instrument licenceNotice doseBand n meanChange suppressed } } }`,
          { y: year },
        )
      ).data!.impactReport.cells.filter((c) => c.groupKey === eventId && c.doseBand === 'ALL');
    const cells = await retryUntil(async () => {
      const c = await report();
      return c.length === 2 ? c : null;
    }, 'report cells');
    const stirlingChanges = year8
      .map((p, i) => (p === late ? null : stirlingPost(i).reduce((a, b) => a + b, 0) - 24))
      .filter((x): x is number => x !== null);
    const swemwbsChanges = year12.map(
      (_, i) => (i % 2 ? SWEMWBS_METRIC[21] : SWEMWBS_METRIC[23]) - SWEMWBS_METRIC[14],
    );
    expect(cells.map((c) => [c.instrument, c.n, c.suppressed]).sort()).toEqual([
      ['STIRLING', 10, false],
      ['SWEMWBS', 10, false],
    ]);
    const byInstrument = new Map(cells.map((c) => [c.instrument, c]));
    expect(byInstrument.get('STIRLING')!.meanChange).toBeCloseTo(mean(stirlingChanges), 6);
    expect(byInstrument.get('SWEMWBS')!.meanChange).toBeCloseTo(mean(swemwbsChanges), 6);
    expect(byInstrument.get('STIRLING')!.licenceNotice).toContain('Stirling');
    expect(byInstrument.get('SWEMWBS')!.licenceNotice).toContain('SWEMWBS');

    // A student reads no report.
    const asStudent = await q(
      as(year8[0]),
      `query { impactReport(groupBy: EVENT) { cells { n } } }`,
    );
    expect(asStudent.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The quote bank updates: the sixth-formers' words, pseudonymous (no person in the type at
    // all), naming the school because 10 of its students answered that survey.
    const VOICES = `query($e: ID, $pub: Boolean) { studentVoices(eventId: $e, publishableOnly: $pub, first: 50) {
      edges { node { id text phase publishable event { id } partner { id } } } } }`;
    const voices = async (token: string, publishableOnly = false) =>
      q<{ studentVoices: { edges: Array<{ node: Voice }> } | null }>(token, VOICES, {
        e: eventId,
        pub: publishableOnly,
      });
    const bank = await retryUntil(async () => {
      const edges = (await voices(coordinator)).data?.studentVoices?.edges ?? [];
      return edges.length === year12.length ? edges.map((e) => e.node) : null;
    }, 'quote bank');
    expect(bank.map((v) => v.text).sort()).toEqual(year12.map((_, i) => reflectionOf(i)).sort());
    for (const v of bank) {
      expect(v).toMatchObject({ phase: 'POST', publishable: false, event: { id: eventId } });
      expect(v.partner).toEqual({ id: partnerId });
      expect(JSON.stringify(v)).not.toMatch(new RegExp(year12.join('|')));
    }
    // A student reads no quotes, not even their own.
    const studentReads = await voices(as(year12[0]));
    expect(studentReads.data?.studentVoices ?? null).toBeNull();
    expect(studentReads.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Only the coordinator clears a quote for the annual report: the school's own head is refused
    // (typed FORBIDDEN) and nothing changes; then the coordinator clears it.
    const ANNOTATE = `mutation($input: AnnotateStudentVoiceInput!) { annotateStudentVoice(input: $input) {
      voice { id publishable } ${ERRORS} } }`;
    const head = await devUserToken({ sub: randomUUID(), roles: ['HEAD'], partnerId });
    const chosen = bank[0];
    const byHead = await q<{ annotateStudentVoice: unknown }>(head, ANNOTATE, {
      input: { id: chosen.id, publishable: true },
    });
    expect(byHead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await voices(coordinator, true)).data!.studentVoices!.edges).toEqual([]);
    const cleared = await q<{
      annotateStudentVoice: { voice: { id: string; publishable: boolean }; errors: UserErr[] };
    }>(coordinator, ANNOTATE, { input: { id: chosen.id, publishable: true } });
    expect(cleared.data!.annotateStudentVoice).toEqual({
      voice: { id: chosen.id, publishable: true },
      errors: [],
    });
    const publishable = (await voices(coordinator, true)).data!.studentVoices!.edges;
    expect(publishable.map((e) => [e.node.id, e.node.text])).toEqual([[chosen.id, chosen.text]]);
  }, 120000);
});
