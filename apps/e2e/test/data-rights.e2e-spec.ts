import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensurePoppler } from '@ekst/platform';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * Data rights (issue 20) through the gateway on the whole platform (real processes, Postgres,
 * Kafka): a subject access export gathers what every service holds about a student (checked field
 * by field against what this test created), as JSON, as HTML and as a PDF (its text read back by
 * pdftotext); an erased person's export says nothing is held; a teacher may not ask for it;
 * the request and every read of a student's consents or registrations by someone else is in the
 * access log — one entry for a register of 80, none for the student's own reads, never the data.
 * On the worker's shared stack: its own partner and people only.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
interface HeldPart {
  service: string;
  table: string;
  kind: string;
  purpose: string;
  action: string;
  retainDays: number | null;
  retention: string;
  records: Array<{ fields: Array<{ name: string; value: string | null }> }>;
}
interface SubjectAccessExport {
  format: string;
  personId: string;
  personKnown: boolean;
  nothingHeld: boolean;
  recordCount: number;
  keptAfterErasure: number;
  parts: HeldPart[];
}
interface LogEntry {
  id: string;
  service: string;
  at: string;
  viewerId: string;
  viewerRoles: string[];
  subjectIds: string[];
  dataKind: string;
  operation: string;
}

const ERRORS = 'errors { code field message }';
const LOG = 'id service at viewerId viewerRoles subjectIds dataKind operation';
const PRE_ANSWERS = [2, 3, 2, 4, 2, 3, 2];
const REFLECTION = 'I will ask more questions in class';

/** A few at a time: the machine running the suite is shared, and each service's pool is small. */
async function inBatches<T, R>(
  items: T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

/** One record of one table, as a name → value map. */
function recordsOf(e: SubjectAccessExport, service: string, table: string) {
  const part = e.parts.find((p) => p.service === service && p.table === table);
  if (!part) throw new Error(`no part for ${service}.${table}`);
  return part.records.map((r) => Object.fromEntries(r.fields.map((f) => [f.name, f.value])));
}

describe('data rights through the gateway: subject access export and the access log', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared stack (its gateway prints PDFs with Chromium)
  let stack: TestStack;
  const dplId = randomUUID();
  let coordinator: string;
  let dpl: string;
  let partnerId: string;
  let student: string;
  let studentToken: string;
  let champion: string;
  let championId: string;
  let teacher: string;
  let eventId: string;
  let others: string[];
  let checkedInAt: string;
  const studentName = `Amira Okafor ${run}`;
  const parentName = `Grace Okafor ${run}`;
  const noticeSubject = `Coach leaves at 8 ${run}`;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);
  const sql = async (
    service: 'people' | 'events' | 'communications',
    text: string,
    params: unknown[] = [],
  ) => {
    const c = new Client({ connectionString: stack.databaseUrlOf(service) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as Array<Record<string, unknown>>;
    } finally {
      await c.end();
    }
  };
  const origin = () => new URL(stack.gatewayUrl).origin;
  let dir: string;
  /** The export as a PDF, and its text as pdftotext reads it (all whitespace removed). */
  const pdfOf = async (personId: string, token: string) => {
    const res = await fetch(`${origin()}/data-rights/subject-access/${personId}.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) return { status: res.status, body, text: '' };
    const file = join(dir, `${personId}-${randomBytes(3).toString('hex')}.pdf`);
    writeFileSync(file, body);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    return { status: res.status, type: res.headers.get('content-type'), body, text };
  };
  /** Table cells wrap: compare without whitespace. */
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const readsOf = async (id: string, field: 'peopleReadsOf' | 'eventsReadsOf') =>
    (
      await q<{ dataSubject: Record<string, LogEntry[]> }>(
        dpl,
        `query($id: ID!) { dataSubject(id: $id) { ${field} { ${LOG} } } }`,
        { id },
      )
    ).data!.dataSubject[field];

  beforeAll(async () => {
    ensurePoppler();
    dir = mkdtempSync(join(tmpdir(), 'ekst-data-rights-'));
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000024c0',
      roles: ['COORDINATOR'],
    });
    dpl = await devUserToken({ sub: dplId, roles: ['TEACHER', 'DATA_PROTECTION_LEAD'] });

    const partner = await q<{ createPartner: { partner: { id: string } | null } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `Castle Hill School ${run}`, kind: 'STATE', town: 'Folkestone' } },
    );
    partnerId = partner.data!.createPartner.partner!.id;

    const register = async (displayName: string, roles: string[], yearGroup: number | null) => {
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        { input: { partnerId, displayName, roles, yearGroup } },
      );
      return r.data?.registerPerson.person?.id ?? '';
    };
    student = await retryUntil(
      async () => (await register(studentName, ['STUDENT'], 12)) || null,
      'partner → people',
    );
    championId = await register(`Champion ${run}`, ['CHAMPION'], null);
    others = await inBatches([...Array(79).keys()], 8, (i) =>
      retryUntil(
        async () => (await register(`Register Student ${i} ${run}`, ['STUDENT'], 10)) || null,
        'student registered',
        { timeoutMs: 90_000 },
      ),
    );
    expect([championId, ...others].filter(Boolean)).toHaveLength(80);
    studentToken = await devUserToken({ sub: student, roles: ['STUDENT'], partnerId });
    champion = await devUserToken({ sub: championId, roles: ['CHAMPION'], partnerId });
    teacher = await devUserToken({ sub: randomUUID(), roles: ['TEACHER'], partnerId });
  }, 420000);

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a student with a consent, an attended registration, a survey answer and a notification gets all of them in the export', async () => {
    const consent = await q<{
      recordConsent: { consent: { id: string } | null; errors: UserErr[] };
    }>(
      coordinator,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } ${ERRORS} } }`,
      {
        input: {
          personId: student,
          kind: 'PHOTO_PUBLICITY',
          decision: 'GRANTED',
          givenBy: 'PARENT_CARER',
          giverName: parentName,
          method: 'PAPER',
        },
      },
    );
    expect(consent.data?.recordConsent.errors).toEqual([]);
    const consentId = consent.data!.recordConsent.consent!.id;

    // An event for all 80 students, starting shortly.
    const startsAt = Date.now() + 40_000;
    eventId = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null } }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${ERRORS} } }`,
        {
          input: {
            title: `Careers Fair ${run}`,
            kind: 'OTHER',
            audience: 'STUDENTS',
            yearGroups: [10, 12],
            hostPartnerId: partnerId,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(startsAt + 3_600_000).toISOString(),
            aims: ['WIDENING_HORIZONS'],
            capacity: 100,
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
    const statuses = await inBatches([student, ...others], 8, (personId) =>
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
    );
    expect(new Set(statuses)).toEqual(new Set(['REGISTERED']));

    // A PRE survey the student answers before the start.
    const surveyId = await retryUntil(
      async () => {
        const r = await q<{ createSurvey: { survey: { id: string } | null } }>(
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
      },
      'event → evaluation',
      { timeoutMs: 90_000 },
    );
    await q(coordinator, `mutation($id: ID!) { openSurvey(id: $id) { survey { status } } }`, {
      id: surveyId,
    });
    const answered = await retryUntil(async () => {
      const r = await q<{ submitSurveyResponse: { accepted: boolean; errors: UserErr[] } }>(
        studentToken,
        `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { accepted ${ERRORS} } }`,
        { input: { surveyId, answers: PRE_ANSWERS, reflection: REFLECTION } },
      );
      return r.data?.submitSurveyResponse.accepted || null;
    }, 'invitation');
    expect(answered).toBe(true);

    // An announcement to the event's participants, once communications has heard of the
    // student's registration: a notification in the student's inbox.
    await retryUntil(
      async () =>
        (
          await sql(
            'communications',
            `SELECT 1 FROM registration_projection WHERE person_id = $1`,
            [student],
          )
        ).length > 0 || null,
      'events → communications',
    );
    const posted = await retryUntil(async () => {
      const r = await q<{ postAnnouncement: { announcement: { id: string } | null } }>(
        coordinator,
        `mutation($input: PostAnnouncementInput!) { postAnnouncement(input: $input) { announcement { id } ${ERRORS} } }`,
        {
          input: {
            target: 'EVENT',
            targetId: eventId,
            subject: noticeSubject,
            body: 'Bring a packed lunch.',
          },
        },
      );
      return r.data?.postAnnouncement.announcement?.id;
    }, 'event → communications');
    expect(posted).toBeTruthy();
    await retryUntil(async () => {
      const r = await q<{
        me: { notifications: { edges: Array<{ node: { subject: string } }> } } | null;
      }>(studentToken, `{ me { notifications { edges { node { subject } } } } }`);
      return r.data?.me?.notifications.edges.some((e) => e.node.subject === noticeSubject) || null;
    }, 'notification');

    // On the day the student is checked in (attendance).
    await sleepUntil(startsAt);
    const checkIn = await q<{
      checkIn: { registration: { status: string; checkedInAt: string } | null; errors: UserErr[] };
    }>(
      coordinator,
      `mutation($e: ID!, $p: ID!) { checkIn(eventId: $e, personId: $p) { registration { status checkedInAt } ${ERRORS} } }`,
      { e: eventId, p: student },
    );
    expect(checkIn.data?.checkIn.errors).toEqual([]);
    checkedInAt = checkIn.data!.checkIn.registration!.checkedInAt;

    // The data protection lead asks for the export as JSON.
    const json = await fetch(`${origin()}/data-rights/subject-access/${student}.json`, {
      headers: { authorization: `Bearer ${dpl}` },
    });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain(`subject-access-${student}.json`);
    const exported = (await json.json()) as SubjectAccessExport;
    expect(exported).toMatchObject({
      format: 'ekst-subject-access/1',
      personId: student,
      personKnown: true,
      nothingHeld: false,
    });
    // Every part says why and for how long.
    for (const p of exported.parts) {
      expect(p.purpose.length).toBeGreaterThan(10);
      expect(p.retention.length).toBeGreaterThan(5);
    }

    const [profile] = recordsOf(exported, 'people', 'person');
    expect(profile).toMatchObject({
      id: student,
      display_name: studentName,
      partner_id: partnerId,
      year_group: '12',
      roles: '["STUDENT"]',
      email: null,
    });
    expect(recordsOf(exported, 'people', 'consent_record')).toEqual([
      expect.objectContaining({
        id: consentId,
        person_id: student,
        kind: 'PHOTO_PUBLICITY',
        decision: 'GRANTED',
        given_by: 'PARENT_CARER',
        giver_name: parentName,
      }),
    ]);
    expect(recordsOf(exported, 'events', 'registration')).toEqual([
      expect.objectContaining({
        event_id: eventId,
        person_id: student,
        status: 'ATTENDED',
        checked_in_at: checkedInAt,
        partner_id: partnerId,
      }),
    ]);
    // The check-in code is a credential: never exported.
    expect(recordsOf(exported, 'events', 'registration')[0]).not.toHaveProperty('check_in_code');
    const [invitation] = recordsOf(exported, 'evaluation', 'survey_invitation');
    expect(invitation).toMatchObject({ survey_id: surveyId, person_id: student });
    expect(invitation).not.toHaveProperty('token');
    const responses = recordsOf(exported, 'evaluation', 'survey_response');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      survey_id: surveyId,
      invitation_id: invitation.id,
      reflection: REFLECTION,
    });
    expect(JSON.parse(responses[0].answers!)).toEqual(PRE_ANSWERS);
    expect(recordsOf(exported, 'communications', 'notification')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recipient_id: student, subject: noticeSubject }),
      ]),
    );
    // The other services answered too (with no records for this student).
    expect(new Set(exported.parts.map((p) => p.service))).toEqual(
      new Set([
        'people',
        'events',
        'evaluation',
        'teacher-swap',
        'communications',
        'partners-governance',
      ]),
    );

    // The same export as HTML: a readable document naming what was held.
    const html = await fetch(`${origin()}/data-rights/subject-access/${student}.html`, {
      headers: { authorization: `Bearer ${dpl}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    const page = await html.text();
    for (const text of [
      studentName,
      parentName,
      'PHOTO_PUBLICITY',
      eventId,
      checkedInAt,
      REFLECTION,
      noticeSubject,
    ])
      expect(page).toContain(text);

    // And as a PDF: that HTML printed, its text holding every value the test created.
    const pdf = await pdfOf(student, dpl);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squeeze(pdf.text);
    for (const value of [
      studentName,
      partnerId,
      consentId,
      parentName,
      'PHOTO_PUBLICITY',
      'GRANTED',
      'PARENT_CARER',
      eventId,
      'ATTENDED',
      checkedInAt,
      surveyId,
      invitation.id!,
      REFLECTION,
      JSON.stringify(PRE_ANSWERS),
      noticeSubject,
    ])
      expect(text).toContain(squeeze(value));
    // Secrets stay out of the document as they stay out of the JSON.
    expect(pdf.text).not.toMatch(/check_in_code|password_hash|refresh_hash/);

    // The three requests are in people's access log, by the data protection lead.
    const log = await readsOf(student, 'peopleReadsOf');
    const requests = log.filter((e) => e.dataKind === 'SUBJECT_ACCESS');
    expect(requests).toHaveLength(3);
    for (const e of requests)
      expect(e).toMatchObject({
        service: 'people',
        viewerId: dplId,
        viewerRoles: ['TEACHER', 'DATA_PROTECTION_LEAD'],
        subjectIds: [student],
        operation: 'subjectAccessRequest',
      });
  }, 420000);

  it('a teacher may not ask for an export or read the access log, and changes nothing', async () => {
    const before = await readsOf(student, 'peopleReadsOf');
    const viaGraph = await q<{ subjectAccessRequest: unknown }>(
      teacher,
      `query($id: ID!) { subjectAccessRequest(personId: $id) { personKnown subject { heldByEvents { table } } } }`,
      { id: student },
    );
    expect(viaGraph.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(viaGraph.data?.subjectAccessRequest ?? null).toBeNull();
    const file = await fetch(`${origin()}/data-rights/subject-access/${student}.json`, {
      headers: { authorization: `Bearer ${teacher}` },
    });
    expect(file.status).toBe(403);
    const pdf = await pdfOf(student, teacher);
    expect(pdf.status).toBe(403);
    expect(pdf.body.toString('utf8')).not.toContain(studentName);
    // A field on the entity asked for directly, through another service: still refused.
    const log = await q(
      teacher,
      `query($id: ID!) { dataSubject(id: $id) { eventsReadsOf { id } } }`,
      {
        id: student,
      },
    );
    expect(log.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(await readsOf(student, 'peopleReadsOf')).toEqual(before);
  });

  it('an unknown person: a clear answer that nothing is held, not an error', async () => {
    const nobody = randomUUID();
    const res = await fetch(`${origin()}/data-rights/subject-access/${nobody}.json`, {
      headers: { authorization: `Bearer ${dpl}` },
    });
    expect(res.status).toBe(200);
    const exported = (await res.json()) as SubjectAccessExport;
    expect(exported).toMatchObject({ personKnown: false, nothingHeld: true, recordCount: 0 });
    expect(exported.parts.length).toBeGreaterThan(20);
    const html = await fetch(`${origin()}/data-rights/subject-access/not-a-uuid.html`, {
      headers: { authorization: `Bearer ${dpl}` },
    });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Nothing is held about this person');
  });

  it('an erased person: the export says nothing is held, only the access log of who read their data', async () => {
    const leaverName = `Leaver ${run}`;
    const leaverParent = `Leaver Parent ${run}`;
    const r = await q<{ registerPerson: { person: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
      { input: { partnerId, displayName: leaverName, roles: ['STUDENT'], yearGroup: 11 } },
    );
    expect(r.data?.registerPerson.errors).toEqual([]);
    const leaver = r.data!.registerPerson.person!.id;
    const consent = await q<{ recordConsent: { errors: UserErr[] } }>(
      coordinator,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } ${ERRORS} } }`,
      {
        input: {
          personId: leaver,
          kind: 'TRIPS',
          decision: 'GRANTED',
          givenBy: 'PARENT_CARER',
          giverName: leaverParent,
          method: 'PAPER',
        },
      },
    );
    expect(consent.data?.recordConsent.errors).toEqual([]);
    // The champion reads the consent: an access-log entry naming the leaver, kept after erasure.
    const read = await q<{ person: { consentRecords: Array<{ kind: string }> } }>(
      champion,
      `query($id: ID!) { person(id: $id) { consentRecords { kind } } }`,
      { id: leaver },
    );
    expect(read.data!.person.consentRecords.map((c) => c.kind)).toEqual(['TRIPS']);
    // The log is written in batches after the response: wait until the read is in it.
    await retryUntil(
      async () =>
        (await readsOf(leaver, 'peopleReadsOf')).some(
          (e) => e.dataKind === 'CONSENT' && e.viewerId === championId,
        ) || null,
      'the champion’s read in the access log',
    );
    const erased = await q<{ erasePerson: { erasedId: string | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!) { erasePerson(id: $id) { erasedId ${ERRORS} } }`,
      { id: leaver },
    );
    expect(erased.data?.erasePerson).toEqual({ erasedId: leaver, errors: [] });

    // Every service hears PersonErased through Kafka; then nothing is held.
    const exported = await retryUntil(async () => {
      const res = await fetch(`${origin()}/data-rights/subject-access/${leaver}.json`, {
        headers: { authorization: `Bearer ${dpl}` },
      });
      expect(res.status).toBe(200);
      const e = (await res.json()) as SubjectAccessExport;
      return e.nothingHeld ? e : null;
    }, 'PersonErased everywhere');
    expect(exported).toMatchObject({ personKnown: false, nothingHeld: true });
    const kept = ['access_log', 'outbox', 'dead_letter'];
    for (const p of exported.parts.filter((x) => !kept.includes(x.table)))
      expect({ table: `${p.service}.${p.table}`, records: p.records }).toEqual({
        table: `${p.service}.${p.table}`,
        records: [],
      });
    const log = recordsOf(exported, 'people', 'access_log');
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ viewer_id: championId, data_kind: 'CONSENT' }),
      ]),
    );
    expect(exported.keptAfterErasure).toBe(exported.recordCount);
    const raw = JSON.stringify(exported);
    expect(raw).not.toContain(leaverName);
    expect(raw).not.toContain(leaverParent);

    const pdf = await pdfOf(leaver, dpl);
    expect(pdf.status).toBe(200);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Nothing is held about this person');
    expect(text).toContain('has been erased');
    expect(text).toContain('still name their id where the data policy keeps them after an erasure');
    expect(text).not.toContain(leaverName);
  }, 180_000);

  it("the champion's read of a student's consents is one entry; the student's own read none; the log holds no consent content", async () => {
    const before = (await readsOf(student, 'peopleReadsOf')).filter(
      (e) => e.dataKind === 'CONSENT',
    );
    expect(before).toEqual([]);

    const own = await q<{ me: { consentRecords: Array<{ kind: string }> } }>(
      studentToken,
      `{ me { consentRecords { kind } } }`,
    );
    expect(own.data!.me.consentRecords.map((c) => c.kind)).toEqual(['PHOTO_PUBLICITY']);
    expect(
      (await readsOf(student, 'peopleReadsOf')).filter((e) => e.dataKind === 'CONSENT'),
    ).toEqual([]);

    const read = await q<{
      person: { consentRecords: Array<{ kind: string; giverName: string }> };
    }>(
      champion,
      `query($id: ID!) { person(id: $id) { consentRecords { kind giverName decision } } }`,
      { id: student },
    );
    expect(read.data!.person.consentRecords).toEqual([
      expect.objectContaining({ kind: 'PHOTO_PUBLICITY', giverName: parentName }),
    ]);
    const after = (await readsOf(student, 'peopleReadsOf')).filter((e) => e.dataKind === 'CONSENT');
    expect(after).toEqual([
      expect.objectContaining({
        viewerId: championId,
        viewerRoles: ['CHAMPION'],
        subjectIds: [student],
        operation: 'Person.consentRecords',
      }),
    ]);
    // Per viewer too.
    const byChampion = (
      await q<{ dataSubject: { peopleReadsBy: LogEntry[] } }>(
        dpl,
        `query($id: ID!) { dataSubject(id: $id) { peopleReadsBy { ${LOG} } } }`,
        { id: championId },
      )
    ).data!.dataSubject.peopleReadsBy;
    expect(byChampion.map((e) => e.id)).toContain(after[0].id);

    // Nothing of the consent itself is in people's log table.
    const rows = await sql('people', `SELECT to_jsonb(a)::text AS row FROM access_log a`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows as Array<{ row: string }>) {
      expect(row).not.toContain(parentName);
      expect(row).not.toContain('PHOTO_PUBLICITY');
      expect(row).not.toContain('GRANTED');
    }
  });

  it('reading a register of 80 students is one access-log entry naming all 80', async () => {
    const before = await readsOf(student, 'eventsReadsOf');
    const register = await q<{ event: { registrations: Array<{ person: { id: string } }> } }>(
      champion,
      `query($id: ID!) { event(id: $id) { registrations { status person { id } } } }`,
      { id: eventId },
    );
    expect(register.errors).toBeUndefined();
    const named = register.data!.event.registrations.map((r) => r.person.id).sort();
    expect(named).toHaveLength(80);
    const after = await readsOf(student, 'eventsReadsOf');
    const added = after.filter((e) => !before.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      service: 'events',
      viewerId: championId,
      dataKind: 'REGISTRATIONS',
      operation: 'Event.registrations',
    });
    expect([...added[0].subjectIds].sort()).toEqual(named);
    const [{ n }] = (await sql(
      'events',
      `SELECT count(*)::int AS n FROM access_log WHERE viewer_id = $1`,
      [championId],
    )) as Array<{ n: number }>;
    expect(n).toBe(1);
  });

  it('the retention record shows every personal table of every service with its period and the last run; a teacher may not see it', async () => {
    const services = [
      'people',
      'events',
      'evaluation',
      'teacherSwap',
      'communications',
      'partnersGovernance',
    ];
    const fields = 'table personalData action retainDays reason lastRunAt lastRunAffected';
    const query = `{ retentionRecord { id ${services.map((f) => `${f} { ${fields} }`).join(' ')} } }`;
    // Each service runs its retention job at start: every entry shows that run.
    const record = await retryUntil(async () => {
      const r = await q<{ retentionRecord: Record<string, Array<Record<string, unknown>>> }>(
        dpl,
        query,
      );
      const all = services.flatMap((f) => r.data?.retentionRecord[f] ?? []);
      return all.length > 0 && all.every((e) => e.lastRunAt !== null)
        ? r.data!.retentionRecord
        : null;
    }, 'retention runs');
    const people = record.people;
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          table: 'consent_record',
          personalData: true,
          action: 'keep',
          retainDays: null,
        }),
        expect.objectContaining({
          table: 'access_log',
          personalData: true,
          action: 'delete',
          retainDays: 1095,
        }),
        expect.objectContaining({
          table: 'session',
          personalData: true,
          action: 'delete',
          retainDays: 7,
        }),
      ]),
    );
    for (const f of services) {
      const personal = record[f].filter((e) => e.personalData);
      expect(personal.length).toBeGreaterThan(0);
      for (const e of personal) expect(typeof e.lastRunAffected).toBe('number');
    }
    expect(record.events.map((e) => e.table)).toEqual(
      expect.arrayContaining(['registration', 'access_log']),
    );
    expect(record.communications.map((e) => e.table)).toContain('notification');

    const refused = await q<{ retentionRecord: unknown }>(
      teacher,
      `{ retentionRecord { people { table } } }`,
    );
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(refused.data?.retentionRecord ?? null).toBeNull();
  });

  it('only the coordinator grants the data protection lead role; a champion is refused and nothing is written', async () => {
    const register = (token: string, displayName: string) =>
      q<{ registerPerson: { person: { id: string; roles: string[] } | null; errors: UserErr[] } }>(
        token,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id roles } ${ERRORS} } }`,
        {
          input: {
            partnerId,
            displayName,
            roles: ['TEACHER', 'DATA_PROTECTION_LEAD'],
            email: `${displayName.replace(/\W/g, '')}@example.org`,
          },
        },
      );
    const refused = await register(champion, `Would Be Lead ${run}`);
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const [{ n }] = (await sql(
      'people',
      `SELECT count(*)::int AS n FROM person WHERE display_name = $1`,
      [`Would Be Lead ${run}`],
    )) as Array<{ n: number }>;
    expect(n).toBe(0);
    const granted = await register(coordinator, `Data Lead ${run}`);
    expect(granted.data?.registerPerson).toMatchObject({
      person: { roles: ['TEACHER', 'DATA_PROTECTION_LEAD'] },
      errors: [],
    });
  });
  it('rectification: the student asks, a teacher of another school cannot, the data protection lead applies and every service hears of it', async () => {
    const RECT =
      'id personId field requestedValue reason requestedBy status handledBy handledAt outcomeReason';
    const ask = (token: string, personId: string) =>
      q<{ requestRectification: { request: Record<string, unknown> | null; errors: UserErr[] } }>(
        token,
        `mutation($input: RequestRectificationInput!) { requestRectification(input: $input) { request { ${RECT} } ${ERRORS} } }`,
        {
          input: {
            personId,
            field: 'YEAR_GROUP',
            value: '13',
            reason: 'I moved up to year 13 in September',
          },
        },
      );
    const otherSchoolTeacher = await devUserToken({
      sub: randomUUID(),
      roles: ['TEACHER'],
      partnerId: randomUUID(),
    });
    const refusedAsk = await ask(otherSchoolTeacher, student);
    expect(refusedAsk.data?.requestRectification).toMatchObject({
      request: null,
      errors: [expect.objectContaining({ code: 'NOT_FOUND', field: 'personId' })],
    });

    const asked = await ask(studentToken, student);
    expect(asked.data?.requestRectification.errors).toEqual([]);
    const request = asked.data!.requestRectification.request!;
    expect(request).toMatchObject({
      personId: student,
      field: 'YEAR_GROUP',
      requestedValue: '13',
      reason: 'I moved up to year 13 in September',
      requestedBy: student,
      status: 'OPEN',
      handledBy: null,
    });
    // The student sees their own request, not the data protection lead's queue, and cannot apply.
    const mine = await q<{ myRectificationRequests: Array<{ id: string; status: string }> }>(
      studentToken,
      `{ myRectificationRequests { id status } }`,
    );
    expect(mine.data!.myRectificationRequests).toEqual([{ id: request.id, status: 'OPEN' }]);
    for (const token of [studentToken, teacher]) {
      const queue = await q(token, `{ rectificationRequests(status: OPEN) { id } }`);
      expect(queue.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      const applied = await q(
        token,
        `mutation($id: ID!) { applyRectification(id: $id) { request { status } ${ERRORS} } }`,
        { id: request.id },
      );
      expect(applied.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    }

    const queue = await q<{ rectificationRequests: Array<{ id: string }> }>(
      dpl,
      `query($p: ID) { rectificationRequests(status: OPEN, personId: $p) { id } }`,
      { p: student },
    );
    expect(queue.data!.rectificationRequests).toEqual([{ id: request.id }]);
    const applied = await q<{
      applyRectification: { request: Record<string, unknown> | null; errors: UserErr[] };
    }>(
      dpl,
      `mutation($id: ID!) { applyRectification(id: $id) { request { ${RECT} } ${ERRORS} } }`,
      { id: request.id },
    );
    expect(applied.data?.applyRectification.errors).toEqual([]);
    expect(applied.data!.applyRectification.request).toMatchObject({
      status: 'APPLIED',
      handledBy: dplId,
      outcomeReason: null,
    });
    const again = await q<{ applyRectification: { errors: UserErr[] } }>(
      dpl,
      `mutation($id: ID!) { applyRectification(id: $id) { request { status } ${ERRORS} } }`,
      { id: request.id },
    );
    expect(again.data!.applyRectification.errors.map((e) => e.code)).toEqual(['ALREADY_HANDLED']);

    // Applied through updatePerson: people's record, and PersonUpdated through Kafka to events.
    const profile = await q<{ person: { yearGroup: number } }>(
      coordinator,
      `query($id: ID!) { person(id: $id) { yearGroup } }`,
      { id: student },
    );
    expect(profile.data!.person.yearGroup).toBe(13);
    await retryUntil(
      async () =>
        (
          await sql('events', `SELECT year_group FROM person_projection WHERE id = $1`, [student])
        )[0]?.year_group === 13 || null,
      'PersonUpdated → events',
    );
    const [{ n }] = (await sql(
      'people',
      `SELECT count(*)::int AS n FROM outbox WHERE message_key = $1 AND envelope->>'type' = 'PersonUpdated'`,
      [student],
    )) as Array<{ n: number }>;
    expect(n).toBe(1);

    // The request joins the subject access export.
    const res = await fetch(`${origin()}/data-rights/subject-access/${student}.json`, {
      headers: { authorization: `Bearer ${dpl}` },
    });
    const exported = (await res.json()) as SubjectAccessExport;
    expect(recordsOf(exported, 'people', 'rectification_request')).toEqual([
      expect.objectContaining({
        id: request.id,
        field: 'YEAR_GROUP',
        requested_value: '13',
        requested_by: student,
        status: 'APPLIED',
        handled_by: dplId,
      }),
    ]);
  }, 120_000);
});
