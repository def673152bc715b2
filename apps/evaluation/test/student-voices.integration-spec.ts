import { randomUUID } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import type { Caller, Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { academicYearOf } from '../src/domain/statistics';
import { evaluationModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Voice {
  id: string;
  text: string;
  phase: string;
  academicYear: number;
  aims: string[];
  themes: string[];
  publishable: boolean;
  partner: { id: string } | null;
}
interface Page {
  edges: Array<{ cursor: string; node: Voice }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const VOICES = `query($y: Int, $aim: Aim, $theme: String, $pub: Boolean, $partnerId: ID, $first: Int, $after: String) {
  studentVoices(academicYear: $y, aim: $aim, theme: $theme, publishableOnly: $pub, partnerId: $partnerId, first: $first, after: $after) {
    edges { cursor node { id text phase academicYear aims themes publishable partner { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ANNOTATE = `mutation($input: AnnotateStudentVoiceInput!) {
  annotateStudentVoice(input: $input) { voice { id themes publishable } errors { field code } }
}`;

const as = (roles: Role[], partnerId: string | null = null, subject = randomUUID()): Caller =>
  testCaller(roles, { subject, partnerId });

/**
 * The quote bank on real Postgres and Kafka: students' reflections come back as pseudonymous
 * quotes; a school is named only behind 10 or more of its respondents, and a head sees only such
 * quotes of their own school; the coordinator tags quotes and clears them for the annual report;
 * an erased student's words are gone.
 */
describe('evaluation: student voices (quote bank)', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  const big = randomUUID(); // 12 respondents
  const small = randomUUID(); // 3 respondents
  const bigStudents = Array.from({ length: 12 }, () => randomUUID());
  const smallStudents = Array.from({ length: 3 }, () => randomUUID());
  const year = academicYearOf(new Date(Date.now() + 5 * DAY));
  const voices = (caller: Caller, vars: Record<string, unknown> = {}) =>
    sg.query<{ studentVoices: Page | null }>(VOICES, { y: year, ...vars }, caller);
  const annotations = async () =>
    (
      (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM student_voice_annotation`,
      )) as Array<{ n: number }>
    )[0].n;

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    await upstream.partnerJoined({ id: big, name: 'Sandwich Technology School', sector: 'STATE' });
    await upstream.partnerJoined({
      id: small,
      name: 'Kent College',
      sector: 'INDEPENDENT',
      kind: 'INDEPENDENT',
    });
    await upstream.publishAll('people', PeopleEvents.registered, [
      ...bigStudents.map((id) => ({
        aggregateId: id,
        payload: { personId: id, partnerId: big, roles: ['STUDENT'], yearGroup: 10 },
      })),
      ...smallStudents.map((id) => ({
        aggregateId: id,
        payload: { personId: id, partnerId: small, roles: ['STUDENT'], yearGroup: 10 },
      })),
    ]);
    const startsAt = Date.now() + 5 * DAY;
    const { eventId } = await upstream.eventScheduled({
      title: 'Careers Fair',
      kind: 'OTHER',
      startsAt: iso(startsAt),
      endsAt: iso(startsAt + 5 * 3_600_000),
      audience: 'STUDENTS',
      yearGroups: [10],
      aims: ['RAISING_ASPIRATIONS'],
    });
    const pre = await sg.query<{ createSurvey: { survey: { id: string } } }>(
      `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code } } }`,
      {
        input: {
          eventId,
          phase: 'PRE',
          instrument: 'STIRLING',
          opensAt: iso(Date.now() - DAY),
          closesAt: iso(startsAt),
        },
      },
    );
    const surveyId = pre.data!.createSurvey.survey.id;
    // Every student holds a place, so opening the PRE survey invites them.
    await upstream.registered(eventId, [...bigStudents, ...smallStudents]);
    const opened = await sg.query<{ openSurvey: { errors: unknown[] } }>(
      `mutation($id: ID!) { openSurvey(id: $id) { errors { code } } }`,
      { id: surveyId },
    );
    expect(opened.data!.openSurvey.errors).toEqual([]);
    for (const [i, id] of [...bigStudents, ...smallStudents].entries()) {
      const res = await sg.query<{ submitSurveyResponse: { accepted: boolean } }>(
        `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { accepted errors { code } } }`,
        {
          input: {
            surveyId,
            answers: [4, 4, 3, 3, 4, 3, 4, 3, 4, 3, 4, 3],
            // One student leaves the reflection blank: a blank is not a quote.
            reflection: i === 0 ? '   ' : `I will ask about apprenticeships (${i})`,
          },
        },
        as(['STUDENT'], null, id),
      );
      expect(res.data?.submitSurveyResponse.accepted).toBe(true);
    }
  }, 120_000);

  afterAll(async () => {
    await upstream?.disconnect();
    await sg?.stop();
  });

  it('gives the coordinator every quote, naming a school only behind 10 or more respondents', async () => {
    const page = (await voices(as(['COORDINATOR']), { first: 50 })).data!.studentVoices!;
    expect(page.edges).toHaveLength(14); // 15 respondents, one blank
    const bySchool = (id: string | null) =>
      page.edges.filter((e) => (e.node.partner?.id ?? null) === id);
    expect(bySchool(big)).toHaveLength(11);
    expect(bySchool(small)).toHaveLength(0);
    expect(bySchool(null)).toHaveLength(3);
    expect(page.edges[0].node).toMatchObject({
      phase: 'PRE',
      academicYear: year,
      aims: ['RAISING_ASPIRATIONS'],
    });
    // Pseudonymous: no student's id anywhere in the answer.
    const json = JSON.stringify(page);
    for (const id of [...bigStudents, ...smallStudents]) expect(json).not.toContain(id);
    // A partner filter matches only quotes that show their school.
    const smallOnly = (await voices(as(['COORDINATOR']), { partnerId: small })).data!
      .studentVoices!;
    expect(smallOnly.edges).toEqual([]);
  });

  it('pages without overlap', async () => {
    const first = (await voices(as(['COORDINATOR']), { first: 5 })).data!.studentVoices!;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await voices(as(['COORDINATOR']), { first: 50, after: first.pageInfo.endCursor }))
      .data!.studentVoices!;
    expect(next.edges).toHaveLength(9);
    const ids = [...first.edges, ...next.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(14);
    const bad = await voices(as(['COORDINATOR']), { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("shows a head their own school's quotes only where 10 or more answered, and refuses others", async () => {
    const bigHead = (await voices(as(['HEAD'], big))).data!.studentVoices!;
    expect(bigHead.edges).toHaveLength(11);
    expect(bigHead.edges.every((e) => e.node.partner?.id === big)).toBe(true);
    // Three respondents: a head would know who wrote each quote, so they see none.
    expect((await voices(as(['CHAMPION'], small))).data!.studentVoices!.edges).toEqual([]);
    const otherSchool = await voices(as(['HEAD'], big), { partnerId: small });
    expect(otherSchool.data?.studentVoices).toBeNull();
    expect(otherSchool.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const role of ['STUDENT', 'TEACHER', 'ASSOCIATE'] as Role[]) {
      const res = await voices(as([role], big));
      expect(res.data?.studentVoices).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets the coordinator tag and clear quotes; anyone else and bad input change nothing', async () => {
    const all = (await voices(as(['COORDINATOR']))).data!.studentVoices!;
    const quote = all.edges[0].node;
    const before = await annotations();

    const byHead = await sg.query(
      ANNOTATE,
      { input: { id: quote.id, publishable: true } },
      as(['HEAD'], big),
    );
    expect(byHead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await sg.query<{ annotateStudentVoice: { errors: Array<{ code: string }> } }>(
      ANNOTATE,
      { input: { id: randomUUID(), publishable: true } },
      as(['COORDINATOR']),
    );
    expect(unknown.data!.annotateStudentVoice.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const tooLong = await sg.query<{
      annotateStudentVoice: { errors: Array<{ code: string; field: string }> };
    }>(ANNOTATE, { input: { id: quote.id, themes: ['x'.repeat(41)] } }, as(['COORDINATOR']));
    expect(tooLong.data!.annotateStudentVoice.errors[0]).toMatchObject({ code: 'INVALID' });
    const empty = await sg.query<{ annotateStudentVoice: { errors: Array<{ code: string }> } }>(
      ANNOTATE,
      { input: { id: quote.id } },
      as(['COORDINATOR']),
    );
    expect(empty.data!.annotateStudentVoice.errors[0].code).toBe('INVALID');
    expect(await annotations()).toBe(before);

    const ok = await sg.query<{ annotateStudentVoice: { voice: Voice; errors: unknown[] } }>(
      ANNOTATE,
      {
        input: { id: quote.id, publishable: true, themes: ['  Careers ', 'careers', 'Next Steps'] },
      },
      as(['COORDINATOR']),
    );
    expect(ok.data!.annotateStudentVoice).toEqual({
      voice: { id: quote.id, themes: ['careers', 'next steps'], publishable: true },
      errors: [],
    });
    // Omitted fields keep their value.
    await sg.query(ANNOTATE, { input: { id: quote.id, themes: ['careers'] } }, as(['COORDINATOR']));
    const published = (await voices(as(['COORDINATOR']), { pub: true })).data!.studentVoices!;
    expect(published.edges.map((e) => [e.node.id, e.node.publishable, e.node.themes])).toEqual([
      [quote.id, true, ['careers']],
    ]);
    const byTheme = (await voices(as(['COORDINATOR']), { theme: 'CAREERS' })).data!.studentVoices!;
    expect(byTheme.edges.map((e) => e.node.id)).toEqual([quote.id]);
    const otherAim = (await voices(as(['COORDINATOR']), { aim: 'WELLBEING' })).data!.studentVoices!;
    expect(otherAim.edges).toEqual([]);
  });

  it("removes an erased student's words from the bank", async () => {
    const id = bigStudents[5];
    const text = 'I will ask about apprenticeships (5)';
    const has = async () =>
      (await voices(as(['COORDINATOR']))).data!.studentVoices!.edges.some(
        (e) => e.node.text === text,
      );
    expect(await has()).toBe(true);
    await upstream.personErased(id);
    expect(await has()).toBe(false);
  });
});
