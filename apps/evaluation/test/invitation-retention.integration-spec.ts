import { randomUUID } from 'node:crypto';
import { createLogger, retentionJob } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { evaluationModule } from '../src/module';
import { keptPairs, RECOMPUTED_PAIRS, startEvaluationDatabase } from './evaluation-database';
import { impactRows } from '../src/use-cases/impact-report.query';
import { listStudentVoices } from '../src/use-cases/student-voices.query';

/**
 * The retention job deletes invitations 800 days after they were sent (the only link between a
 * person and their answers), while the answers stay as the evaluation's evidence. An answered
 * invitation that old must not make the job fail (the response referred to it with no ON
 * DELETE): the response stays, reaching nobody (migration 1732300000077), its impact pair becomes
 * an anonymous unit as an erased person's does, and nothing is left pointing at what went.
 */
describe('retention of answered invitations (real Postgres, the retention job)', () => {
  let ds: DataSource;
  let stop: () => Promise<void>;
  const partnerId = randomUUID();
  const now = new Date('2026-12-01T03:00:00Z');
  const DAY = 86_400_000;
  // 2023/24 is past every 800-day period by now; 2026/27 is not.
  const oldEvent = { id: randomUUID(), year: 2023, start: new Date('2023-10-02T09:00:00Z') };
  const newEvent = { id: randomUUID(), year: 2026, start: new Date('2026-10-05T09:00:00Z') };
  const students = Array.from({ length: 12 }, () => randomUUID());
  const quoted = { response: '' };

  const runRetention = async () => {
    const before = (await ds.query(
      `SELECT count(*)::int AS n FROM survey_invitation WHERE invited_at < $1`,
      [new Date(now.getTime() - 800 * DAY)],
    )) as Array<{ n: number }>;
    await retentionJob(evaluationModule.dataPolicies).run({
      dataSource: ds,
      log: createLogger('test', 'silent'),
      now,
      ownTopic: 'test',
      transaction: () => Promise.reject(new Error('not used')),
    });
    return before[0].n;
  };

  beforeAll(async () => {
    ({ ds, stop } = await startEvaluationDatabase('invitation-retention-test'));
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, 'Old School', 'STATE', 'STATE', '2020-09-01')`,
      [partnerId],
    );
    for (const s of students)
      await ds.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', 12)`,
        [s, partnerId],
      );
    for (const e of [oldEvent, newEvent]) {
      await ds.query(
        `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at, aims, academic_year, year_groups)
         VALUES ($1, 'Well-being day', 'WELLBEING', $2, $3, $4, 'COMPLETED', now(), '{WELLBEING}', $5, '{12}')`,
        [e.id, partnerId, e.start, new Date(e.start.getTime() + 3600000), e.year],
      );
      const surveys = { PRE: randomUUID(), POST: randomUUID() };
      for (const [phase, id] of Object.entries(surveys))
        await ds.query(
          `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
           VALUES ($1, $2, $3, 'SWEMWBS', $4, $5, 'CLOSED')`,
          [
            id,
            e.id,
            phase,
            new Date(e.start.getTime() - 7 * DAY),
            new Date(e.start.getTime() + 14 * DAY),
          ],
        );
      for (const [k, s] of students.entries()) {
        await ds.query(
          `INSERT INTO attendance_dose (person_id, event_id, status, academic_year, recorded_at)
           VALUES ($1, $2, 'ATTENDED', $3, $4)`,
          [s, e.id, e.year, e.start],
        );
        for (const phase of ['PRE', 'POST'] as const) {
          const invitation = randomUUID();
          const response = randomUUID();
          const at = new Date(e.start.getTime() + (phase === 'PRE' ? -DAY : DAY));
          await ds.query(
            `INSERT INTO survey_invitation (id, token, survey_id, person_id, invited_at, responded_at)
             VALUES ($1, $2, $3, $4, $5, $5)`,
            [invitation, randomUUID(), surveys[phase], s, at],
          );
          const reflection =
            phase === 'POST' && k === 0 && e === oldEvent ? 'I will join the choir.' : null;
          await ds.query(
            `INSERT INTO survey_response (id, survey_id, invitation_id, answers, reflection, score, change, responded_at)
             VALUES ($1, $2, $3, '[]', $4, 20, $5, $6)`,
            [
              response,
              surveys[phase],
              invitation,
              reflection,
              phase === 'POST' ? (k % 5) - 1 : null,
              at,
            ],
          );
          if (reflection) {
            quoted.response = response;
            await ds.query(
              `INSERT INTO student_voice_annotation (response_id, publishable, themes) VALUES ($1, true, '{belonging}')`,
              [response],
            );
          }
        }
      }
    }
  });

  afterAll(async () => {
    await stop?.();
  });

  it('deletes the old invitations, keeps every answer as anonymous evidence, and leaves nothing pointing at them', async () => {
    const responses = (await ds.query(`SELECT count(*)::int AS n FROM survey_response`)) as Array<{
      n: number;
    }>;
    const oldYear = () => impactRows(ds, 'YEAR', { academicYears: [oldEvent.year] });
    const before = (await oldYear()).find((r) => r.dose_band === 'ALL');
    expect(before?.n).toBe(12);

    // The old event's 24 invitations (PRE and POST, all answered) are past 800 days.
    expect(await runRetention()).toBe(24);

    expect(
      await ds.query(`SELECT count(*)::int AS n FROM survey_invitation WHERE invited_at < $1`, [
        new Date(now.getTime() - 800 * DAY),
      ]),
    ).toEqual([{ n: 0 }]);
    // Every answer is still there; the old ones reach nobody.
    expect(await ds.query(`SELECT count(*)::int AS n FROM survey_response`)).toEqual(responses);
    expect(
      await ds.query(
        `SELECT count(*)::int AS n FROM survey_response r JOIN survey s ON s.id = r.survey_id
          WHERE s.event_id = $1 AND r.invitation_id IS NULL`,
        [oldEvent.id],
      ),
    ).toEqual([{ n: 24 }]);
    // No orphans: no response pointing at a missing invitation, no pair of a missing response,
    // no pair naming a person its response no longer leads to.
    expect(
      await ds.query(`
        SELECT (SELECT count(*)::int FROM survey_response r
                 WHERE r.invitation_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM survey_invitation i WHERE i.id = r.invitation_id)) AS responses,
               (SELECT count(*)::int FROM impact_pair p
                 WHERE NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.id = p.response_id)) AS pairs,
               (SELECT count(*)::int FROM impact_pair p JOIN survey_response r ON r.id = p.response_id
                 WHERE p.person_id IS NOT NULL AND NOT EXISTS (
                   SELECT 1 FROM survey_invitation i WHERE i.id = r.invitation_id AND i.person_id = p.person_id)) AS named`),
    ).toEqual([{ responses: 0, pairs: 0, named: 0 }]);
    // The kept pairs are the pairs; the old ones are anonymous units (as after erasure).
    expect(await keptPairs(ds)).toEqual(await ds.query(RECOMPUTED_PAIRS));
    expect(
      await ds.query(
        `SELECT count(*)::int AS n, count(person_id)::int AS named, count(partner_id)::int AS partnered,
                count(*) FILTER (WHERE unit = response_id)::int AS anonymous
           FROM impact_pair WHERE event_id = $1`,
        [oldEvent.id],
      ),
    ).toEqual([{ n: 12, named: 0, partnered: 0, anonymous: 12 }]);
    // The new event's pairs still name their students.
    expect(
      await ds.query(`SELECT count(person_id)::int AS named FROM impact_pair WHERE event_id = $1`, [
        newEvent.id,
      ]),
    ).toEqual([{ named: 12 }]);

    // The old year's evidence stands: the same n and mean (each answer now its own unit, and
    // attendance is past its own retention, so ALL only).
    const after = await oldYear();
    expect(after.find((r) => r.dose_band === 'ALL')).toEqual(before);
    expect(after.filter((r) => r.dose_band !== 'ALL')).toEqual([]);

    // The quote stays in the bank, with no school.
    const voices = await listStudentVoices(ds, { kind: 'all' }, { academicYear: oldEvent.year });
    expect(voices.edges.map((e) => [e.node.id, e.node.publishable, e.node.partnerId])).toEqual([
      [quoted.response, true, null],
    ]);

    // Idempotent: nothing more to do.
    expect(await runRetention()).toBe(0);
    expect(await keptPairs(ds)).toEqual(await ds.query(RECOMPUTED_PAIRS));
  });
});
