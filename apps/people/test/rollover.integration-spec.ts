import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { topicFor } from '@ekst/contracts';
import { systemClock } from '@ekst/messaging';
import { useCaseDeps } from '@ekst/subgraph-kit';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { LEAVER_RETENTION_DAYS } from '../src/domain/rollover';
import { eraseExpiredLeavers } from '../src/jobs/leaver-erasure.job';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * The September rollover against a real people database and real Kafka: every current student
 * moves up once (PersonUpdated with the new year group reaches the topic), Year 13 leave and can
 * no longer sign in, a second run for the year is ALREADY_ROLLED and moves nobody, and leavers
 * are erased everywhere once their retention period is over.
 */

const REGISTER = `mutation($input: RegisterPersonInput!) {
  registerPerson(input: $input) { person { id } errors { code } }
}`;
const PREVIEW = `query($y: Int!) { previewRollover(academicYear: $y) {
  academicYear alreadyRolled movingUp leaving
  groups { partner { id } yearGroup students movesTo }
  leavers { id displayName yearGroup leftOn } } }`;
const RUN = `mutation($y: Int!) { runRollover(academicYear: $y) {
  rollover { academicYear movedUp left } errors { field code message } } }`;
const CREATE_CODE = `mutation($id: ID!) { createSignInCode(personId: $id) { code errors { code } } }`;
const REDEEM = `mutation($code: String!) { redeemSignInCode(code: $code) {
  session { refreshToken } errors { code } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) {
  session { accessToken } errors { code } } }`;

interface RunResult {
  runRollover: {
    rollover: { academicYear: number; movedUp: number; left: number } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
}

describe('September rollover', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const schoolA = randomUUID();
  const schoolB = randomUUID();
  const coordinator = testCaller(['COORDINATOR']);
  const ids: Record<string, string> = {};
  let leaverCode = '';
  let leaverRefresh = '';

  async function register(partnerId: string, displayName: string, yearGroup: number) {
    const res = await sg.query<{ registerPerson: { person: { id: string } } }>(
      REGISTER,
      { input: { partnerId, displayName, roles: ['STUDENT'], yearGroup } },
      coordinator,
    );
    return res.data!.registerPerson.person.id;
  }
  async function yearGroups(): Promise<Record<string, number>> {
    const rows = (await sg.running.dataSource.query(
      `SELECT id, year_group FROM person WHERE 'STUDENT' = ANY (roles)`,
    )) as Array<{ id: string; year_group: number }>;
    return Object.fromEntries(rows.map((r) => [r.id, r.year_group]));
  }
  const run = (year: number, caller: Caller = coordinator) =>
    sg.query<RunResult>(RUN, { y: year }, caller);
  async function code(personId: string): Promise<string> {
    const res = await sg.query<{ createSignInCode: { code: string } }>(
      CREATE_CODE,
      { id: personId },
      coordinator,
    );
    return res.data!.createSignInCode.code;
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    for (const id of [schoolA, schoolB])
      await probe.deliver(
        probe.partnerJoined({
          id,
          name: `School ${id.slice(0, 4)}`,
          kind: 'STATE',
          sector: 'STATE',
        }),
      );
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT 1 FROM partner_projection WHERE id IN ($1, $2)`,
        [schoolA, schoolB],
      )) as unknown[];
      return rows.length === 2;
    });
    ids.a7 = await register(schoolA, 'Amy Seven', 7);
    ids.a12 = await register(schoolA, 'Ben Twelve', 12);
    ids.a13 = await register(schoolA, 'Cleo Thirteen', 13);
    ids.b9 = await register(schoolB, 'Dev Nine', 9);
    ids.b13 = await register(schoolB, 'Eve Thirteen', 13);
    // the leaver signed in before September (a session) and was given another code since
    const first = await sg.query<{ redeemSignInCode: { session: { refreshToken: string } } }>(
      REDEEM,
      { code: await code(ids.a13) },
    );
    leaverRefresh = first.data!.redeemSignInCode.session.refreshToken;
    leaverCode = await code(ids.a13);
  }, 60000);

  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  it('the preview shows counts per partner and year group and the leavers, and writes nothing', async () => {
    const before = await yearGroups();
    const res = await sg.query<{ previewRollover: Record<string, unknown> }>(
      PREVIEW,
      { y: 2026 },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewRollover;
    expect(preview).toMatchObject({
      academicYear: 2026,
      alreadyRolled: false,
      movingUp: 3,
      leaving: 2,
    });
    expect(preview.groups).toEqual(
      expect.arrayContaining([
        { partner: { id: schoolA }, yearGroup: 12, students: 1, movesTo: 13 },
        { partner: { id: schoolA }, yearGroup: 13, students: 1, movesTo: null },
        { partner: { id: schoolB }, yearGroup: 9, students: 1, movesTo: 10 },
      ]),
    );
    expect((preview.leavers as Array<{ id: string }>).map((l) => l.id).sort()).toEqual(
      [ids.a13, ids.b13].sort(),
    );
    expect(await yearGroups()).toEqual(before);
  });

  it('only the coordinator previews or runs it', async () => {
    const champion = testCaller(['CHAMPION'], { partnerId: schoolA });
    const preview = await sg.query(PREVIEW, { y: 2026 }, champion);
    expect(preview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await run(2026, champion);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await run(1999);
    expect(bad.data!.runRollover.errors).toEqual([
      expect.objectContaining({ field: 'academicYear', code: 'INVALID' }),
    ]);
  });

  it('moves every student up once and announces each move on Kafka; Year 13 leave', async () => {
    const before = await yearGroups();
    const res = await run(2026);
    expect(res.data!.runRollover).toEqual({
      rollover: { academicYear: 2026, movedUp: 3, left: 2 },
      errors: [],
    });
    const after = await yearGroups();
    expect(after).toEqual({ ...before, [ids.a7]: 8, [ids.a12]: 13, [ids.b9]: 10 });
    const left = (await sg.running.dataSource.query(
      `SELECT id FROM person WHERE left_on IS NOT NULL ORDER BY id`,
    )) as Array<{ id: string }>;
    expect(left.map((l) => l.id)).toEqual([ids.a13, ids.b13].sort());
    await eventually(async () =>
      [ids.a7, ids.a12, ids.b9].every((id) =>
        probe.received.some(
          (e) =>
            e.type === 'PersonUpdated' &&
            e.aggregateId === id &&
            (e.payload as { yearGroup: number }).yearGroup === after[id],
        ),
      ),
    );
    // Each leaver is announced with ids and the day only, so other services can mark them.
    const [{ left_on: leftOn }] = (await sg.running.dataSource.query(
      `SELECT to_char(left_on, 'YYYY-MM-DD') AS left_on FROM person WHERE id = $1`,
      [ids.a13],
    )) as Array<{ left_on: string }>;
    await eventually(async () =>
      [ids.a13, ids.b13].every((id) =>
        probe.received.some((e) => e.type === 'PersonLeft' && e.aggregateId === id),
      ),
    );
    const announced = probe.received.filter((e) => e.type === 'PersonLeft');
    expect(
      announced
        .map((e) => e.payload)
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    ).toEqual([ids.a13, ids.b13].sort().map((personId) => ({ personId, leftOn })));
  });

  it('a second run for the year, or for an earlier one, is ALREADY_ROLLED and moves nobody', async () => {
    const before = await yearGroups();
    const [{ n: outboxBefore }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox`,
    )) as Array<{ n: number }>;
    for (const year of [2026, 2025]) {
      const res = await run(year);
      expect(res.data!.runRollover.rollover).toBeNull();
      expect(res.data!.runRollover.errors).toEqual([
        expect.objectContaining({ field: 'academicYear', code: 'ALREADY_ROLLED' }),
      ]);
    }
    expect(await yearGroups()).toEqual(before);
    const [{ n: outboxAfter }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox`,
    )) as Array<{ n: number }>;
    expect(outboxAfter).toBe(outboxBefore);
    const preview = await sg.query<{ previewRollover: { alreadyRolled: boolean } }>(
      PREVIEW,
      { y: 2026 },
      coordinator,
    );
    expect(preview.data!.previewRollover.alreadyRolled).toBe(true);
  });

  it('a leaver cannot sign in: not with a school code, not by refreshing a session, and no new code is made', async () => {
    const redeem = await sg.query<{ redeemSignInCode: { errors: Array<{ code: string }> } }>(
      REDEEM,
      { code: leaverCode },
    );
    expect(redeem.data!.redeemSignInCode.errors).toEqual([{ code: 'INVALID_CODE' }]);
    const refresh = await sg.query<{ refreshSession: { errors: Array<{ code: string }> } }>(
      REFRESH,
      { t: leaverRefresh },
    );
    expect(refresh.data!.refreshSession.errors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
    const created = await sg.query<{ createSignInCode: { errors: Array<{ code: string }> } }>(
      CREATE_CODE,
      { id: ids.a13 },
      coordinator,
    );
    expect(created.data!.createSignInCode.errors).toEqual([{ code: 'PERSON_LEFT' }]);
    // their session was revoked in the rollover (the gateway refuses its tokens), codes and any
    // account went with it; students hold no e-mail, so no password sign-in can name them either
    const [row] = (await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM session WHERE person_id = $1)::int AS sessions,
              (SELECT count(*) FROM sign_in_code WHERE person_id = $1 AND used_at IS NULL)::int AS codes,
              (SELECT count(*) FROM account WHERE person_id = $1)::int AS accounts,
              (SELECT count(*) FROM session_revocation WHERE session_id::text = split_part($2, '.', 1))::int AS revoked`,
      [ids.a13, leaverRefresh],
    )) as Array<Record<string, number>>;
    expect(row).toEqual({ sessions: 0, codes: 0, accounts: 0, revoked: 1 });
    // a Year 12 student who moved into Year 13 still signs in
    const stillHere = await sg.query<{ redeemSignInCode: { session: unknown } }>(REDEEM, {
      code: await code(ids.a12),
    });
    expect(stillHere.data!.redeemSignInCode.session).not.toBeNull();
  });

  it('leavers are erased everywhere (PersonErased) once their retention period is over, not before', async () => {
    const deps = useCaseDeps(coordinator, sg.running.dataSource, {
      topic: topicFor('people', prefix),
      producer: 'people',
      clock: systemClock,
      config: {},
    });
    const day = 86_400_000;
    const early = await eraseExpiredLeavers({
      transaction: deps.transaction,
      now: new Date(Date.now() + (LEAVER_RETENTION_DAYS - 1) * day),
    });
    expect(early).toBe(0);
    const erased = await eraseExpiredLeavers({
      transaction: deps.transaction,
      now: new Date(Date.now() + (LEAVER_RETENTION_DAYS + 2) * day),
    });
    expect(erased).toBe(2);
    const people = (await sg.running.dataSource.query(
      `SELECT id FROM person WHERE id = ANY ($1::uuid[])`,
      [[ids.a13, ids.b13]],
    )) as unknown[];
    expect(people).toEqual([]);
    const events = (await sg.running.dataSource.query(
      `SELECT message_key FROM outbox WHERE event_type = 'PersonErased' ORDER BY message_key`,
    )) as Array<{ message_key: string }>;
    expect(events.map((e) => e.message_key)).toEqual([ids.a13, ids.b13].sort());
    expect(await yearGroups()).toMatchObject({ [ids.a7]: 8, [ids.a12]: 13 });
  });

  it('two rollovers of the next year at once: one moves everyone once, the other is ALREADY_ROLLED', async () => {
    const before = await yearGroups();
    const results = await Promise.all([run(2027), run(2027)]);
    const outcomes = results.map((r) =>
      r.data!.runRollover.rollover ? 'done' : r.data!.runRollover.errors[0]?.code,
    );
    expect(outcomes.sort()).toEqual(['ALREADY_ROLLED', 'done']);
    const after = await yearGroups();
    expect(after[ids.a7]).toBe(before[ids.a7] + 1);
    expect(after[ids.b9]).toBe(before[ids.b9] + 1);
    // last year's Year 12, now in Year 13, left this time
    const [left] = (await sg.running.dataSource.query(`SELECT left_on FROM person WHERE id = $1`, [
      ids.a12,
    ])) as Array<{ left_on: string | null }>;
    expect(left.left_on).not.toBeNull();
  });
});
