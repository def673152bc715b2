import { randomBytes } from 'node:crypto';
import { devUserToken, gql, retryUntil, TestStack } from '@ekst/testing';

/**
 * The evaluation journey through the gateway on the whole platform (real processes, Postgres,
 * Kafka): events complete, their attendees get POST surveys, they answer, and the impact report
 * for the aim puts each respondent in the dose band their recorded attendance gives them.
 * Ports 43xx, own databases and topics.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
interface Cell {
  groupKey: string | null;
  academicYear: number;
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
interface MySurvey {
  survey: { id: string; phase: string; event: { id: string } };
  token: string;
  respondedAt: string | null;
}

const ERRORS = 'errors { code field message }';
const CELLS = `cells { groupKey academicYear instrument doseBand n meanChange sd ciLow ciHigh suppressed tooFewToConclude }`;

/** SWEMWBS metric scores (the published raw → metric table) of the raw scores used below. */
const METRIC = { 14: 15.32, 21: 19.25, 23: 20.73, 28: 25.03 } as const;
const PRE_ANSWERS = [2, 2, 2, 2, 2, 2, 2]; // raw 14
const POST_LOW = [3, 3, 3, 3, 3, 3, 3]; // raw 21
const POST_HIGH = [4, 4, 3, 3, 3, 3, 3]; // raw 23
const POST_BOTH = [4, 4, 4, 4, 4, 4, 4]; // raw 28

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

function sampleSd(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
}

describe('evaluation through the gateway: post surveys, answers and the dose-response report', () => {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('evaluation', 300);
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000003c0',
      roles: ['COORDINATOR'],
    });
  }, 120000);

  afterAll(async () => {
    await stack?.dispose();
  });

  it('an event completes, its attendees answer the POST survey, and the aim’s report shows them by dose band', async () => {
    // A school joins; the coordinator registers 14 sixth-form and year 11 students (SWEMWBS: 15+).
    const partner = await q<{ createPartner: { partner: { id: string } | null } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `Harbourside School ${run}`, kind: 'STATE', town: 'Dover' } },
    );
    const partnerId = partner.data!.createPartner.partner!.id;

    async function registerStudent(i: number): Promise<string> {
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        {
          input: {
            partnerId,
            displayName: `Student ${String.fromCharCode(65 + i)} ${run}`,
            roles: ['STUDENT'],
            yearGroup: 11 + (i % 3),
          },
        },
      );
      return r.data?.registerPerson.person?.id ?? '';
    }
    // The first registration waits until the partner has reached people.
    const first = await retryUntil(
      async () => (await registerStudent(0)) || null,
      'partner → people',
    );
    const students = [
      first,
      ...(await Promise.all([...Array(13).keys()].map((i) => registerStudent(i + 1)))),
    ];
    expect(students.filter(Boolean)).toHaveLength(14);
    const tokens = await Promise.all(
      students.map((sub) => devUserToken({ sub, roles: ['STUDENT'], partnerId })),
    );

    // Two WELLBEING events, starting shortly and ending seconds later. Everything up to the start
    // (creating, publishing, 28 registrations, PRE surveys and 28 answers) takes about a second on
    // a quiet machine; the lead leaves room for a loaded one. 8 s was not enough in full runs on
    // 2 cores: a registration evaluation heard of after the start is (rightly) never invited to
    // the PRE survey, and the answers then failed as NOT_INVITED.
    const startsAt = Date.now() + 25_000;
    const endsAt = startsAt + 2_000;
    async function createEvent(title: string): Promise<string> {
      return retryUntil(async () => {
        const r = await q<{ createEvent: { event: { id: string } | null; errors: UserErr[] } }>(
          coordinator,
          `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${ERRORS} } }`,
          {
            input: {
              title,
              kind: 'WELLBEING',
              audience: 'STUDENTS',
              yearGroups: [11, 12, 13],
              hostPartnerId: partnerId,
              startsAt: new Date(startsAt).toISOString(),
              endsAt: new Date(endsAt).toISOString(),
              aims: ['WELLBEING'],
              capacity: 30,
            },
          },
        );
        return r.data?.createEvent.event?.id;
      }, 'partner → events');
    }
    const [eventA, eventB] = await Promise.all([
      createEvent(`Mindful Mornings ${run}`),
      createEvent(`Exam Stress Workshop ${run}`),
    ]);
    for (const id of [eventA, eventB]) {
      const r = await q<{ publishEvent: { errors: UserErr[] } }>(
        coordinator,
        `mutation($id: ID!) { publishEvent(id: $id) { event { status } ${ERRORS} } }`,
        { id },
      );
      expect(r.data!.publishEvent.errors).toEqual([]);
    }

    // Every student takes a place at both events (retrying while events learns of them).
    await Promise.all(
      [eventA, eventB].flatMap((eventId) =>
        students.map((personId) =>
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
      ),
    ).then((statuses) => expect(new Set(statuses)).toEqual(new Set(['REGISTERED'])));

    // The coordinator sets up and opens a PRE survey (a baseline) for each event.
    const preSurveys = await Promise.all(
      [eventA, eventB].map(async (eventId) => {
        const id = await retryUntil(async () => {
          const r = await q<{ createSurvey: { survey: { id: string } | null; errors: UserErr[] } }>(
            coordinator,
            `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } ${ERRORS} } }`,
            {
              input: {
                eventId,
                phase: 'PRE',
                instrument: 'SWEMWBS',
                opensAt: new Date().toISOString(),
                closesAt: new Date(startsAt).toISOString(),
              },
            },
          );
          return r.data?.createSurvey.survey?.id;
        }, 'event → evaluation');
        const opened = await q<{
          openSurvey: { survey: { status: string } | null; errors: UserErr[] };
        }>(
          coordinator,
          `mutation($id: ID!) { openSurvey(id: $id) { survey { status } ${ERRORS} } }`,
          { id },
        );
        expect(opened.data!.openSurvey).toEqual({ survey: { status: 'OPEN' }, errors: [] });
        return id;
      }),
    );

    // Every student answers both PRE surveys with their own token.
    const submit = (token: string, input: Record<string, unknown>) =>
      q<{ submitSurveyResponse: { accepted: boolean; errors: UserErr[] } }>(
        token,
        `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { accepted ${ERRORS} } }`,
        { input },
      );
    // Those holding a place are invited; a registration evaluation has not heard of yet is
    // NOT_INVITED for a moment.
    const pre = await Promise.all(
      preSurveys.flatMap((surveyId) =>
        tokens.map((token) =>
          retryUntil(async () => {
            const r = await submit(token, { surveyId, answers: PRE_ANSWERS });
            const codes = r.data?.submitSurveyResponse.errors.map((e) => e.code) ?? [];
            return codes.includes('NOT_INVITED') ? null : r;
          }, 'registration → evaluation'),
        ),
      ),
    );
    expect(pre.map((r) => r.data?.submitSurveyResponse)).toEqual(
      pre.map(() => ({ accepted: true, errors: [] })),
    );
    expect(Date.now()).toBeLessThan(startsAt); // all of the above happened before the start

    // On the day: all 14 come to event A, students 0–3 also to event B (the rest are no-shows).
    await sleepUntil(startsAt);
    const attendB = students.slice(0, 4);
    const checkIns = await Promise.all(
      [
        ...students.map((p) => [eventA, p] as const),
        ...attendB.map((p) => [eventB, p] as const),
      ].map(([e, p]) =>
        q<{ checkIn: { registration: { status: string } | null; errors: UserErr[] } }>(
          coordinator,
          `mutation($e: ID!, $p: ID!) { checkIn(eventId: $e, personId: $p) { registration { status } ${ERRORS} } }`,
          { e, p },
        ),
      ),
    );
    expect(checkIns.map((r) => r.data?.checkIn)).toEqual(
      checkIns.map(() => ({ registration: { status: 'ATTENDED' }, errors: [] })),
    );

    // After the end the coordinator completes both (retrying while the end is not yet past).
    await sleepUntil(endsAt);
    for (const id of [eventA, eventB]) {
      const status = await retryUntil(async () => {
        const r = await q<{
          completeEvent: { event: { status: string } | null; errors: UserErr[] };
        }>(
          coordinator,
          `mutation($id: ID!) { completeEvent(id: $id) { event { status } ${ERRORS} } }`,
          { id },
        );
        const errors = r.data?.completeEvent.errors ?? [];
        if (errors.some((e) => e.code !== 'NOT_ENDED'))
          throw new Error(`completion refused: ${JSON.stringify(errors)}`);
        return r.data?.completeEvent.event?.status;
      }, 'event ended');
      expect(status).toBe('COMPLETED');
    }

    // Evaluation hears EventCompleted and invites exactly the attendees to each POST survey.
    const mySurveys = async (token: string) =>
      (
        await q<{ mySurveys: MySurvey[] }>(
          token,
          `{ mySurveys { survey { id phase event { id } } token respondedAt } }`,
        )
      ).data!.mySurveys.filter((m) => m.survey.phase === 'POST');
    const postInvitations = await retryUntil(async () => {
      const all = await Promise.all(tokens.map(mySurveys));
      return all.every((m, i) => m.length === (i < 4 ? 2 : 1)) ? all : null;
    }, 'POST invitations');
    for (const [i, invitations] of postInvitations.entries()) {
      expect(invitations.map((m) => m.survey.event.id).sort()).toEqual(
        (i < 4 ? [eventA, eventB] : [eventA]).sort(),
      );
      expect(invitations.every((m) => m.respondedAt === null)).toBe(true);
    }

    // They answer by their invitation tokens: students 4–8 a little better, 9–13 better still,
    // 0–3 (at both events) best.
    const postFor = (i: number) => (i < 4 ? POST_BOTH : i < 9 ? POST_LOW : POST_HIGH);
    const post = await Promise.all(
      postInvitations.flatMap((invitations, i) =>
        invitations.map((m) => submit(tokens[i], { token: m.token, answers: postFor(i) })),
      ),
    );
    expect(post).toHaveLength(18);
    expect(post.map((r) => r.data?.submitSurveyResponse)).toEqual(
      post.map(() => ({ accepted: true, errors: [] })),
    );
    // A second answer with the same token is refused.
    const again = await submit(tokens[0], {
      token: postInvitations[0][0].token,
      answers: POST_BOTH,
    });
    expect(again.data!.submitSurveyResponse.errors.map((e) => e.code)).toEqual([
      'ALREADY_RESPONDED',
    ]);

    // The coordinator's report by aim: dose 1 for students at event A only, 2+ for those at both.
    const year = academicYearNow();
    const report = async () =>
      (
        await q<{ impactReport: { cells: Cell[]; csv: string } }>(
          coordinator,
          `query($y: Int) { impactReport(academicYear: $y, groupBy: AIM) { ${CELLS} csv } }`,
          { y: year },
        )
      ).data!.impactReport;
    // Once the doses have arrived, every respondent is in ONE or TWO_PLUS.
    const aim = await retryUntil(async () => {
      const r = await report();
      return r.cells.some((c) => c.doseBand === 'TWO_PLUS') &&
        r.cells.some((c) => c.doseBand === 'ONE')
        ? r
        : null;
    }, 'dose from AttendanceRecorded');

    const oneChanges = [
      ...Array<number>(5).fill(METRIC[21] - METRIC[14]),
      ...Array<number>(5).fill(METRIC[23] - METRIC[14]),
    ];
    const t13 = 2.160369; // t(0.975, 13)
    expect(aim.cells.map((c) => [c.groupKey, c.instrument, c.doseBand])).toEqual([
      ['WELLBEING', 'SWEMWBS', 'ALL'],
      ['WELLBEING', 'SWEMWBS', 'ONE'],
      ['WELLBEING', 'SWEMWBS', 'TWO_PLUS'],
    ]);
    const [all, one, twoPlus] = aim.cells;
    // People, not responses: students 0–3 answered twice but count once, with their mean change.
    expect(all).toMatchObject({
      academicYear: year,
      n: 14,
      suppressed: false,
      tooFewToConclude: true,
    });
    const allChanges = [...oneChanges, ...Array<number>(4).fill(METRIC[28] - METRIC[14])];
    const allMean = allChanges.reduce((a, b) => a + b, 0) / 14;
    const allSd = sampleSd(allChanges);
    expect(all.meanChange).toBeCloseTo(allMean, 6);
    expect(all.sd).toBeCloseTo(allSd, 6);
    expect(all.ciLow).toBeCloseTo(allMean - (t13 * allSd) / Math.sqrt(14), 2);
    expect(all.ciHigh).toBeCloseTo(allMean + (t13 * allSd) / Math.sqrt(14), 2);

    // ONE holds 10 people, but publishing it beside ALL (14) would give away 2+ (4 people, and
    // from n·mean their mean) by subtraction: it is suppressed as the complement.
    expect(one).toMatchObject({ n: null, meanChange: null, suppressed: true });

    // Students 0–3 fall in 2+: four people, eight responses, under 10, so nothing but the cell.
    expect(twoPlus).toEqual({
      groupKey: 'WELLBEING',
      academicYear: year,
      instrument: 'SWEMWBS',
      doseBand: 'TWO_PLUS',
      n: null,
      meanChange: null,
      sd: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
      tooFewToConclude: true,
    });
    expect(aim.csv).toContain('<10');

    // Per event: event A's 14 respondents, 10 of them at one event only (suppressed as the
    // complement), 4 (suppressed) at two.
    const byEvent = (
      await q<{ impactReport: { cells: Cell[] } }>(
        coordinator,
        `query($y: Int) { impactReport(academicYear: $y, groupBy: EVENT) { ${CELLS} } }`,
        { y: year },
      )
    ).data!.impactReport.cells;
    expect(
      byEvent.map((c) => [c.groupKey === eventA ? 'A' : 'B', c.doseBand, c.n, c.suppressed]).sort(),
    ).toEqual(
      [
        ['A', 'ALL', 14, false],
        ['A', 'ONE', null, true],
        ['A', 'TWO_PLUS', null, true],
        ['B', 'ALL', null, true],
        ['B', 'TWO_PLUS', null, true],
      ].sort(),
    );

    // Students see nothing but their own surveys.
    const asStudent = await q(tokens[5], `query { impactReport(groupBy: AIM) { ${CELLS} } }`);
    expect(asStudent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }, 150000);
});
