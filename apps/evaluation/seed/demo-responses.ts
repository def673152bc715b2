import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { scoreSwemwbs } from '../src/domain/scoring/swemwbs';
import { academicYearOf } from '../src/domain/statistics';
import { modelledPair, seededRandom } from './response-model';

export interface DemoResponsesInput {
  /** demo students: partner and year group, as people announces them */
  students: ReadonlyArray<{ id: string; partnerId: string; yearGroup: number }>;
  /** completed demo events and who attended each (attendance, not registration) */
  attendance: ReadonlyArray<{ eventId: string; attendeeIds: readonly string[] }>;
  /** share of attendees who answer both surveys; default 0.8 */
  responseRate?: number;
  seed?: number;
}

function demoId(label: string): string {
  const h = createHash('sha1').update(`ekst-demo:evaluation:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Demo responses generated from the stated model in `response-model.ts`, not hand-typed: for
 * every given event whose PRE and POST surveys use SWEMWBS (run `seedDemo` first), each attendee
 * answers both (at `responseRate`) with answers drawn for their dose — the events they attended
 * in that academic year. Also fills the person and attendance projections the reports group by,
 * as people's and events' messages would. Idempotent (fixed ids, ON CONFLICT DO NOTHING).
 */
export async function seedDemoResponses(
  dataSource: DataSource,
  input: DemoResponsesInput,
): Promise<{ pairs: number }> {
  const random = seededRandom(input.seed ?? 2025);
  const rate = input.responseRate ?? 0.8;
  let pairs = 0;
  await dataSource.transaction(async (m) => {
    for (const s of input.students) {
      await m.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', $3)
         ON CONFLICT (id) DO NOTHING`,
        [s.id, s.partnerId, s.yearGroup],
      );
    }
    const events = (await m.query(
      `SELECT e.id, e.starts_at, e.ends_at, pre.id AS pre_id, post.id AS post_id,
              pre.instrument = 'SWEMWBS' AND post.instrument = 'SWEMWBS' AS swemwbs
       FROM event_projection e
       LEFT JOIN survey pre ON pre.event_id = e.id AND pre.phase = 'PRE' AND pre.instrument = 'SWEMWBS'
       LEFT JOIN survey post ON post.event_id = e.id AND post.phase = 'POST' AND post.instrument = 'SWEMWBS'
       WHERE e.id = ANY($1::uuid[])`,
      [input.attendance.map((a) => a.eventId)],
    )) as Array<{
      id: string;
      starts_at: Date;
      ends_at: Date;
      pre_id: string | null;
      post_id: string | null;
      swemwbs: boolean | null;
    }>;
    const byId = new Map(events.map((e) => [e.id, e]));
    const yearOf = new Map(input.students.map((s) => [s.id, s.yearGroup]));
    const dose = new Map<string, number>();
    for (const a of input.attendance) {
      const e = byId.get(a.eventId);
      if (!e) continue;
      const year = academicYearOf(e.starts_at);
      for (const personId of a.attendeeIds) {
        await m.query(
          `INSERT INTO attendance_dose (person_id, event_id, status, academic_year, recorded_at)
           VALUES ($1, $2, 'ATTENDED', $3, $4) ON CONFLICT DO NOTHING`,
          [personId, e.id, year, e.ends_at],
        );
        dose.set(`${year}:${personId}`, (dose.get(`${year}:${personId}`) ?? 0) + 1);
      }
    }
    for (const a of input.attendance) {
      const e = byId.get(a.eventId);
      if (!e?.swemwbs || !e.pre_id || !e.post_id) continue;
      const year = academicYearOf(e.starts_at);
      for (const personId of a.attendeeIds) {
        if (random() >= rate) continue;
        // The model is stated on the SWEMWBS scale, validated from year 11 (age 15): younger
        // attendees answer another instrument, for which no responses are generated.
        const yearGroup = yearOf.get(personId);
        if (yearGroup !== undefined && yearGroup < 11) continue;
        const { pre, post } = modelledPair(dose.get(`${year}:${personId}`) ?? 1, random);
        // complete answers always score
        const preScore = scoreSwemwbs(pre)?.metric ?? 0;
        const postScore = scoreSwemwbs(post)?.metric ?? 0;
        for (const [surveyId, answers, score, change, at] of [
          [e.pre_id, pre, preScore, null, e.starts_at],
          [e.post_id, post, postScore, postScore - preScore, e.ends_at],
        ] as const) {
          const invitationId = demoId(`invitation:${surveyId}:${personId}`);
          await m.query(
            `INSERT INTO survey_invitation (id, token, survey_id, person_id, invited_at, responded_at)
             VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING`,
            [invitationId, demoId(`token:${invitationId}`), surveyId, personId, at],
          );
          await m.query(
            `INSERT INTO survey_response (id, survey_id, invitation_id, answers, score, change, responded_at)
             VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) ON CONFLICT DO NOTHING`,
            [
              demoId(`response:${invitationId}`),
              surveyId,
              invitationId,
              JSON.stringify(answers),
              score,
              change,
              at,
            ],
          );
        }
        pairs += 1;
      }
    }
  });
  return { pairs };
}
