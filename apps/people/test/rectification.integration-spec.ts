import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

interface Req {
  id: string;
  personId: string;
  field: string;
  requestedValue: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: string;
  handledBy: string | null;
  handledAt: string | null;
  outcomeReason: string | null;
}
interface Payload {
  request: Req | null;
  errors: Array<{ code: string; field: string | null }>;
}

const REQ =
  'id personId field requestedValue reason requestedBy requestedAt status handledBy handledAt outcomeReason';
const ASK = `mutation($input: RequestRectificationInput!) { requestRectification(input: $input) { request { ${REQ} } errors { code field } } }`;
const APPLY = `mutation($id: ID!) { applyRectification(id: $id) { request { ${REQ} } errors { code field } } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseRectification(id: $id, reason: $reason) { request { ${REQ} } errors { code field } } }`;

/**
 * Rectification (issue 20) against a real database and Kafka: who may ask for a correction of
 * whose record, who handles it, and that applying goes through updatePerson (the record changes,
 * PersonUpdated is in the outbox) exactly once — a second answer, or two at once, change nothing.
 */
describe('people: rectification requests', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const westgate = randomUUID();
  const hartley = randomUUID();
  const coordinator = testCaller(['COORDINATOR'], { subject: randomUUID() });
  const dplId = randomUUID();
  // The data protection lead works at another school: handling is partnership-wide.
  const dpl = testCaller(['TEACHER', 'DATA_PROTECTION_LEAD'], {
    subject: dplId,
    partnerId: hartley,
  });
  let student: string;
  let studentCaller: Caller;
  let colleague: string;
  let westgateTeacher: Caller;
  const hartleyTeacher = testCaller(['TEACHER'], { subject: randomUUID(), partnerId: hartley });

  const ask = (caller: Caller, input: Record<string, unknown>) =>
    sg.query<{ requestRectification: Payload }>(ASK, { input }, caller);
  const apply = (caller: Caller, id: string) =>
    sg.query<{ applyRectification: Payload }>(APPLY, { id }, caller);
  const refuse = (caller: Caller, id: string, reason: string) =>
    sg.query<{ refuseRectification: Payload }>(REFUSE, { id, reason }, caller);
  const rows = async () =>
    (
      (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM rectification_request`,
      )) as Array<{
        n: number;
      }>
    )[0].n;
  const person = async (id: string) =>
    (
      (await sg.running.dataSource.query(
        `SELECT display_name, year_group, email FROM person WHERE id = $1`,
        [id],
      )) as Array<{ display_name: string; year_group: number | null; email: string | null }>
    )[0];
  const updates = async (id: string) =>
    (
      (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox WHERE message_key = $1 AND envelope->>'type' = 'PersonUpdated'`,
        [id],
      )) as Array<{ n: number }>
    )[0].n;
  const register = async (input: Record<string, unknown>) => {
    const r = await sg.query<{
      registerPerson: { person: { id: string } | null; errors: unknown[] };
    }>(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field } } }`,
      { input },
      coordinator,
    );
    expect(r.data?.registerPerson.errors).toEqual([]);
    return r.data!.registerPerson.person!.id;
  };

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    for (const [id, name] of [
      [westgate, 'Westgate Academy'],
      [hartley, 'Hartley Grammar'],
    ])
      await probe.deliver(probe.partnerJoined({ id, name, kind: 'STATE', sector: 'STATE' }));
    await eventually(async () => {
      const r = (await sg.running.dataSource.query(
        `SELECT id FROM partner_projection`,
      )) as unknown[];
      return r.length === 2;
    });
    student = await register({
      partnerId: westgate,
      displayName: 'Amira Okafr',
      roles: ['STUDENT'],
      yearGroup: 10,
    });
    colleague = await register({
      partnerId: westgate,
      displayName: 'Tess Tanner',
      roles: ['TEACHER'],
      email: `tess.${randomUUID().slice(0, 8)}@westgate.example.org`,
    });
    studentCaller = testCaller(['STUDENT'], { subject: student, partnerId: westgate });
    westgateTeacher = testCaller(['TEACHER'], { subject: randomUUID(), partnerId: westgate });
  }, 120_000);

  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  it('a student asks for a correction of their name: recorded open, the record unchanged', async () => {
    const r = await ask(studentCaller, {
      personId: student,
      field: 'DISPLAY_NAME',
      value: '  Amira Okafor ',
      reason: 'My surname is misspelt',
    });
    expect(r.data!.requestRectification.errors).toEqual([]);
    expect(r.data!.requestRectification.request).toMatchObject({
      personId: student,
      field: 'DISPLAY_NAME',
      requestedValue: 'Amira Okafor',
      reason: 'My surname is misspelt',
      requestedBy: student,
      status: 'OPEN',
      handledBy: null,
      handledAt: null,
      outcomeReason: null,
    });
    expect((await person(student)).display_name).toBe('Amira Okafr');
    const mine = await sg.query<{ myRectificationRequests: Req[] }>(
      `{ myRectificationRequests { id field status } }`,
      {},
      studentCaller,
    );
    expect(mine.data!.myRectificationRequests).toEqual([
      { id: r.data!.requestRectification.request!.id, field: 'DISPLAY_NAME', status: 'OPEN' },
    ]);
    // Someone else's list does not show it.
    const theirs = await sg.query<{ myRectificationRequests: Req[] }>(
      `{ myRectificationRequests { id } }`,
      {},
      hartleyTeacher,
    );
    expect(theirs.data!.myRectificationRequests).toEqual([]);
  });

  it('school staff ask for a student of their school; nobody else, and bad input changes nothing', async () => {
    const byTeacher = await ask(westgateTeacher, {
      personId: student,
      field: 'YEAR_GROUP',
      value: '11',
      reason: 'Her parent says she moved up in September',
    });
    expect(byTeacher.data!.requestRectification.errors).toEqual([]);
    expect(byTeacher.data!.requestRectification.request).toMatchObject({
      requestedBy: westgateTeacher.subject,
      requestedValue: '11',
      status: 'OPEN',
    });
    const before = await rows();
    // A teacher of another school cannot see the student: NOT_FOUND, like an unknown id.
    const other = await ask(hartleyTeacher, {
      personId: student,
      field: 'YEAR_GROUP',
      value: '12',
      reason: 'A reason that is long enough',
    });
    expect(other.data!.requestRectification).toEqual({
      request: null,
      errors: [{ code: 'NOT_FOUND', field: 'personId' }],
    });
    const unknown = await ask(westgateTeacher, {
      personId: randomUUID(),
      field: 'DISPLAY_NAME',
      value: 'Someone',
      reason: 'A reason that is long enough',
    });
    expect(unknown.data!.requestRectification.errors).toEqual([
      { code: 'NOT_FOUND', field: 'personId' },
    ]);
    // A colleague's record: adults ask for themselves.
    const colleagues = await ask(westgateTeacher, {
      personId: colleague,
      field: 'PHONE',
      value: '01843 000000',
      reason: 'A reason that is long enough',
    });
    expect(colleagues.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // Values that break the record's rules, and a missing reason.
    const badYear = await ask(studentCaller, {
      personId: student,
      field: 'YEAR_GROUP',
      value: '20',
      reason: 'I am in year twenty',
    });
    expect(badYear.data!.requestRectification.errors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: 'value' }),
    ]);
    const studentEmail = await ask(studentCaller, {
      personId: student,
      field: 'EMAIL',
      value: 'amira@example.org',
      reason: 'So you can write to me',
    });
    expect(studentEmail.data!.requestRectification.errors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: 'value' }),
    ]);
    const noReason = await ask(studentCaller, {
      personId: student,
      field: 'DISPLAY_NAME',
      value: 'Amira Okafor',
      reason: ' ',
    });
    expect(noReason.data!.requestRectification.errors).toEqual([
      { code: 'INVALID', field: 'reason' },
    ]);
    expect(await rows()).toBe(before);
  });

  it('only the data protection lead or the coordinator sees and handles requests', async () => {
    const open = await sg.query<{ rectificationRequests: Req[] }>(
      `query($p: ID) { rectificationRequests(status: OPEN, personId: $p) { id field status requestedBy } }`,
      { p: student },
      dpl,
    );
    expect(open.data!.rectificationRequests.map((r) => r.field)).toEqual([
      'DISPLAY_NAME',
      'YEAR_GROUP',
    ]);
    const id = open.data!.rectificationRequests[0].id;
    for (const caller of [studentCaller, westgateTeacher]) {
      const list = await sg.query(`{ rectificationRequests { id } }`, {}, caller);
      expect(list.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const applied = await apply(caller, id);
      expect(applied.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect((await person(student)).display_name).toBe('Amira Okafr');
    const stillOpen = await sg.query<{ rectificationRequests: Req[] }>(
      `{ rectificationRequests(status: OPEN) { id } }`,
      {},
      coordinator,
    );
    expect(stillOpen.data!.rectificationRequests.map((r) => r.id)).toContain(id);
  });

  it('applying changes the record through updatePerson once; a second answer changes nothing', async () => {
    const [request] = (
      await sg.query<{ rectificationRequests: Req[] }>(
        `query($p: ID) { rectificationRequests(status: OPEN, personId: $p) { id field } }`,
        { p: student },
        dpl,
      )
    ).data!.rectificationRequests;
    expect(request.field).toBe('DISPLAY_NAME');
    const eventsBefore = await updates(student);
    // Two handlers at once: one applies, the other is told it was handled.
    const [a, b] = await Promise.all([apply(dpl, request.id), apply(coordinator, request.id)]);
    const answers = [a.data!.applyRectification, b.data!.applyRectification];
    const applied = answers.filter((x) => x.errors.length === 0);
    expect(applied).toHaveLength(1);
    expect(answers.flatMap((x) => x.errors)).toEqual([{ code: 'ALREADY_HANDLED', field: 'id' }]);
    expect(applied[0].request).toMatchObject({
      status: 'APPLIED',
      handledBy: expect.stringMatching(new RegExp(`^(${dplId}|${coordinator.subject})$`)),
      outcomeReason: null,
    });
    expect(Date.parse(applied[0].request!.handledAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect((await person(student)).display_name).toBe('Amira Okafor');
    expect(await updates(student)).toBe(eventsBefore + 1);

    const again = await apply(dpl, request.id);
    expect(again.data!.applyRectification).toEqual({
      request: null,
      errors: [{ code: 'ALREADY_HANDLED', field: 'id' }],
    });
    const refusedLate = await refuse(dpl, request.id, 'Too late to refuse');
    expect(refusedLate.data!.refuseRectification.errors).toEqual([
      { code: 'ALREADY_HANDLED', field: 'id' },
    ]);
    expect(await updates(student)).toBe(eventsBefore + 1);
    const unknown = await apply(dpl, randomUUID());
    expect(unknown.data!.applyRectification.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });

  it('refusing records who, when and why, and leaves the record as it was', async () => {
    const [request] = (
      await sg.query<{ rectificationRequests: Req[] }>(
        `query($p: ID) { rectificationRequests(status: OPEN, personId: $p) { id field } }`,
        { p: student },
        dpl,
      )
    ).data!.rectificationRequests;
    expect(request.field).toBe('YEAR_GROUP');
    const noReason = await refuse(dpl, request.id, '');
    expect(noReason.data!.refuseRectification.errors).toEqual([
      { code: 'INVALID', field: 'reason' },
    ]);
    const r = await refuse(dpl, request.id, 'The school roll says year 10 until the rollover');
    expect(r.data!.refuseRectification.request).toMatchObject({
      status: 'REFUSED',
      handledBy: dplId,
      outcomeReason: 'The school roll says year 10 until the rollover',
    });
    expect((await person(student)).year_group).toBe(10);
    const mine = await sg.query<{ myRectificationRequests: Req[] }>(
      `{ myRectificationRequests { id status outcomeReason } }`,
      {},
      westgateTeacher,
    );
    expect(mine.data!.myRectificationRequests).toEqual([
      {
        id: request.id,
        status: 'REFUSED',
        outcomeReason: 'The school roll says year 10 until the rollover',
      },
    ]);
  });

  it('the requests are in the subject access export, and go with an erasure', async () => {
    const held = await sg.query<{
      dataSubject: {
        heldByPeople: Array<{
          table: string;
          records: Array<{ fields: Array<{ name: string; value: string | null }> }>;
        }>;
      };
    }>(
      `query($id: ID!) { dataSubject(id: $id) { heldByPeople { table records { fields { name value } } } } }`,
      { id: student },
      dpl,
    );
    const part = held.data!.dataSubject.heldByPeople.find(
      (p) => p.table === 'rectification_request',
    );
    const records = part!.records.map((r) =>
      Object.fromEntries(r.fields.map((f) => [f.name, f.value])),
    );
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'DISPLAY_NAME',
          requested_value: 'Amira Okafor',
          reason: 'My surname is misspelt',
          status: 'APPLIED',
        }),
        expect.objectContaining({
          field: 'YEAR_GROUP',
          requested_value: '11',
          requested_by: westgateTeacher.subject,
          status: 'REFUSED',
        }),
      ]),
    );
    expect(records).toHaveLength(2);

    const erased = await sg.query<{ erasePerson: { errors: unknown[] } }>(
      `mutation($id: ID!) { erasePerson(id: $id) { erasedId errors { code } } }`,
      { id: student },
      coordinator,
    );
    expect(erased.data!.erasePerson.errors).toEqual([]);
    expect(
      await sg.running.dataSource.query(
        `SELECT id FROM rectification_request WHERE person_id = $1`,
        [student],
      ),
    ).toEqual([]);
  });
});
